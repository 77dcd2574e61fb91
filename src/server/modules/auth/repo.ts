import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';

export async function insertSession(
  db: Executor,
  values: { id: string; userId: string; expiresAt: Date; ip: string | null; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: values.id,
      user_id: values.userId,
      expires_at: values.expiresAt,
      ip: values.ip,
      user_agent: values.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
}

/** The signed-in user behind a session, with what scoping needs, in one query. */
export async function findSessionUser(db: Executor, sessionId: string, now: Date) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .innerJoin('divisions as d', 'd.code', 'o.division_code')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.must_change_password',
      'o.id as org_id',
      'o.name as org_name',
      'o.kind as org_kind',
      'o.path as org_path',
      'o.division_code',
      'd.name as division_name',
    ])
    .where('s.id', '=', sessionId)
    .where('s.expires_at', '>', now)
    .where('u.enabled', '=', true)
    .where('o.status', '=', 'active')
    .executeTakeFirst();
}
export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>;

export async function deleteSession(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: string, exceptSessionId?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  await query.execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

export async function recordLoginAttempt(
  db: Executor,
  attempt: { username: string; ip: string | null; success: boolean; at: Date },
): Promise<void> {
  await db.insertInto('login_attempts').values(attempt).execute();
}

/** Failed attempts since `since`, counted after the last success (a good sign-in resets the count). */
export async function countRecentFailures(db: Executor, username: string, since: Date): Promise<number> {
  const name = username.toLowerCase();
  const lastSuccess = db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.max('at').as('at'))
    .where(sql<string>`lower(username)`, '=', name)
    .where('success', '=', true);
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(sql<string>`lower(username)`, '=', name)
    .where('success', '=', false)
    .where('at', '>', since)
    .where((eb) => eb.or([eb(lastSuccess, 'is', null), eb('at', '>', lastSuccess)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countRecentFailuresFromIp(db: Executor, ip: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('ip', '=', ip)
    .where('success', '=', false)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function touchLastLogin(db: Executor, userId: string, at: Date): Promise<void> {
  await db.updateTable('users').set({ last_login_at: at }).where('id', '=', userId).execute();
}
