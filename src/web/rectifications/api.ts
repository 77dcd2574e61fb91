import { api, type Page } from '../api/client';

export const RECTIFICATION_STATUSES = ['open', 'closed', 'escalated'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export interface Rectification {
  id: string;
  unitId: string;
  unitName: string;
  orgId: string;
  orgName: string;
  patrolId: string;
  problems: string;
  requiredOn: string;
  deadline: string;
  status: RectificationStatus;
  overdue: boolean;
  closedOn: string | null;
  closingPatrolId: string | null;
  escalatedOn: string | null;
  escalationReason: string | null;
  /** The institute's case filed from this rectification, once escalated. */
  caseNo: string | null;
}

export interface RectificationFilters {
  status?: RectificationStatus;
  overdue?: boolean;
  unitId?: string;
}

export type ListRectificationsParams = RectificationFilters & { page: number; pageSize: number };

export const rectificationsQueryKey = (params: ListRectificationsParams) => ['rectifications', params] as const;

export function listRectifications(params: ListRectificationsParams): Promise<Page<Rectification>> {
  return api.get<Page<Rectification>>('/api/rectifications', { ...params });
}

export function escalateRectification(id: string, reason: string): Promise<Rectification> {
  return api.post<Rectification>(`/api/rectifications/${encodeURIComponent(id)}/escalate`, { reason });
}
