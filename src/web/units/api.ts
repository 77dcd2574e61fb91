import type { Rate } from '../../core/indicators.js';
import type { UnitCategoryCode } from '../../core/unitCategories.js';
import { api, type Page } from '../api/client';
import type { Patrol } from '../patrols/api';
import type { Rectification } from '../rectifications/api';
import type { Report } from '../reports/api';
import { downloadFile, uploadFile } from './files';

export const UNIT_STATUSES = ['operating', 'suspended', 'closed'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export interface Unit {
  id: string;
  name: string;
  creditCode: string | null;
  category: string;
  subCategory: string;
  address: string;
  townshipCode: string;
  townshipName: string;
  villageCode: string | null;
  orgId: string;
  orgName: string;
  countyCode: string;
  latitude: number | null;
  longitude: number | null;
  personInCharge: string | null;
  phone: string | null;
  licenceType: string | null;
  licenceNo: string | null;
  licenceIssuedOn: string | null;
  licenceExpiresOn: string | null;
  employees: number | null;
  employeesCertified: number | null;
  status: UnitStatus;
  hygieneGrade: string | null;
  riskLevel: RiskLevel | null;
  closedOn: string | null;
  fileComplete: boolean;
  /** Names of the fields a complete file still lacks (unitFileGaps). */
  fileGaps: string[];
  createdAt: string;
  updatedAt: string;
}

export interface UnitFilters {
  q?: string;
  category?: UnitCategoryCode;
  subCategory?: string;
  townshipCode?: string;
  villageCode?: string;
  status?: UnitStatus;
  licenceExpiresBefore?: string;
}

export type ListUnitsParams = UnitFilters & { page: number; pageSize: number };

export interface UnitFields {
  name: string;
  creditCode?: string | null;
  category: UnitCategoryCode;
  subCategory: string;
  address: string;
  townshipCode: string;
  villageCode?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  personInCharge?: string | null;
  phone?: string | null;
  licenceType?: string | null;
  licenceNo?: string | null;
  licenceIssuedOn?: string | null;
  licenceExpiresOn?: string | null;
  employees?: number | null;
  employeesCertified?: number | null;
  riskLevel?: RiskLevel | null;
}

export type CreateUnitBody = UnitFields & { clientId?: string };
export type UpdateUnitBody = Partial<UnitFields> & { status?: 'operating' | 'suspended' };

export interface CloseUnitBody {
  date: string;
  reason: string;
}

export interface FilingRateRow {
  orgId: string;
  orgName: string;
  townshipCode: string;
  unitsKnown: number;
  unitsWithCompleteFile: number;
  rate: Rate;
}

export interface UnitHistory {
  patrols: Patrol[];
  rectifications: Rectification[];
  reports: Report[];
}

/** One row the import refused, as the server names it (row number and column of the sheet). */
export interface ImportRowError {
  row: number;
  field: string;
  column: string;
  message: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

export const unitsQueryKey = (params: ListUnitsParams) => ['units', 'list', params] as const;
export const unitQueryKey = (id: string) => ['units', 'detail', id] as const;
export const unitHistoryQueryKey = (id: string) => ['units', 'history', id] as const;
export const filingRateQueryKey = ['units', 'filing-rate'] as const;

export function listUnits(params: ListUnitsParams): Promise<Page<Unit>> {
  return api.get<Page<Unit>>('/api/units', { ...params });
}

export function getUnit(id: string): Promise<Unit> {
  return api.get<Unit>(`/api/units/${encodeURIComponent(id)}`);
}

export function createUnit(body: CreateUnitBody): Promise<Unit> {
  return api.post<Unit>('/api/units', body);
}

export function updateUnit(id: string, body: UpdateUnitBody): Promise<Unit> {
  return api.patch<Unit>(`/api/units/${encodeURIComponent(id)}`, body);
}

export function closeUnit(id: string, body: CloseUnitBody): Promise<Unit> {
  return api.post<Unit>(`/api/units/${encodeURIComponent(id)}/close`, body);
}

export async function getFilingRates(): Promise<FilingRateRow[]> {
  const { items } = await api.get<{ items: FilingRateRow[] }>('/api/units/filing-rate');
  return items;
}

export function getUnitHistory(id: string): Promise<UnitHistory> {
  return api.get<UnitHistory>(`/api/units/${encodeURIComponent(id)}/history`);
}

export function downloadImportTemplate(fallbackName: string): Promise<void> {
  return downloadFile('/api/units/import-template', undefined, fallbackName);
}

export function exportUnits(filters: UnitFilters, fallbackName: string): Promise<void> {
  return downloadFile('/api/units/export', { ...filters }, fallbackName);
}

/** All or nothing: a 400 carries `rows` (ImportRowError[]) in the error's body. */
export function importUnits(file: File): Promise<ImportResult> {
  return uploadFile<ImportResult>('/api/units/import', file, file.name);
}
