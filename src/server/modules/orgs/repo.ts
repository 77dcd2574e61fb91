import type { Insertable, Updateable } from 'kysely';
import type { OrgNameTable, OrgTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

export const orgColumns = [
  'o.id',
  'o.kind',
  'o.name',
  'o.division_code',
  'o.path',
  'o.county_code',
  'o.parent_id',
  'o.status',
  'o.valid_from',
  'o.valid_to',
  'o.merged_into_id',
] as const;

function selectOrgs(db: Executor, scopePath: string) {
  return db
    .selectFrom('orgs as o')
    .innerJoin('divisions as d', 'd.code', 'o.division_code')
    .select(orgColumns)
    .select('d.name as division_name')
    .where('o.path', 'like', subtreePattern(scopePath));
}
export type OrgRow = Awaited<ReturnType<ReturnType<typeof selectOrgs>['executeTakeFirstOrThrow']>>;

export async function findOrg(db: Executor, scopePath: string, id: string): Promise<OrgRow | undefined> {
  return selectOrgs(db, scopePath).where('o.id', '=', id).executeTakeFirst();
}

export async function listOrgs(db: Executor, scopePath: string, includeClosed: boolean): Promise<OrgRow[]> {
  let query = selectOrgs(db, scopePath);
  if (!includeClosed) query = query.where('o.status', '=', 'active');
  return query.orderBy('o.path').orderBy('o.kind').orderBy('o.name').execute();
}

/** The active orgs of a kind on any of the divisions, oldest first (one query for a whole import). */
export async function findActiveOrgsOfKindAt(db: Executor, kind: OrgTable['kind'], divisionCodes: readonly string[]) {
  if (divisionCodes.length === 0) return [];
  return db
    .selectFrom('orgs')
    .select(['id', 'name', 'division_code'])
    .where('kind', '=', kind)
    .where('status', '=', 'active')
    .where('division_code', 'in', [...divisionCodes])
    .orderBy('created_at')
    .execute();
}

export async function findActiveOrgOfKindAt(db: Executor, kind: OrgTable['kind'], divisionCode: string): Promise<{ id: string; name: string } | undefined> {
  return (await findActiveOrgsOfKindAt(db, kind, [divisionCode]))[0];
}

export async function insertOrg(db: Executor, values: Insertable<OrgTable>): Promise<string> {
  const row = await db.insertInto('orgs').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateOrg(db: Executor, id: string, values: Updateable<OrgTable>): Promise<void> {
  await db.updateTable('orgs').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function listOrgNames(db: Executor, orgId: string) {
  return db
    .selectFrom('org_names')
    .select(['name', 'valid_from', 'valid_to'])
    .where('org_id', '=', orgId)
    .orderBy('valid_from')
    .execute();
}

export async function insertOrgName(db: Executor, values: Insertable<OrgNameTable>): Promise<void> {
  await db.insertInto('org_names').values(values).execute();
}

export async function endCurrentOrgName(db: Executor, orgId: string, validTo: string): Promise<void> {
  await db
    .updateTable('org_names')
    .set({ valid_to: validTo })
    .where('org_id', '=', orgId)
    .where('valid_to', 'is', null)
    .execute();
}

export async function countEnabledUsers(db: Executor, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('org_id', '=', orgId)
    .where('enabled', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countActiveChildren(db: Executor, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('orgs')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('parent_id', '=', orgId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Moves users and active child orgs of a merged org to the org that absorbed it. */
export async function transferMembers(db: Executor, fromId: string, toId: string) {
  const users = await db
    .updateTable('users')
    .set({ org_id: toId, updated_at: new Date() })
    .where('org_id', '=', fromId)
    .returning(['id', 'username'])
    .execute();
  const children = await db
    .updateTable('orgs')
    .set({ parent_id: toId, updated_at: new Date() })
    .where('parent_id', '=', fromId)
    .where('status', '=', 'active')
    .returning(['id', 'name'])
    .execute();
  return { users, children };
}
