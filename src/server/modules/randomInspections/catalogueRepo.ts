import { sql, type Insertable, type Updateable } from 'kysely';
import type { InspectorConflictTable, RandomInspectionItemTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

/**
 * Items an org sees: its subtree's lists and those of its ancestors (a city's or province's list
 * applies in every county below). `path` may only narrow to one county's view (`appliesTo`).
 */
function selectItems(db: Executor, scopePath: string) {
  return db
    .selectFrom('random_inspection_items as i')
    .innerJoin('orgs as o', 'o.id', 'i.org_id')
    .where((eb) => eb.or([eb('i.path', 'like', subtreePattern(scopePath)), eb(sql.val(scopePath), 'like', sql<string>`i.path || '%'`)]));
}
const itemColumns = [
  'i.id', 'i.org_id', 'i.path', 'i.name', 'i.legal_basis', 'i.categories', 'i.ratio', 'i.frequency', 'i.method', 'i.active',
  'i.created_at', 'i.updated_at', 'o.name as org_name',
] as const;

export async function findItem(db: Executor, scopePath: string, id: string) {
  return selectItems(db, scopePath).select(itemColumns).where('i.id', '=', id).executeTakeFirst();
}
export type ItemRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

/** Every item in view, upper levels first then in the order entered, or with `appliesTo` (a county path) only the lists that apply there. */
export async function listItems(db: Executor, scopePath: string, filter: { appliesTo?: string | undefined; activeOnly?: boolean }) {
  let query = selectItems(db, scopePath);
  if (filter.appliesTo) query = query.where(sql.val(filter.appliesTo), 'like', sql<string>`i.path || '%'`);
  if (filter.activeOnly) query = query.where('i.active', '=', true);
  return query.select(itemColumns).orderBy('i.path').orderBy('i.created_at').orderBy('i.id').execute();
}

export async function insertItem(db: Executor, values: Insertable<RandomInspectionItemTable>): Promise<string> {
  return (await db.insertInto('random_inspection_items').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateItem(db: Executor, id: string, values: Updateable<RandomInspectionItemTable>): Promise<void> {
  await db.updateTable('random_inspection_items').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function deleteItem(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('random_inspection_items').where('id', '=', id).execute();
}

export async function itemInUse(db: Executor, id: string): Promise<boolean> {
  return !!(await db.selectFrom('random_inspection_plans').select('id').where('item_id', '=', id).executeTakeFirst());
}

function selectConflicts(db: Executor, scopePath: string) {
  return db
    .selectFrom('inspector_conflicts as c')
    .innerJoin('users as us', 'us.id', 'c.inspector_id')
    .innerJoin('units as un', 'un.id', 'c.unit_id')
    .where('c.path', 'like', subtreePattern(scopePath))
    .select(['c.id', 'c.inspector_id', 'c.unit_id', 'c.path', 'c.reason', 'c.created_at', 'us.display_name as inspector_name', 'un.name as unit_name']);
}
export type ConflictRow = NonNullable<Awaited<ReturnType<typeof findConflict>>>;

export async function findConflict(db: Executor, scopePath: string, id: string) {
  return selectConflicts(db, scopePath).where('c.id', '=', id).executeTakeFirst();
}

export async function listConflicts(db: Executor, scopePath: string) {
  return selectConflicts(db, scopePath).orderBy('un.name').orderBy('us.display_name').execute();
}

export async function conflictExists(db: Executor, inspectorId: string, unitId: string): Promise<boolean> {
  return !!(await db.selectFrom('inspector_conflicts').select('id').where('inspector_id', '=', inspectorId).where('unit_id', '=', unitId).executeTakeFirst());
}

export async function insertConflict(db: Executor, values: Insertable<InspectorConflictTable>): Promise<string> {
  return (await db.insertInto('inspector_conflicts').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function deleteConflict(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('inspector_conflicts').where('id', '=', id).execute();
}

/** Conflicts between the frozen pool and the frozen candidates, as [inspector id, unit id]. */
export async function conflictPairs(db: Executor, inspectorIds: string[], unitIds: string[]): Promise<[string, string][]> {
  if (inspectorIds.length === 0 || unitIds.length === 0) return [];
  const rows = await db.selectFrom('inspector_conflicts').select(['inspector_id', 'unit_id'])
    .where('inspector_id', 'in', inspectorIds).where('unit_id', 'in', unitIds).execute();
  return rows.map((r) => [r.inspector_id, r.unit_id]);
}
