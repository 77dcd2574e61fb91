import { api, type Page } from '../api/client';

export interface AuditEntry {
  id: string;
  /** ISO instant. */
  at: string;
  actorId: string | null;
  actorUsername: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  /** The record before the change (usually an object), or null for a creation. */
  before: unknown;
  /** The record after the change, or null when nothing was recorded. */
  after: unknown;
}

export interface ListAuditParams {
  entityType?: string;
  action?: string;
  actor?: string;
  /** First day, `YYYY-MM-DD` (Asia/Shanghai), inclusive. */
  from?: string;
  /** Last day, `YYYY-MM-DD` (Asia/Shanghai), inclusive. */
  to?: string;
  page: number;
  pageSize: number;
}

export const auditQueryKey = (params: ListAuditParams) => ['audit', params] as const;

export function listAudit(params: ListAuditParams): Promise<Page<AuditEntry>> {
  return api.get<Page<AuditEntry>>('/api/audit', { ...params });
}
