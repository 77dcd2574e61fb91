import type { Kysely } from 'kysely';
import { can } from '../../../core/roles.js';
import type { DB } from '../../db/schema.js';
import { ForbiddenError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import * as repo from './repo.js';
import type { InboxItem, InboxQuery } from './schemas.js';

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

function toInboxItem(row: repo.InboxRow): InboxItem {
  return {
    kind: row.kind, id: row.id, code: row.code, category: row.category, title: row.title, source: row.source, areaName: row.area_name,
    receivedAt: iso(row.received_at)!, status: row.status, replyDueOn: row.reply_due_on, acceptBy: iso(row.accept_by), overdue: row.overdue,
  };
}

/** What reaches the institute from outside and from the stations, in one list to work through. */
export function createInboxService({ db, clock = () => new Date() }: { db: Kysely<DB>; clock?: () => Date }) {
  return {
    async list(actor: Actor, query: InboxQuery) {
      // Both halves are handled by the same people: whoever handles complaints also accepts reports.
      if (!can(actor.role, 'complaints.read') || !can(actor.role, 'reports.read')) throw new ForbiddenError();
      const { page, pageSize, kind, openOnly, overdueOnly } = query;
      const result = await repo.listInbox(db, actor.path, { kind, openOnly, overdueOnly: overdueOnly ?? false }, clock(), {
        offset: (page - 1) * pageSize, limit: pageSize,
      });
      return { items: result.items.map(toInboxItem), total: result.total };
    },
  };
}
export type InboxService = ReturnType<typeof createInboxService>;
