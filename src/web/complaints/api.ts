import type { ComplaintCategory, ComplaintChannel, ComplaintStatus } from '../../core/complaints.js';
import { api, type Page } from '../api/client';
import type { ReportStatus } from '../reports/api';

/** The fields a complaint is filed with, from the public form or by staff taking a call. */
export interface ComplaintFields {
  divisionCode: string;
  category: ComplaintCategory;
  subject: string;
  content: string;
  location?: string;
  anonymous: boolean;
  reporterName?: string;
  reporterPhone?: string;
}

export type CreateComplaintBody = ComplaintFields & { channel: Exclude<ComplaintChannel, 'web'> };

export interface ComplaintReceipt {
  trackingCode: string;
  replyDueOn: string;
}

/** What anyone holding the tracking code may see: never who complained or who handles it. */
export interface PublicComplaintStatus {
  trackingCode: string;
  status: ComplaintStatus;
  receivedOn: string;
  replyDueOn: string;
  reply: string | null;
  repliedOn: string | null;
}

export interface Complaint {
  id: string;
  trackingCode: string;
  channel: ComplaintChannel;
  countyCode: string;
  divisionCode: string;
  divisionName: string;
  category: ComplaintCategory;
  subject: string;
  content: string;
  location: string | null;
  unitId: string | null;
  unitName: string | null;
  anonymous: boolean;
  reporterName: string | null;
  reporterPhone: string | null;
  status: ComplaintStatus;
  assigneeId: string | null;
  assigneeName: string | null;
  receivedAt: string;
  replyDueOn: string;
  overdue: boolean;
  reply: string | null;
  repliedAt: string | null;
  closedAt: string | null;
}

export interface ComplaintFilters {
  status?: ComplaintStatus;
  overdue?: boolean;
}

export type ListComplaintsParams = ComplaintFilters & { page: number; pageSize: number };

export interface Inspector {
  id: string;
  displayName: string;
  orgName: string;
}

export const complaintsQueryKey = (params: ListComplaintsParams) => ['complaints', 'list', params] as const;
export const complaintQueryKey = (id: string) => ['complaints', 'detail', id] as const;
export const publicComplaintQueryKey = (code: string) => ['complaints', 'public', code] as const;
export const inspectorsQueryKey = ['complaints', 'inspectors'] as const;

export function submitPublicComplaint(body: ComplaintFields): Promise<ComplaintReceipt> {
  return api.post<ComplaintReceipt>('/api/public/complaints', body);
}

export function trackComplaint(code: string): Promise<PublicComplaintStatus> {
  return api.get<PublicComplaintStatus>(`/api/public/complaints/${encodeURIComponent(code)}`);
}

export function listComplaints(params: ListComplaintsParams): Promise<Page<Complaint>> {
  return api.get<Page<Complaint>>('/api/complaints', { ...params });
}

export function getComplaint(id: string): Promise<Complaint> {
  return api.get<Complaint>(`/api/complaints/${id}`);
}

export function createComplaint(body: CreateComplaintBody): Promise<Complaint> {
  return api.post<Complaint>('/api/complaints', body);
}

export function assignComplaint(id: string, assigneeId: string): Promise<Complaint> {
  return api.post<Complaint>(`/api/complaints/${id}/assign`, { assigneeId });
}

export function investigateComplaint(id: string): Promise<Complaint> {
  return api.post<Complaint>(`/api/complaints/${id}/investigate`);
}

export function replyComplaint(id: string, reply: string): Promise<Complaint> {
  return api.post<Complaint>(`/api/complaints/${id}/reply`, { reply });
}

export function closeComplaint(id: string): Promise<Complaint> {
  return api.post<Complaint>(`/api/complaints/${id}/close`);
}

/** Enabled inspectors in the signed-in user's scope: who a complaint may be assigned to. */
export async function listInspectors(): Promise<Inspector[]> {
  const { items } = await api.get<Page<Inspector>>('/api/users', { role: 'inspector', enabled: true, page: 1, pageSize: 100 });
  return items;
}

interface InboxItemBase {
  id: string;
  code: string | null;
  title: string;
  areaName: string;
  receivedAt: string;
  replyDueOn: string | null;
  acceptBy: string | null;
  overdue: boolean;
}

/** One item of the institute's inbox: a complaint (source = channel) or a station's report (source = reporter). */
export type InboxItem = InboxItemBase &
  (
    | { kind: 'complaint'; category: ComplaintCategory; source: ComplaintChannel; status: ComplaintStatus }
    | { kind: 'report'; category: string; source: string; status: ReportStatus }
  );

export interface InboxFilters {
  kind?: InboxItem['kind'];
  openOnly?: boolean;
  overdueOnly?: boolean;
}

export type InboxParams = InboxFilters & { page: number; pageSize: number };
export const inboxQueryKey = (params: InboxParams) => ['inbox', params] as const;

export function listInbox(params: InboxParams): Promise<Page<InboxItem>> {
  return api.get<Page<InboxItem>>('/api/inbox', { ...params });
}
