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
  grading: 'gradings',
} as const;
type SourceWithRecord = keyof typeof SOURCE_TABLES | 'random';

/** Sources with a record to point at; routine and other have none. */
export const hasSourceTable = (source: string): source is SourceWithRecord => source in SOURCE_TABLES || source === 'random';

/**
 * The source record inside the scope, with the unit it concerns when it has one; undefined when none.
 * A 双随机 source is the drawn task, in scope through its plan.
 */
export async function findSource(db: Executor, scopePath: string, source: SourceWithRecord, id: string): Promise<{ id: string; unitId: string | null } | undefined> {
  if (source === 'random') {
    return db
      .selectFrom('random_inspection_tasks as t')
      .innerJoin('random_inspection_plans as p', 'p.id', 't.plan_id')
      .select(['t.id', 't.unit_id as unitId'])
      .where('p.path', 'like', subtreePattern(scopePath))
      .where('t.id', '=', id)
      .executeTakeFirst();
  }
  const table = SOURCE_TABLES[source];
  return db
    .selectFrom(table)
    .select(['id', 'unit_id as unitId'])
    .where('path', 'like', subtreePattern(scopePath))
    .where('id', '=', id)
    .executeTakeFirst();
}
