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
