import { sql, type Insertable, type Updateable } from 'kysely';
import type { CaseArea, CaseStatus, DocumentKind } from '../../../core/cases.js';
import type { CaseDocumentTable, CaseTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

function selectCases(db: Executor, scopePath: string) {
  return db
    .selectFrom('cases as c')
    .leftJoin('units as u', 'u.id', 'c.unit_id')
    .where('c.path', 'like', subtreePattern(scopePath));
}
function withColumns(query: ReturnType<typeof selectCases>) {
  return query.select([
    'c.id', 'c.case_no', 'c.county_code', 'c.path', 'c.unit_id', 'c.party_name', 'c.area', 'c.cause', 'c.source', 'c.source_id', 'c.handlers',
    'c.status', 'c.filed_on', 'c.investigated_on', 'c.decided_on', 'c.penalty_types', 'c.fine_amount', 'c.confiscation_amount',
    'c.violation_basis', 'c.penalty_basis', 'c.discretion', 'c.executed_on', 'c.amount_paid', 'c.closed_on', 'c.closing_summary',
    'c.dismissed_on', 'c.dismissal_reason', 'c.created_at', 'c.updated_at', 'u.name as unit_name',
  ]);
}
export type CaseRow = Awaited<ReturnType<ReturnType<typeof withColumns>['executeTakeFirstOrThrow']>>;

export async function findCase(db: Executor, scopePath: string, id: string): Promise<CaseRow | undefined> {
  return withColumns(selectCases(db, scopePath)).where('c.id', '=', id).executeTakeFirst();
}

export interface CaseFilter {
  status?: CaseStatus | undefined;
  area?: CaseArea | undefined;
  unitId?: string | undefined;
}

export async function listCases(db: Executor, scopePath: string, filter: CaseFilter, page: { offset: number; limit: number }) {
  let query = selectCases(db, scopePath);
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.area) query = query.where('c.area', '=', filter.area);
  if (filter.unitId) query = query.where('c.unit_id', '=', filter.unitId);
  const [items, count] = await Promise.all([
    withColumns(query).orderBy('c.filed_on', 'desc').orderBy('c.seq', 'desc').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

/** The case already filed from a source record, whatever the scope: one record is filed once. */
export async function findCaseBySource(db: Executor, source: string, sourceId: string) {
  return db.selectFrom('cases').select(['id', 'case_no']).where('source', '=', source as CaseTable['source']).where('source_id', '=', sourceId).executeTakeFirst();
}

/**
 * The next number in the county's series for the year (文号 run per county and year). A transaction
 * lock on the series makes two filings at once on PostgreSQL take turns instead of colliding.
 */
export async function nextCaseSeq(db: Executor, countyCode: string, year: number): Promise<number> {
  await sql`select pg_advisory_xact_lock(hashtext(${`cases:${countyCode}:${year}`}))`.execute(db);
  const row = await db
    .selectFrom('cases')
    .select(sql<number>`coalesce(max(seq), 0) + 1`.as('next'))
    .where('county_code', '=', countyCode)
    .where('year', '=', year)
    .executeTakeFirstOrThrow();
  return Number(row.next);
}

/** What the period figures need: cases with a stage date in the range. */
export async function listCaseFigures(db: Executor, scopePath: string, from: string, to: string) {
  const between = (column: 'filed_on' | 'decided_on' | 'executed_on') => sql<boolean>`${sql.ref(column)} between ${from}::date and ${to}::date`;
  return db
    .selectFrom('cases')
    .select(['area', 'status', 'filed_on', 'decided_on', 'fine_amount', 'executed_on', 'amount_paid'])
    .where('path', 'like', subtreePattern(scopePath))
    .where((eb) => eb.or([between('filed_on'), between('decided_on'), between('executed_on')]))
    .execute();
}

export async function insertCase(db: Executor, values: Insertable<CaseTable>): Promise<string> {
  return (await db.insertInto('cases').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateCase(db: Executor, id: string, values: Updateable<CaseTable>): Promise<void> {
  await db.updateTable('cases').set({ ...values, updated_at: sql<Date>`now()` }).where('id', '=', id).execute();
}

// Documents

export async function listDocuments(db: Executor, caseId: string) {
  return db
    .selectFrom('case_documents as d')
    .leftJoin('users as u', 'u.id', 'd.uploaded_by')
    .select(['d.id', 'd.kind', 'd.file_name', 'd.content_type', 'd.size', 'd.sha256', 'd.created_at', 'u.display_name as uploaded_by_name'])
    .where('d.case_id', '=', caseId)
    .orderBy('d.created_at')
    .orderBy('d.id')
    .execute();
}
export type CaseDocumentRow = Awaited<ReturnType<typeof listDocuments>>[number];

export async function documentKinds(db: Executor, caseId: string): Promise<DocumentKind[]> {
  const rows = await db.selectFrom('case_documents').select('kind').distinct().where('case_id', '=', caseId).execute();
  return rows.map((r) => r.kind);
}

export async function findDocumentData(db: Executor, caseId: string, documentId: string) {
  return db.selectFrom('case_documents').select(['id', 'kind', 'file_name', 'content_type', 'sha256', 'data']).where('case_id', '=', caseId).where('id', '=', documentId).executeTakeFirst();
}

export async function insertDocument(db: Executor, values: Insertable<CaseDocumentTable>): Promise<string> {
  return (await db.insertInto('case_documents').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function deleteDocument(db: Executor, caseId: string, documentId: string): Promise<void> {
  await db.deleteFrom('case_documents').where('case_id', '=', caseId).where('id', '=', documentId).execute();
}
