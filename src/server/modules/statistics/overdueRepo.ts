import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

/**
 * What is late right now inside an area, oldest first. Each list is one query: the total comes with
 * the rows as a window count (computed before the limit), so a list of 20 still says "of 1,234". The
 * count and the limit work on the table alone; names are joined to the page only (the joins are to
 * required foreign keys, so they drop no row): a province has tens of thousands of rows to count.
 */

export const OVERDUE_LIST_LIMIT = 20;

/** Open rectifications whose deadline has passed on `today`. */
export async function listOverdueRectifications(db: Executor, scopePath: string, today: string) {
  const page = db
    .selectFrom('rectifications as r')
    .select(['r.id', 'r.unit_id', 'r.org_id', 'r.required_on', 'r.deadline'])
    .select((eb) => eb.fn.countAll<string>().over().as('total'))
    .where('r.path', 'like', subtreePattern(scopePath))
    .where('r.status', '=', 'open')
    .where('r.deadline', '<', today)
    .orderBy('r.deadline')
    .orderBy('r.id')
    .limit(OVERDUE_LIST_LIMIT);
  return db
    .selectFrom(page.as('r'))
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('orgs as o', 'o.id', 'r.org_id')
    .select(['r.id', 'r.unit_id', 'u.name as unit_name', 'o.name as org_name', 'r.required_on', 'r.deadline', 'r.total'])
    .orderBy('r.deadline')
    .orderBy('r.id')
    .execute();
}

/** Information reports the institute has not accepted yet. */
export async function listReportsAwaitingAcceptance(db: Executor, scopePath: string) {
  const page = db
    .selectFrom('reports as r')
    .select(['r.id', 'r.org_id', 'r.category', 'r.content', 'r.reported_at'])
    .select((eb) => eb.fn.countAll<string>().over().as('total'))
    .where('r.path', 'like', subtreePattern(scopePath))
    .where('r.status', '=', 'submitted')
    .orderBy('r.reported_at')
    .orderBy('r.id')
    .limit(OVERDUE_LIST_LIMIT);
  return db
    .selectFrom(page.as('r'))
    .innerJoin('orgs as o', 'o.id', 'r.org_id')
    .select(['r.id', 'r.category', 'r.content', 'r.reported_at', 'o.name as org_name', 'r.total'])
    .orderBy('r.reported_at')
    .orderBy('r.id')
    .execute();
}
