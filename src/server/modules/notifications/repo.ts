import type { Insertable } from 'kysely';
import type { NotificationTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';

export type NewNotification = Omit<Insertable<NotificationTable>, 'id' | 'created_at' | 'read_at'>;

/**
 * Adds notifications, skipping any whose dedupe_key exists: the same event for the same person is
 * told once, however often the scheduler or a retried request gets here. Returns how many were new.
 */
export async function insertNotifications(db: Executor, notifications: readonly NewNotification[]): Promise<number> {
  let inserted = 0;
  // Batches keep a statement's parameters well below PostgreSQL's 65 535 limit.
  for (let i = 0; i < notifications.length; i += 500) {
    const rows = await db
      .insertInto('notifications')
      .values(notifications.slice(i, i + 500))
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returning('id')
      .execute();
    inserted += rows.length;
  }
  return inserted;
}

// A notification belongs to one person: the recipient's user id is its whole scope, so every
// read and write below is keyed by it and nobody reaches another person's notifications.

export const notificationColumns = ['id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at'] as const;

function selectOwn(db: Executor, userId: string, unreadOnly: boolean) {
  let query = db.selectFrom('notifications').where('user_id', '=', userId);
  if (unreadOnly) query = query.where('read_at', 'is', null);
  return query;
}

export async function listNotifications(
  db: Executor, userId: string, filter: { unreadOnly: boolean }, page: { offset: number; limit: number },
) {
  const query = selectOwn(db, userId, filter.unreadOnly);
  const [items, count] = await Promise.all([
    query.select(notificationColumns).orderBy('created_at', 'desc').orderBy('id').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}
export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>['items'][number];

export async function countUnread(db: Executor, userId: string): Promise<number> {
  const row = await selectOwn(db, userId, true).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one of the user's notifications read (keeping the first read time); undefined when it is not theirs. */
export async function markRead(db: Executor, userId: string, id: string, at: Date): Promise<NotificationRow | undefined> {
  return db
    .updateTable('notifications')
    .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(at)) }))
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .returning(notificationColumns)
    .executeTakeFirst();
}

/** Marks every unread notification of the user read; returns how many changed. */
export async function markAllRead(db: Executor, userId: string, at: Date): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
