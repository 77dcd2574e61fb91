import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { NotFoundError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import * as repo from './repo.js';
import type { ListNotificationsQuery, Notification } from './schemas.js';

export function toNotification(row: repo.NotificationRow): Notification {
  return {
    id: row.id, kind: row.kind, title: row.title, body: row.body, link: row.link,
    createdAt: new Date(row.created_at).toISOString(), readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  };
}

/** Every signed-in person reads and clears their own notifications; no permission beyond signing in. */
export function createNotificationService({ db, clock = () => new Date() }: { db: Kysely<DB>; clock?: () => Date }) {
  return {
    async list(actor: Actor, query: ListNotificationsQuery) {
      const { page, pageSize, unreadOnly = false } = query;
      const [result, unread] = await Promise.all([
        repo.listNotifications(db, actor.userId, { unreadOnly }, { offset: (page - 1) * pageSize, limit: pageSize }),
        repo.countUnread(db, actor.userId),
      ]);
      return { items: result.items.map(toNotification), total: result.total, unread };
    },

    async unreadCount(actor: Actor) {
      return { unread: await repo.countUnread(db, actor.userId) };
    },

    /** Someone else's notification answers like a missing one: its existence is not for them to know. */
    async markRead(actor: Actor, id: string): Promise<Notification> {
      const row = await repo.markRead(db, actor.userId, id, clock());
      if (!row) throw new NotFoundError('通知');
      return toNotification(row);
    },

    async markAllRead(actor: Actor) {
      return { updated: await repo.markAllRead(db, actor.userId, clock()) };
    },
  };
}
export type NotificationService = ReturnType<typeof createNotificationService>;
