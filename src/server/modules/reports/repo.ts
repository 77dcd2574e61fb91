import type { Insertable, Updateable } from 'kysely';
import type { MissedReportTable, ReportStatus, ReportTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

function selectReports(db: Executor, scopePath: string) {
  return db
    .selectFrom('reports as r')
    .innerJoin('orgs as o', 'o.id', 'r.org_id')
    .leftJoin('units as u', 'u.id', 'r.unit_id')
    .where('r.path', 'like', subtreePattern(scopePath));
}
function withColumns(query: ReturnType<typeof selectReports>) {
  return query.select([
    'r.id', 'r.org_id', 'r.path', 'r.category', 'r.sub_category', 'r.content', 'r.location', 'r.unit_id', 'r.found_at',
    'r.reported_at', 'r.deadline_at', 'r.on_time', 'r.reporter_id', 'r.reporter_name', 'r.status', 'r.accepted_at',
    'r.result', 'r.closed_at', 'r.received_at', 'o.name as org_name', 'u.name as unit_name',
  ]);
}
export type ReportRow = Awaited<ReturnType<ReturnType<typeof withColumns>['executeTakeFirstOrThrow']>>;

export async function findReport(db: Executor, scopePath: string, id: string): Promise<ReportRow | undefined> {
  return withColumns(selectReports(db, scopePath)).where('r.id', '=', id).executeTakeFirst();
}

export async function findReportIdByClientId(db: Executor, clientId: string) {
  return db.selectFrom('reports').select('id').where('client_id', '=', clientId).executeTakeFirst();
}

export interface ReportFilter {
  status?: ReportStatus | undefined;
  category?: string | undefined;
  unitId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

export async function listReports(db: Executor, scopePath: string, filter: ReportFilter, page: { offset: number; limit: number }) {
  let query = selectReports(db, scopePath);
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (filter.category) query = query.where('r.category', '=', filter.category);
  if (filter.unitId) query = query.where('r.unit_id', '=', filter.unitId);
  if (filter.from) query = query.where('r.reported_at', '>=', filter.from);
  if (filter.to) query = query.where('r.reported_at', '<', filter.to);
  const [items, count] = await Promise.all([
    withColumns(query).orderBy('r.reported_at', 'desc').orderBy('r.id').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

export async function insertReport(db: Executor, values: Insertable<ReportTable>): Promise<string> {
  return (await db.insertInto('reports').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateReport(db: Executor, id: string, values: Updateable<ReportTable>): Promise<void> {
  await db.updateTable('reports').set(values).where('id', '=', id).execute();
}

export async function insertMissedReport(db: Executor, values: Insertable<MissedReportTable>): Promise<string> {
  return (await db.insertInto('missed_reports').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Reports of things found in [from, to) and how many were on time, plus events marked as missed. */
export async function countReportingIndicators(db: Executor, scopePath: string, from: Date, to: Date) {
  const reports = await db
    .selectFrom('reports')
    .select((eb) => [eb.fn.countAll<string>().as('reported'), eb.fn.count<string>('id').filterWhere('on_time', '=', true).as('on_time')])
    .where('path', 'like', subtreePattern(scopePath))
    .where('found_at', '>=', from)
    .where('found_at', '<', to)
    .executeTakeFirstOrThrow();
  const missed = await db
    .selectFrom('missed_reports')
    .select((eb) => eb.fn.countAll<string>().as('missed'))
    .where('path', 'like', subtreePattern(scopePath))
    .where('found_at', '>=', from)
    .where('found_at', '<', to)
    .executeTakeFirstOrThrow();
  return { reported: Number(reports.reported), onTime: Number(reports.on_time), missed: Number(missed.missed) };
}
