import type { Insertable } from 'kysely';
import type { Executor } from '../../db/types.js';
import type { AuditLogTable } from '../../db/schema.js';
import { subtreePattern } from '../../scope.js';

export const auditColumns = [
  'id',
  'at',
  'actor_id',
  'actor_username',
  'action',
  'entity_type',
  'entity_id',
  'summary',
  'before',
  'after',
] as const;

export async function insertAuditEntry(db: Executor, entry: Insertable<AuditLogTable>): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      ...entry,
      before: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
    })
    .execute();
}

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  actor?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

function filtered(db: Executor, scopePath: string, filter: AuditFilter) {
  let query = db.selectFrom('audit_log').where('path', 'like', subtreePattern(scopePath));
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.actor) query = query.where('actor_username', '=', filter.actor);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  return query;
}

export async function listAuditEntries(
  db: Executor,
  scopePath: string,
  filter: AuditFilter,
  page: { offset: number; limit: number },
) {
  const base = filtered(db, scopePath, filter);
  const [items, count] = await Promise.all([
    base.select(auditColumns).orderBy('at', 'desc').orderBy('id', 'desc').offset(page.offset).limit(page.limit).execute(),
    base.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}
