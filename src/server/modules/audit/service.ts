import type { Executor } from '../../db/types.js';
import { ForbiddenError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { can } from '../../../core/roles.js';
import { insertAuditEntry, listAuditEntries, type AuditFilter } from './repo.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  /** Path of the record changed, so the entry is visible exactly where the record is. */
  path: string;
  summary: string;
  before?: unknown;
  after?: unknown;
}

/** Writes one entry inside the caller's transaction: the change and its record commit together. */
export async function audit(db: Executor, actor: Actor, record: AuditRecord): Promise<void> {
  await insertAuditEntry(db, {
    actor_id: actor.userId || null,
    actor_username: actor.username,
    action: record.action,
    entity_type: record.entityType,
    entity_id: record.entityId,
    path: record.path,
    summary: record.summary.slice(0, 300),
    before: record.before ?? null,
    after: record.after ?? null,
    ip: actor.ip,
  });
}

export function createAuditService({ db }: { db: Executor }) {
  return {
    async list(actor: Actor, filter: AuditFilter, page: number, pageSize: number) {
      if (!can(actor.role, 'audit.read')) throw new ForbiddenError();
      const result = await listAuditEntries(db, actor.path, filter, {
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      return {
        total: result.total,
        items: result.items.map((row) => ({
          id: String(row.id),
          at: new Date(row.at).toISOString(),
          actorId: row.actor_id,
          actorUsername: row.actor_username,
          action: row.action,
          entityType: row.entity_type,
          entityId: row.entity_id,
          summary: row.summary,
          before: row.before ?? null,
          after: row.after ?? null,
        })),
      };
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
