import type { Rate } from '../../core/indicators.js';
import type { ApplicationKind, LicenceType, LicensingAction, LicensingStatus } from '../../core/licensing.js';
import { api, type Page } from '../api/client';

export { APPLICATION_KINDS, LICENCE_TYPES, type ApplicationKind, type LicenceType } from '../../core/licensing.js';

export interface LicenceApplication {
  id: string;
  applicationNo: string;
  countyCode: string;
  unitId: string | null;
  unitName: string | null;
  applicantName: string;
  applicantPhone: string | null;
  licenceType: string;
  kind: ApplicationKind;
  status: LicensingStatus;
  acceptedOn: string;
  dueOn: string;
  overdue: boolean;
  decidedOn: string | null;
  refusalReason: string | null;
  licenceNo: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CreateApplicationBody {
  licenceType: LicenceType;
  kind: ApplicationKind;
  unitId?: string;
  applicantName?: string;
  applicantPhone?: string;
}

export interface LicensingFilters {
  status?: LicensingStatus;
  overdue?: boolean;
}
export type ListApplicationsParams = LicensingFilters & { page: number; pageSize: number };

export interface LicensingIndicators {
  from: string;
  to: string;
  completionWithinLimit: Rate;
  averageDaysToFinish: number | null;
}

export interface PublicLicence {
  licenceNo: string;
  holderName: string;
  licenceType: string;
  issuedOn: string | null;
  expiresOn: string | null;
  cancelledOn: string | null;
  status: 'valid' | 'expired' | 'cancelled';
}

export const applicationsQueryKey = (params: ListApplicationsParams) => ['licensing', 'list', params] as const;
export const applicationQueryKey = (id: string) => ['licensing', 'detail', id] as const;
export const licensingIndicatorsQueryKey = (from: string, to: string) => ['licensing', 'indicators', from, to] as const;
export const publicLicencesQueryKey = (q: string) => ['public', 'licences', q] as const;

const path = (id: string, step?: string) => `/api/licensing/${encodeURIComponent(id)}${step ? `/${step}` : ''}`;

export function listApplications(params: ListApplicationsParams): Promise<Page<LicenceApplication>> {
  return api.get<Page<LicenceApplication>>('/api/licensing', { ...params });
}

export function getApplication(id: string): Promise<LicenceApplication> {
  return api.get<LicenceApplication>(path(id));
}

export function createApplication(body: CreateApplicationBody): Promise<LicenceApplication> {
  return api.post<LicenceApplication>('/api/licensing', body);
}

/** Path segment of each core action. */
export const ACTION_SEGMENTS: Record<LicensingAction, string> = {
  reviewDocuments: 'review-documents',
  passDocuments: 'pass-documents',
  passSite: 'pass-site',
  issue: 'issue',
  refuse: 'refuse',
  withdraw: 'withdraw',
};

export type StepBody = { licenceNo?: string } | { reason: string } | undefined;

export function takeStep(id: string, action: LicensingAction, body?: StepBody): Promise<LicenceApplication> {
  return api.post<LicenceApplication>(path(id, ACTION_SEGMENTS[action]), body);
}

export function getLicensingIndicators(from: string, to: string): Promise<LicensingIndicators> {
  return api.get<LicensingIndicators>('/api/licensing/indicators', { from, to });
}

export async function searchPublicLicences(q: string): Promise<PublicLicence[]> {
  const { items } = await api.get<{ items: PublicLicence[] }>('/api/public/licences', { q });
  return items;
}
