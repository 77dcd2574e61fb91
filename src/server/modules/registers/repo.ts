import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

/**
 * The org a register is for, with the name it bore in the month (org_names history): a register of
 * a past month is printed as the paper one was signed, not with a later name.
 */
export async function findRegisterOrg(db: Executor, scopePath: string, id: string, month: { first: string; last: string }) {
  return db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.kind', 'o.path', 'o.name'])
    .select((eb) =>
      eb
        .selectFrom('org_names as n')
        .select('n.name')
        .whereRef('n.org_id', '=', 'o.id')
        .where('n.valid_from', '<=', month.last)
        .where((w) => w.or([w('n.valid_to', 'is', null), w('n.valid_to', '>', month.first)]))
        .orderBy('n.valid_from', 'desc')
        .limit(1)
        .as('name_in_month'),
    )
    .where('o.path', 'like', subtreePattern(scopePath))
    .where('o.id', '=', id)
    .executeTakeFirst();
}
export type RegisterOrg = NonNullable<Awaited<ReturnType<typeof findRegisterOrg>>>;

/** A station's patrols on days first..last, in register order; the rectification tells a re-inspection from a first patrol. */
export async function listRegisterPatrols(db: Executor, scopePath: string, stationId: string, month: { first: string; last: string }) {
  return db
    .selectFrom('patrols as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .leftJoin('rectifications as r', 'r.id', 'p.rectification_id')
    .select([
      'p.id', 'p.unit_id', 'u.name as unit_name', 'p.location_content', 'p.problems', 'p.patrolled_on', 'p.patroller_name',
      'p.co_patrollers', 'p.remark', 'p.outcome', 'r.patrol_id as rectification_patrol_id', 'p.rectification_deadline',
    ])
    .where('p.path', 'like', subtreePattern(scopePath))
    .where('p.org_id', '=', stationId)
    .where('p.patrolled_on', '>=', month.first)
    .where('p.patrolled_on', '<=', month.last)
    .orderBy('p.patrolled_on')
    .orderBy('u.name')
    .orderBy('p.received_at')
    .orderBy('p.id')
    .execute();
}
export type RegisterPatrolRow = Awaited<ReturnType<typeof listRegisterPatrols>>[number];

/**
 * Reports made in [from, to) by the org or by any org below it (a station's village information
 * points). Another org on the org's own division — a closed predecessor — keeps its own register.
 */
export async function listRegisterReports(db: Executor, scopePath: string, org: { id: string; path: string }, from: Date, to: Date) {
  return db
    .selectFrom('reports as r')
    .innerJoin('orgs as o', 'o.id', 'r.org_id')
    .select([
      'r.id', 'r.org_id', 'o.name as org_name', 'r.category', 'r.sub_category', 'r.content', 'r.found_at', 'r.reported_at',
      'r.on_time', 'r.reporter_name',
    ])
    .where('r.path', 'like', subtreePattern(scopePath))
    .where('r.path', 'like', subtreePattern(org.path))
    .where((eb) => eb.or([eb('r.org_id', '=', org.id), eb('r.path', '<>', org.path)]))
    .where('r.reported_at', '>=', from)
    .where('r.reported_at', '<', to)
    .orderBy('r.reported_at')
    .orderBy('r.found_at')
    .orderBy('r.id')
    .execute();
}
export type RegisterReportRow = Awaited<ReturnType<typeof listRegisterReports>>[number];
