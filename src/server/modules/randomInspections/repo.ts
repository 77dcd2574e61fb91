import type { Insertable, Updateable } from 'kysely';
import type { PlanStatus } from '../../../core/randomInspections.js';
import type { RandomInspectionPlanTable, RandomInspectionTaskTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

function selectPlans(db: Executor) {
  return db
    .selectFrom('random_inspection_plans as p')
    .innerJoin('random_inspection_items as i', 'i.id', 'p.item_id')
    .innerJoin('divisions as d', 'd.code', 'p.county_code')
    .select([
      'p.id', 'p.item_id', 'p.county_code', 'p.path', 'p.title', 'p.year', 'p.batch', 'p.window_start', 'p.window_end', 'p.unit_count',
      'p.inspectors_per_unit', 'p.status', 'p.seed', 'p.commitment', 'p.frozen', 'p.committed_at', 'p.drawn_at', 'p.drawn_on',
      'p.published_at', 'p.cancel_reason', 'p.created_at', 'p.updated_at',
      'i.name as item_name', 'i.categories as item_categories', 'i.ratio as item_ratio', 'i.method as item_method', 'd.name as county_name',
    ]);
}
export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

export async function findPlan(db: Executor, scopePath: string, id: string) {
  return selectPlans(db).where('p.path', 'like', subtreePattern(scopePath)).where('p.id', '=', id).executeTakeFirst();
}

export async function listPlans(db: Executor, scopePath: string, status: PlanStatus | undefined, page: { offset: number; limit: number }) {
  let query = db.selectFrom('random_inspection_plans as p').where('p.path', 'like', subtreePattern(scopePath));
  if (status) query = query.where('p.status', '=', status);
  const ids = query.select('p.id');
  const [items, count] = await Promise.all([
    selectPlans(db).where('p.id', 'in', ids).orderBy('p.created_at', 'desc').orderBy('p.id').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

/** Plans the public may see: every plan whose commitment was published, cancelled ones included. */
export async function findPublicPlan(db: Executor, id: string) {
  return selectPlans(db).where('p.commitment', 'is not', null).where('p.id', '=', id).executeTakeFirst();
}

export async function listPublicPlans(db: Executor, statuses: PlanStatus[], page: { offset: number; limit: number }) {
  return selectPlans(db).where('p.commitment', 'is not', null).where('p.status', 'in', statuses).orderBy('p.committed_at', 'desc').orderBy('p.id').offset(page.offset).limit(page.limit).execute();
}

/** Holds the plan's row until the transaction ends, so two clicks on 抽取 cannot both draw. */
export async function lockPlan(db: Executor, id: string): Promise<void> {
  await db.selectFrom('random_inspection_plans').select('id').where('id', '=', id).forUpdate().execute();
}

export async function insertPlan(db: Executor, values: Insertable<RandomInspectionPlanTable>): Promise<string> {
  return (await db.insertInto('random_inspection_plans').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updatePlan(db: Executor, id: string, values: Updateable<RandomInspectionPlanTable>): Promise<void> {
  await db.updateTable('random_inspection_plans').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
}

function selectTasks(db: Executor, planId: string) {
  return db
    .selectFrom('random_inspection_tasks as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    // The 监督检查 the result was recorded as, for its order's deadline.
    .leftJoin('inspections as i', (join) => join.on('i.source', '=', 'random').onRef('i.source_id', '=', 't.id'))
    .select([
      't.id', 't.position', 't.unit_id', 't.inspector_codes', 't.result', 't.result_on', 't.summary', 'u.name as unit_name', 'u.category as unit_category',
      'i.id as inspection_id', 'i.deadline',
    ])
    .where('t.plan_id', '=', planId);
}

export async function listTasks(db: Executor, planId: string) {
  return selectTasks(db, planId).orderBy('t.position').execute();
}
export type TaskRow = Awaited<ReturnType<typeof listTasks>>[number];

export async function findTask(db: Executor, planId: string, taskId: string): Promise<TaskRow | undefined> {
  return selectTasks(db, planId).where('t.id', '=', taskId).executeTakeFirst();
}

export async function insertTasks(db: Executor, values: Insertable<RandomInspectionTaskTable>[]): Promise<void> {
  if (values.length > 0) await db.insertInto('random_inspection_tasks').values(values).execute();
}

export async function updateTask(db: Executor, planId: string, taskId: string, values: Updateable<RandomInspectionTaskTable>): Promise<void> {
  await db.updateTable('random_inspection_tasks').set(values).where('plan_id', '=', planId).where('id', '=', taskId).execute();
}

/** Operating units of the categories in the county, by id: the candidate list before exclusions. */
export async function operatingUnits(db: Executor, countyPath: string, categories: string[]) {
  if (categories.length === 0) return [];
  return db.selectFrom('units').select(['id', 'name'])
    .where('path', 'like', subtreePattern(countyPath)).where('status', '=', 'operating').where('category', 'in', categories)
    .orderBy('id').execute();
}

/** The county's units drawn under any plan (drawn or published) on or after the day: a county's worth, not a province's. */
export async function unitsDrawnSince(db: Executor, countyPath: string, since: string): Promise<Set<string>> {
  const rows = await db.selectFrom('random_inspection_tasks as t').innerJoin('random_inspection_plans as p', 'p.id', 't.plan_id')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .select('t.unit_id').distinct()
    .where('u.path', 'like', subtreePattern(countyPath))
    .where('p.status', 'in', ['drawn', 'published']).where('p.drawn_on', '>=', since).execute();
  return new Set(rows.map((r) => r.unit_id));
}

/** Enabled inspectors of the county's institutes, by name then id so the public codes are stable. */
export async function inspectorPool(db: Executor, countyPath: string) {
  return db.selectFrom('users as u').innerJoin('orgs as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.display_name'])
    .where('o.path', 'like', subtreePattern(countyPath)).where('u.role', '=', 'inspector').where('u.enabled', '=', true)
    .orderBy('u.display_name').orderBy('u.id').execute();
}
