import { sql, type Insertable, type Updateable } from 'kysely';
import type { PatrolPhotoTable, PatrolTable, RectificationStatus, RectificationTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

export const patrolColumns = [
  'p.id', 'p.unit_id', 'p.org_id', 'p.path', 'p.county_code', 'p.patrolled_on', 'p.location_content', 'p.problems',
  'p.remark', 'p.patroller_id', 'p.patroller_name', 'p.co_patrollers', 'p.checklist', 'p.outcome',
  'p.rectification_id', 'p.latitude', 'p.longitude', 'p.captured_at', 'p.received_at',
] as const;

function selectPatrols(db: Executor, scopePath: string) {
  return db
    .selectFrom('patrols as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .innerJoin('orgs as o', 'o.id', 'p.org_id')
    .where('p.path', 'like', subtreePattern(scopePath));
}
function withPatrolColumns(query: ReturnType<typeof selectPatrols>) {
  return query.select(patrolColumns).select(['u.name as unit_name', 'u.category as unit_category', 'o.name as org_name']);
}
export type PatrolRow = Awaited<ReturnType<ReturnType<typeof withPatrolColumns>['executeTakeFirstOrThrow']>>;

export async function findPatrol(db: Executor, scopePath: string, id: string): Promise<PatrolRow | undefined> {
  return withPatrolColumns(selectPatrols(db, scopePath)).where('p.id', '=', id).executeTakeFirst();
}

export async function findPatrolIdByClientId(db: Executor, clientId: string) {
  return db.selectFrom('patrols').select('id').where('client_id', '=', clientId).executeTakeFirst();
}

export interface PatrolFilter {
  unitId?: string | undefined;
  orgId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  outcome?: PatrolTable['outcome'] | undefined;
}

export async function listPatrols(db: Executor, scopePath: string, filter: PatrolFilter, page: { offset: number; limit: number }) {
  let query = selectPatrols(db, scopePath);
  if (filter.unitId) query = query.where('p.unit_id', '=', filter.unitId);
  if (filter.orgId) query = query.where('p.org_id', '=', filter.orgId);
  if (filter.from) query = query.where('p.patrolled_on', '>=', filter.from);
  if (filter.to) query = query.where('p.patrolled_on', '<=', filter.to);
  if (filter.outcome) query = query.where('p.outcome', '=', filter.outcome);
  const [items, count] = await Promise.all([
    withPatrolColumns(query).orderBy('p.patrolled_on', 'desc').orderBy('p.received_at', 'desc').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

export async function insertPatrol(db: Executor, values: Insertable<PatrolTable>): Promise<string> {
  return (await db.insertInto('patrols').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updatePatrol(db: Executor, id: string, values: Updateable<PatrolTable>): Promise<void> {
  await db.updateTable('patrols').set(values).where('id', '=', id).execute();
}

/** Photo metadata of several patrols in one query. */
export async function listPhotos(db: Executor, patrolIds: readonly string[]) {
  if (patrolIds.length === 0) return [];
  return db
    .selectFrom('patrol_photos')
    .select(['id', 'patrol_id', 'sha256', 'content_type', 'size'])
    .where('patrol_id', 'in', [...patrolIds])
    .orderBy('created_at')
    .execute();
}

/** Stores a photo once per patrol and content: a re-sent upload returns the stored one. */
export async function insertPhoto(db: Executor, values: Insertable<PatrolPhotoTable>) {
  await db.insertInto('patrol_photos').values(values).onConflict((oc) => oc.columns(['patrol_id', 'sha256']).doNothing()).execute();
  return db
    .selectFrom('patrol_photos')
    .select(['id', 'sha256', 'content_type', 'size'])
    .where('patrol_id', '=', values.patrol_id)
    .where('sha256', '=', values.sha256)
    .executeTakeFirstOrThrow();
}

export async function findPhoto(db: Executor, patrolId: string, photoId: string) {
  return db.selectFrom('patrol_photos').select(['content_type', 'data']).where('patrol_id', '=', patrolId).where('id', '=', photoId).executeTakeFirst();
}

// Rectifications

function selectRectifications(db: Executor, scopePath: string) {
  return db
    .selectFrom('rectifications as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('orgs as o', 'o.id', 'r.org_id')
    .where('r.path', 'like', subtreePattern(scopePath));
}
function withRectificationColumns(query: ReturnType<typeof selectRectifications>) {
  return query.select([
    'r.id', 'r.unit_id', 'r.patrol_id', 'r.org_id', 'r.path', 'r.problems', 'r.required_on', 'r.deadline', 'r.status',
    'r.closed_on', 'r.closing_patrol_id', 'r.escalated_on', 'r.escalation_reason', 'u.name as unit_name', 'o.name as org_name',
    // The institute's case filed from an escalated rectification, shown to the station that sent it.
    (eb) => eb.selectFrom('cases as c').select('c.case_no').where('c.source', '=', 'rectification').whereRef('c.source_id', '=', 'r.id').limit(1).as('case_no'),
  ]);
}
export type RectificationRow = Awaited<ReturnType<ReturnType<typeof withRectificationColumns>['executeTakeFirstOrThrow']>>;

export async function findRectification(db: Executor, scopePath: string, id: string): Promise<RectificationRow | undefined> {
  return withRectificationColumns(selectRectifications(db, scopePath)).where('r.id', '=', id).executeTakeFirst();
}

export interface RectificationFilter {
  status?: RectificationStatus | undefined;
  /** Open and past the deadline on `today`. */
  overdueOn?: string | undefined;
  unitId?: string | undefined;
}

export async function listRectifications(db: Executor, scopePath: string, filter: RectificationFilter, page: { offset: number; limit: number }) {
  let query = selectRectifications(db, scopePath);
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (filter.overdueOn) query = query.where('r.status', '=', 'open').where('r.deadline', '<', filter.overdueOn);
  if (filter.unitId) query = query.where('r.unit_id', '=', filter.unitId);
  const [items, count] = await Promise.all([
    withRectificationColumns(query).orderBy('r.deadline').orderBy('r.id').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

export async function insertRectification(db: Executor, values: Insertable<RectificationTable>): Promise<string> {
  return (await db.insertInto('rectifications').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateRectification(db: Executor, id: string, values: Updateable<RectificationTable>): Promise<void> {
  await db.updateTable('rectifications').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
}

// Quarter coverage

/** Units that existed and were not closed during [start, end]: the ones that should be patrolled. */
function activeUnits(db: Executor, scopePath: string, start: string, end: string) {
  return db
    .selectFrom('units as u')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .where('u.path', 'like', subtreePattern(scopePath))
    .where((eb) => eb.or([eb('u.closed_on', 'is', null), eb('u.closed_on', '>', start)]))
    .where(sql<string>`(u.created_at at time zone 'Asia/Shanghai')::date`, '<=', end);
}

const patrolledIn = (start: string, end: string) =>
  sql<boolean>`exists (select 1 from patrols p where p.unit_id = u.id and p.patrolled_on between ${start} and ${end})`;

/** Per station: units to patrol in the quarter, and how many of them were patrolled at least once. */
export async function countCoverageByStation(db: Executor, scopePath: string, start: string, end: string) {
  return activeUnits(db, scopePath, start, end)
    .select(['u.org_id', 'o.name as org_name'])
    .select((eb) => eb.fn.countAll<string>().as('active'))
    .select(sql<string>`count(*) filter (where ${patrolledIn(start, end)})`.as('patrolled'))
    .groupBy(['u.org_id', 'o.name', 'o.path'])
    .orderBy('o.path')
    .execute();
}

export async function listUnpatrolledUnits(
  db: Executor, scopePath: string, start: string, end: string, orgId: string | undefined, page: { offset: number; limit: number },
) {
  let query = activeUnits(db, scopePath, start, end).where(sql<boolean>`not ${patrolledIn(start, end)}`);
  if (orgId) query = query.where('u.org_id', '=', orgId);
  const [items, count] = await Promise.all([
    query
      .select(['u.id', 'u.name', 'u.category', 'u.sub_category', 'u.address', 'o.name as org_name'])
      // The last patrol up to the quarter's end: what was known when the quarter closed.
      .select(sql<string | null>`(select max(p.patrolled_on)::text from patrols p where p.unit_id = u.id and p.patrolled_on <= ${end})`.as('last_patrolled_on'))
      .orderBy('o.path')
      .orderBy('u.name')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}
