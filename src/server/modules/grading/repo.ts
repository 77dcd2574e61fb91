import type { Insertable, Updateable } from 'kysely';
import type { GradingTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

function selectGradings(db: Executor, scopePath: string) {
  return db
    .selectFrom('gradings as g')
    .innerJoin('units as u', 'u.id', 'g.unit_id')
    .innerJoin('users as g1', 'g1.id', 'g.grader_id')
    .leftJoin('users as g2', 'g2.id', 'g.second_grader_id')
    .leftJoin('users as d', 'd.id', 'g.appeal_decided_by')
    .where('g.path', 'like', subtreePattern(scopePath));
}
function withColumns(query: ReturnType<typeof selectGradings>) {
  return query.selectAll('g').select(['u.name as unit_name', 'g1.display_name as grader_name', 'g2.display_name as second_grader_name', 'd.display_name as decided_by_name']);
}
export type GradingRow = Awaited<ReturnType<ReturnType<typeof withColumns>['executeTakeFirstOrThrow']>>;

export async function findGrading(db: Executor, scopePath: string, id: string): Promise<GradingRow | undefined> {
  return withColumns(selectGradings(db, scopePath)).where('g.id', '=', id).executeTakeFirst();
}

/** The unit's current (published) grading, if any. */
export async function findCurrentGrading(db: Executor, unitId: string) {
  return db.selectFrom('gradings').selectAll().where('unit_id', '=', unitId).where('status', '=', 'published').executeTakeFirst();
}

export interface GradingFilter {
  grade?: GradingTable['grade'] | undefined;
  status?: 'draft' | 'published' | 'superseded' | undefined;
  appealPending?: boolean | undefined;
  regradeRequested?: boolean | undefined;
  unitId?: string | undefined;
}

export async function listGradings(db: Executor, scopePath: string, filter: GradingFilter, page: { offset: number; limit: number }) {
  let query = selectGradings(db, scopePath);
  if (filter.grade) query = query.where('g.grade', '=', filter.grade);
  if (filter.status) query = query.where('g.status', '=', filter.status);
  if (filter.unitId) query = query.where('g.unit_id', '=', filter.unitId);
  if (filter.appealPending !== undefined) {
    query = filter.appealPending ? query.where('g.appeal_status', '=', 'pending') : query.where((eb) => eb.or([eb('g.appeal_status', 'is', null), eb('g.appeal_status', '!=', 'pending')]));
  }
  if (filter.regradeRequested !== undefined) {
    query = filter.regradeRequested
      ? query.where('g.status', '=', 'published').where('g.regrade_requested_on', 'is not', null)
      : query.where((eb) => eb.or([eb('g.status', '!=', 'published'), eb('g.regrade_requested_on', 'is', null)]));
  }
  const [items, count] = await Promise.all([
    withColumns(query).orderBy('g.inspected_on', 'desc').orderBy('g.created_at', 'desc').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

/** Enabled inspectors among the ids whose organisation lies in the scope. */
export async function findInspectorsInScope(db: Executor, scopePath: string, ids: readonly string[]) {
  return db
    .selectFrom('users as us')
    .innerJoin('orgs as o', 'o.id', 'us.org_id')
    .select(['us.id'])
    .where('us.id', 'in', [...ids])
    .where('us.role', '=', 'inspector')
    .where('us.enabled', '=', true)
    .where('o.path', 'like', subtreePattern(scopePath))
    .execute();
}

export async function insertGrading(db: Executor, values: Insertable<GradingTable>): Promise<string> {
  return (await db.insertInto('gradings').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateGrading(db: Executor, id: string, values: Updateable<GradingTable>): Promise<void> {
  await db.updateTable('gradings').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function deleteGrading(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('gradings').where('id', '=', id).execute();
}
