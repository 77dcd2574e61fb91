import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

/** The records an inspection or a case may start from, by source code, with their table. */
const SOURCE_TABLES = {
  inspection: 'inspections',
  complaint: 'complaints',
  report: 'reports',
  rectification: 'rectifications',
  licensing: 'licence_applications',
  case: 'cases',
} as const;

/** Sources without a table of their own yet (random draws, grading) or none at all (routine, other). */
export const hasSourceTable = (source: string): source is keyof typeof SOURCE_TABLES => source in SOURCE_TABLES;

/** The source record inside the scope, with the unit it concerns when it has one; undefined when none. */
export async function findSource(db: Executor, scopePath: string, source: keyof typeof SOURCE_TABLES, id: string): Promise<{ id: string; unitId: string | null } | undefined> {
  const table = SOURCE_TABLES[source];
  return db
    .selectFrom(table)
    .select(['id', 'unit_id as unitId'])
    .where('path', 'like', subtreePattern(scopePath))
    .where('id', '=', id)
    .executeTakeFirst();
}
