/**
 * What the reminders read: open work and the people to tell. Each function is one query for the
 * whole system, whatever the number of orgs, so a province-wide run stays a handful of statements.
 */
import { LICENCE_TYPES, OPEN_LICENSING_STATUSES } from '../../../core/licensing.js';
import type { OrgKind } from '../../../core/orgs.js';
import { can, type Role } from '../../../core/roles.js';
import type { Executor } from '../../db/types.js';
import { dataSetColumns } from '../submissions/expected.js';

export interface OrgMember {
  userId: string;
  orgId: string;
  role: Role;
}

/** The enabled users of the given orgs, by org id (a province has thousands: no scans per org). */
export async function enabledUsersOfOrgs(db: Executor, orgIds: readonly string[]): Promise<Map<string, OrgMember[]>> {
  const byOrg = new Map<string, OrgMember[]>();
  if (orgIds.length === 0) return byOrg;
  const rows = await db
    .selectFrom('users')
    .select(['id', 'org_id', 'role'])
    .where('org_id', 'in', [...new Set(orgIds)])
    .where('enabled', '=', true)
    .orderBy('id')
    .execute();
  for (const r of rows) byOrg.set(r.org_id, [...(byOrg.get(r.org_id) ?? []), { userId: r.id, orgId: r.org_id, role: r.role }]);
  return byOrg;
}

/**
 * Who answers for an org's submissions and rectifications: at a station its head and assistants
 * (an administrator placed there is not the one who files); elsewhere whoever may submit.
 */
export function answersForOrg(orgKind: OrgKind, role: Role): boolean {
  if (orgKind === 'station') return role === 'station_head' || role === 'assistant';
  return can(role, 'submissions.submit');
}

/** The enabled inspectors of the county institutes at the given county paths, by county path. */
export async function inspectorsOfCounties(db: Executor, countyPaths: readonly string[]): Promise<Map<string, string[]>> {
  const byCounty = new Map<string, string[]>();
  if (countyPaths.length === 0) return byCounty;
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .select(['u.id', 'o.path'])
    .where('o.kind', '=', 'institute')
    .where('o.status', '=', 'active')
    .where('o.path', 'in', [...new Set(countyPaths)])
    .where('u.role', '=', 'inspector')
    .where('u.enabled', '=', true)
    .orderBy('u.id')
    .execute();
  for (const row of rows) byCounty.set(row.path, [...(byCounty.get(row.path) ?? []), row.id]);
  return byCounty;
}

export async function allDataSets(db: Executor) {
  return db.selectFrom('data_sets as ds').select(dataSetColumns).orderBy('ds.code').execute();
}

/** Open rectifications whose deadline lies in [from, to] (calendar dates, inclusive). */
export async function openRectificationsDue(db: Executor, from: string, to: string) {
  return db
    .selectFrom('rectifications as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('orgs as o', 'o.id', 'r.org_id')
    .select(['r.id', 'r.org_id', 'r.path', 'r.deadline', 'u.name as unit_name', 'o.name as org_name', 'o.kind as org_kind'])
    .where('r.status', '=', 'open')
    .where('r.deadline', '>=', from)
    .where('r.deadline', '<=', to)
    .orderBy('r.deadline')
    .orderBy('r.id')
    .execute();
}
export type DueRectification = Awaited<ReturnType<typeof openRectificationsDue>>[number];

/** Information reports nobody has accepted, reported in [from, to). */
export async function reportsAwaitingAcceptance(db: Executor, from: Date, to: Date) {
  return db
    .selectFrom('reports as r')
    .innerJoin('orgs as o', 'o.id', 'r.org_id')
    .select(['r.id', 'r.path', 'r.category', 'r.reported_at', 'o.name as org_name'])
    .where('r.status', '=', 'submitted')
    .where('r.reported_at', '>=', from)
    .where('r.reported_at', '<', to)
    .orderBy('r.reported_at')
    .orderBy('r.id')
    .execute();
}

/**
 * Operating units whose licence from the institute ends in [from, to] and whose holder has no
 * renewal (延续) under way: once it is accepted, the reminder has done its work.
 */
export async function licencesExpiring(db: Executor, from: string, to: string) {
  return db
    .selectFrom('units as u')
    .select(['u.id', 'u.name', 'u.path', 'u.licence_type', 'u.licence_no', 'u.licence_expires_on'])
    .where('u.status', '=', 'operating')
    .where('u.licence_type', 'in', [...LICENCE_TYPES])
    .where('u.licence_expires_on', '>=', from)
    .where('u.licence_expires_on', '<=', to)
    .where(({ not, exists, selectFrom }) =>
      not(exists(
        selectFrom('licence_applications as a').select('a.id').whereRef('a.licence_no', '=', 'u.licence_no')
          .where('a.kind', '=', 'renewal').where('a.status', 'in', [...OPEN_LICENSING_STATUSES]),
      )),
    )
    .orderBy('u.licence_expires_on')
    .orderBy('u.id')
    .execute();
}

/** Complaints still unanswered whose reply day lies in [from, to]. */
export async function complaintsUnanswered(db: Executor, from: string, to: string) {
  return db
    .selectFrom('complaints')
    .select(['id', 'path', 'tracking_code', 'subject', 'reply_due_on', 'assignee_id'])
    .where('status', 'in', ['received', 'assigned', 'investigating'])
    .where('reply_due_on', '>=', from)
    .where('reply_due_on', '<=', to)
    .orderBy('reply_due_on')
    .orderBy('id')
    .execute();
}
