import type { Rate } from '../../core/indicators.js';
import type { ReportCategoryCode } from '../../core/reports.js';
import { api, type Page } from '../api/client';
import { submitOrQueue, type SubmitResult } from '../offline/queue';
import { downloadFile } from '../units/files';

export const REPORT_STATUSES = ['submitted', 'accepted', 'verifying', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface ReportCategoryEntry {
  code: ReportCategoryCode;
  zh: string;
  en: string;
  official: boolean;
  /** The deadline in force (configuration may differ from the defaults in src/core/reports.ts). */
  deadlineHours: number;
  subCategories: { code: string; zh: string; en: string }[];
}

export interface Report {
  id: string;
  orgId: string;
  orgName: string;
  category: ReportCategoryCode;
  subCategory: string | null;
  content: string;
  location: string | null;
  unitId: string | null;
  unitName: string | null;
  foundAt: string;
  reportedAt: string;
  deadlineAt: string;
  onTime: boolean;
  reporterId: string;
  reporterName: string;
  status: ReportStatus;
  acceptedAt: string | null;
  result: string | null;
  closedAt: string | null;
  receivedAt: string;
}

export interface CreateReportBody {
  clientId?: string;
  category: ReportCategoryCode;
  subCategory?: string;
  content: string;
  location?: string;
  unitId?: string;
  foundAt: string;
  reportedAt?: string;
}

export interface ReportFilters {
  status?: ReportStatus;
  category?: ReportCategoryCode;
  from?: string;
  to?: string;
}

export type ListReportsParams = ReportFilters & { page: number; pageSize: number };

export interface ReportIndicators {
  reportingRate: Rate;
  timelyRate: Rate;
}

export interface DateRange {
  from?: string;
  to?: string;
}

export const reportCategoriesQueryKey = ['reports', 'categories'] as const;
export const reportsQueryKey = (params: ListReportsParams) => ['reports', 'list', params] as const;
export const reportQueryKey = (id: string) => ['reports', 'detail', id] as const;
export const reportIndicatorsQueryKey = (range: DateRange) => ['reports', 'indicators', range] as const;

export async function listReportCategories(): Promise<ReportCategoryEntry[]> {
  const { items } = await api.get<{ items: ReportCategoryEntry[] }>('/api/report-categories');
  return items;
}

export function listReports(params: ListReportsParams): Promise<Page<Report>> {
  return api.get<Page<Report>>('/api/reports', { ...params });
}

export function getReport(id: string): Promise<Report> {
  return api.get<Report>(`/api/reports/${encodeURIComponent(id)}`);
}

/** Field capture: POSTs now, or keeps the report in the offline outbox when there is no network. */
export function createReportOrQueue(body: CreateReportBody & { clientId: string }): Promise<SubmitResult<Report>> {
  return submitOrQueue<Report>('report', '/api/reports', body);
}

export function acceptReport(id: string): Promise<Report> {
  return api.post<Report>(`/api/reports/${encodeURIComponent(id)}/accept`);
}

export function verifyReport(id: string): Promise<Report> {
  return api.post<Report>(`/api/reports/${encodeURIComponent(id)}/verify`);
}

export function closeReport(id: string, result: string): Promise<Report> {
  return api.post<Report>(`/api/reports/${encodeURIComponent(id)}/close`, { result });
}

export function getReportIndicators(range: DateRange): Promise<ReportIndicators> {
  return api.get<ReportIndicators>('/api/reports/indicators', { ...range });
}

export function downloadReportRegister(params: { orgId: string; month: string }, fallbackName: string): Promise<void> {
  return downloadFile('/api/registers/reports', { ...params }, fallbackName);
}
