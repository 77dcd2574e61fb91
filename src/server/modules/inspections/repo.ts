import { sql, type Insertable, type Updateable } from 'kysely';
import type { InspectionResult, OrderStatus } from '../../../core/inspections.js';
import type { InspectionTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

function selectInspections(db: Executor, scopePath: string) {
  return db
    .selectFrom('inspections as i')
    .innerJoin('units as u', 'u.id', 'i.unit_id')
    .where('i.path', 'like', subtreePattern(scopePath));
}
function withColumns(query: ReturnType<typeof selectInspections>) {
  return query.select([
    'i.id', 'i.unit_id', 'i.county_code', 'i.path', 'i.inspected_on', 'i.inspectors', 'i.inspector_count', 'i.source', 'i.source_id',
    'i.findings', 'i.result', 'i.deadline', 'i.follow_up_of', 'i.order_status', 'i.order_deadline', 'i.order_closed_on', 'i.created_at',
    'u.name as unit_name',
    // The case filed from this inspection, if any: shown beside an order handed to 立案.
    (eb) => eb.selectFrom('cases as c').select('c.case_no').where('c.source', '=', 'inspection').whereRef('c.source_id', '=', 'i.id').limit(1).as('case_no'),
  ]);
}
export type InspectionRow = Awaited<ReturnType<ReturnType<typeof withColumns>['executeTakeFirstOrThrow']>>;

export async function findInspection(db: Executor, scopePath: string, id: string): Promise<InspectionRow | undefined> {
  return withColumns(selectInspections(db, scopePath)).where('i.id', '=', id).executeTakeFirst();
}

/** The one inspection a 双随机 task result or a published grading was recorded as, with whether it has been re-inspected. */
export async function findVisitInspection(db: Executor, source: 'random' | 'grading', sourceId: string) {
  return withColumns(db.selectFrom('inspections as i').innerJoin('units as u', 'u.id', 'i.unit_id'))
    .select((eb) => eb.exists(eb.selectFrom('inspections as f').select('f.id').whereRef('f.follow_up_of', '=', 'i.id')).as('followed_up'))
    .where('i.source', '=', source)
    .where('i.source_id', '=', sourceId)
    .executeTakeFirst();
}

export interface InspectionFilter {
  unitId?: string | undefined;
  result?: InspectionResult | undefined;
  orderStatus?: OrderStatus | undefined;
  followUpOf?: string | undefined;
  /** Open orders past their deadline on this day. */
  overdueOn?: string | undefined;
}

export async function listInspections(db: Executor, scopePath: string, filter: InspectionFilter, page: { offset: number; limit: number }) {
  let query = selectInspections(db, scopePath);
  if (filter.unitId) query = query.where('i.unit_id', '=', filter.unitId);
  if (filter.result) query = query.where('i.result', '=', filter.result);
  if (filter.orderStatus) query = query.where('i.order_status', '=', filter.orderStatus);
  if (filter.followUpOf) query = query.where('i.follow_up_of', '=', filter.followUpOf);
  if (filter.overdueOn) query = query.where('i.order_status', '=', 'open').where('i.order_deadline', '<', filter.overdueOn);
  const [items, count] = await Promise.all([
    withColumns(query).orderBy('i.inspected_on', 'desc').orderBy('i.created_at', 'desc').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

/** What the period figures need: inspections dated in the range, and orders closed in it. */
export async function listInspectionFigures(db: Executor, scopePath: string, from: string, to: string) {
  return db
    .selectFrom('inspections')
    .select(['inspected_on', 'inspector_count', 'result', 'follow_up_of', 'order_status', 'order_deadline', 'order_closed_on'])
    .where('path', 'like', subtreePattern(scopePath))
    .where((eb) => eb.or([eb.and([eb('inspected_on', '>=', from), eb('inspected_on', '<=', to)]), eb.and([eb('order_closed_on', '>=', from), eb('order_closed_on', '<=', to)])]))
    .execute();
}

/** Enabled inspectors whose organisation is inside the scope: who may be named on an inspection or a case. */
export async function listOfficers(db: Executor, scopePath: string, ids?: readonly string[]) {
  let query = db
    .selectFrom('users as u')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.display_name as name', 'o.name as org_name'])
    .where('o.path', 'like', subtreePattern(scopePath))
    .where('u.role', '=', 'inspector')
    .where('u.enabled', '=', true);
  if (ids) {
    if (ids.length === 0) return [];
    query = query.where('u.id', 'in', [...ids]);
  }
  return query.orderBy('o.path').orderBy('u.display_name').limit(500).execute();
}

export async function insertInspection(db: Executor, values: Insertable<InspectionTable>): Promise<string> {
  return (await db.insertInto('inspections').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateInspection(db: Executor, id: string, values: Updateable<InspectionTable>): Promise<void> {
  await db.updateTable('inspections').set({ ...values, updated_at: sql<Date>`now()` }).where('id', '=', id).execute();
}
