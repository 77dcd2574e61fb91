import { sql, type Insertable, type Updateable } from 'kysely';
import type { Role } from '../../../core/roles.js';
import type { UserTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { containsPattern, subtreePattern } from '../../scope.js';

export const userColumns = [
  'u.id',
  'u.username',
  'u.display_name',
  'u.role',
  'u.org_id',
  'u.phone',
  'u.certificate_no',
  'u.certificate_expires_on',
  'u.enabled',
  'u.must_change_password',
  'u.last_login_at',
  'u.created_at',
] as const;

function selectUsers(db: Executor, scopePath: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .where('o.path', 'like', subtreePattern(scopePath));
}

function withColumns(query: ReturnType<typeof selectUsers>) {
  return query.select(userColumns).select(['o.name as org_name', 'o.path as org_path']);
}
export type UserRow = Awaited<ReturnType<ReturnType<typeof withColumns>['executeTakeFirstOrThrow']>>;

export async function findUser(db: Executor, scopePath: string, id: string): Promise<UserRow | undefined> {
  return withColumns(selectUsers(db, scopePath)).where('u.id', '=', id).executeTakeFirst();
}

export interface UserFilter {
  q?: string | undefined;
  role?: Role | undefined;
  orgId?: string | undefined;
  enabled?: boolean | undefined;
}

export async function listUsers(
  db: Executor,
  scopePath: string,
  filter: UserFilter,
  page: { offset: number; limit: number },
) {
  let query = selectUsers(db, scopePath);
  if (filter.q) {
    const like = containsPattern(filter.q);
    query = query.where((eb) => eb.or([eb('u.username', 'ilike', like), eb('u.display_name', 'ilike', like)]));
  }
  if (filter.role) query = query.where('u.role', '=', filter.role);
  if (filter.orgId) query = query.where('u.org_id', '=', filter.orgId);
  if (filter.enabled !== undefined) query = query.where('u.enabled', '=', filter.enabled);
  const [items, count] = await Promise.all([
    withColumns(query).orderBy('o.path').orderBy('u.username').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

/** Sign-in looks a user up by name across the whole system, with the hash. */
export async function findUserForLogin(db: Executor, username: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.username', 'u.password_hash', 'u.enabled', 'o.status as org_status'])
    .where(sql<string>`lower(u.username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

export async function findPasswordHash(db: Executor, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
  return row?.password_hash;
}

export async function usernameTaken(db: Executor, username: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where(sql<string>`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertUser(db: Executor, values: Insertable<UserTable>): Promise<string> {
  const row = await db.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUser(db: Executor, id: string, values: Updateable<UserTable>): Promise<void> {
  await db.updateTable('users').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
}
