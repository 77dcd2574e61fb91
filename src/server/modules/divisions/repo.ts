import type { Insertable } from 'kysely';
import type { DivisionTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

export const divisionColumns = ['code', 'name', 'level', 'parent_code', 'path'] as const;

export async function findDivision(db: Executor, scopePath: string, code: string) {
  return db
    .selectFrom('divisions')
    .select(divisionColumns)
    .where('code', '=', code)
    .where('path', 'like', subtreePattern(scopePath))
    .executeTakeFirst();
}

export type DivisionRow = NonNullable<Awaited<ReturnType<typeof findDivision>>>;

export async function findDivisionsByCodes(db: Executor, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return db.selectFrom('divisions').select(divisionColumns).where('code', 'in', [...codes]).execute();
}

/**
 * Children of a division with whether each has children of its own (one query, no N+1); a null
 * parent gives the top level (provinces).
 */
export async function listChildDivisions(db: Executor, scopePath: string, parentCode: string | null) {
  return db
    .selectFrom('divisions as d')
    .select(divisionColumns.map((c) => `d.${c}` as const))
    .select((eb) =>
      eb
        .exists(eb.selectFrom('divisions as c').select('c.code').whereRef('c.parent_code', '=', 'd.code'))
        .as('has_children'),
    )
    .where('d.parent_code', parentCode === null ? 'is' : '=', parentCode)
    .where('d.path', 'like', subtreePattern(scopePath))
    .orderBy('d.code')
    .execute();
}

/** Inserts divisions, leaving existing codes as they are (imports can be re-run). */
export async function upsertDivisions(db: Executor, rows: Insertable<DivisionTable>[]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += 500) {
    const batch = rows.slice(start, start + 500);
    const result = await db
      .insertInto('divisions')
      .values(batch)
      .onConflict((oc) => oc.column('code').doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}
