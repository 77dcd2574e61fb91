import { sql, type Insertable, type Updateable } from 'kysely';
import type { DataSetFieldTable, DataSetTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';
import { dataSetColumns } from '../submissions/expected.js';

export const fieldColumns = [
  'f.id', 'f.data_set_id', 'f.code', 'f.name', 'f.group_name', 'f.unit', 'f.decimals', 'f.target_kind', 'f.target_min',
  'f.target_max', 'f.sort_order',
] as const;

/**
 * Data sets that apply to someone working at `actorPath`: built-ins ('/'), those owned above them
 * (the owner's path is a prefix of theirs: they report or review it) and those owned inside their
 * subtree (they review or manage it). A sibling county's data set is in neither.
 */
function applicable(db: Executor, actorPath: string) {
  return db
    .selectFrom('data_sets as ds')
    .select(dataSetColumns)
    .where((eb) => eb.or([sql<boolean>`${actorPath} like (ds.path || '%')`, eb('ds.path', 'like', subtreePattern(actorPath))]));
}
export type DataSetRow = Awaited<ReturnType<ReturnType<typeof applicable>['executeTakeFirstOrThrow']>>;

export async function listDataSets(db: Executor, actorPath: string): Promise<DataSetRow[]> {
  return applicable(db, actorPath).orderBy('ds.path').orderBy('ds.created_at').execute();
}

export async function findDataSet(db: Executor, actorPath: string, id: string): Promise<DataSetRow | undefined> {
  return applicable(db, actorPath).where('ds.id', '=', id).executeTakeFirst();
}

export async function findDataSetByCode(db: Executor, path: string, code: string) {
  return db.selectFrom('data_sets').select('id').where('path', '=', path).where('code', '=', code).executeTakeFirst();
}

/** The fields of the data sets, in form order, each with whether any submission holds a value for it. */
export async function listFields(db: Executor, dataSetIds: readonly string[]) {
  if (dataSetIds.length === 0) return [];
  return db
    .selectFrom('data_set_fields as f')
    .select(fieldColumns)
    .select((eb) => eb.exists(eb.selectFrom('data_values as v').select('v.field_id').whereRef('v.field_id', '=', 'f.id')).as('has_values'))
    .where('f.data_set_id', 'in', [...dataSetIds])
    .orderBy('f.data_set_id')
    .orderBy('f.sort_order')
    .execute();
}
export type FieldRow = Awaited<ReturnType<typeof listFields>>[number];

export async function insertDataSet(db: Executor, values: Insertable<DataSetTable>): Promise<string> {
  return (await db.insertInto('data_sets').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateDataSet(db: Executor, id: string, values: Updateable<DataSetTable>): Promise<void> {
  await db.updateTable('data_sets').set(values).where('id', '=', id).execute();
}

/**
 * Writes a data set's fields in one statement: new ones are inserted, existing ones (same id) get
 * their new name, group, unit, target and order. Call deleteFieldsWithoutValues first, so codes
 * moved between fields that hold no values cannot collide.
 */
export async function upsertFields(db: Executor, rows: Insertable<DataSetFieldTable>[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('data_set_fields')
    .values(rows)
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({
      name: eb.ref('excluded.name'), group_name: eb.ref('excluded.group_name'), unit: eb.ref('excluded.unit'),
      target_kind: eb.ref('excluded.target_kind'), target_min: eb.ref('excluded.target_min'), target_max: eb.ref('excluded.target_max'),
      sort_order: eb.ref('excluded.sort_order'),
    })))
    .execute();
}

/** Removes the fields of a data set that no submission has a value for (they are re-inserted by upsertFields). */
export async function deleteFieldsWithoutValues(db: Executor, dataSetId: string): Promise<void> {
  await db
    .deleteFrom('data_set_fields as f')
    .where('f.data_set_id', '=', dataSetId)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('data_values as v').select('v.field_id').whereRef('v.field_id', '=', 'f.id'))))
    .execute();
}
