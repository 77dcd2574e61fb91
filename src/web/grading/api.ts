import type { Grade, GradingCap, GradingThresholds, ScoreSheet } from '../../core/grading.js';
import type { GradingChecklist } from '../../core/gradingChecklists.js';
import type { AppealStatus, GradingStatus } from '../../core/gradingWorkflow.js';
import { api, type Page } from '../api/client';

export interface Person {
  id: string;
  name: string;
}

export interface Grading {
  id: string;
  unitId: string;
  unitName: string;
  countyCode: string;
  category: string;
  inspectedOn: string;
  graders: Person[];
  scoreSheet: ScoreSheet;
  total: number;
  grade: Grade;
  cappedBy: { itemCode: string; itemLabel: string } | null;
  status: GradingStatus;
  publishedOn: string | null;
  supersededOn: string | null;
  reply: string | null;
  repliedOn: string | null;
  appealStatus: AppealStatus | null;
  appealedOn: string | null;
  appealDeadline: string | null;
  appealGrounds: string | null;
  appealDecidedBy: Person | null;
  appealDecidedOn: string | null;
  appealNote: string | null;
  regradeRequestedOn: string | null;
  regradeReason: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The same rules the server grades with, so the form's preview agrees with the result. */
export interface GradingSetup {
  thresholds: GradingThresholds;
  cap: GradingCap;
  appealDays: number;
  checklists: GradingChecklist[];
}

export interface GradingFilters {
  grade?: Grade;
  status?: GradingStatus;
  appealPending?: boolean;
  regradeRequested?: boolean;
}
export type ListGradingsParams = GradingFilters & { page: number; pageSize: number };

export interface CreateGradingBody {
  unitId: string;
  inspectedOn: string;
  graderIds: string[];
  scoreSheet: ScoreSheet;
}

export type GradingStep =
  | { action: 'publish' }
  | { action: 'reply'; body: { reply: string } }
  | { action: 'appeal'; body: { grounds: string } }
  | { action: 'decide-appeal'; body: { decision: 'upheld' | 'dismissed'; note: string; scoreSheet?: ScoreSheet } }
  | { action: 'request-regrade'; body: { reason: string } };

export interface PublicUnit {
  id: string;
  name: string;
  creditCode: string | null;
  category: string;
  categoryLabel: string;
  address: string;
  divisionName: string;
  grade: Grade | null;
  noticeDate: string | null;
  reply: string | null;
  appealStatus: AppealStatus | null;
  licenceStatus: 'valid' | 'expired' | 'not_required' | 'not_recorded';
  latestInspection: { date: string; kind: 'grading' | 'inspection' | 'random'; result: string } | null;
}

export interface PublicUnitQuery {
  q?: string;
  divisionCode?: string;
  page: number;
}

export const gradingsQueryKey = (params: ListGradingsParams) => ['grading', 'list', params] as const;
export const gradingQueryKey = (id: string) => ['grading', 'detail', id] as const;
export const gradingSetupQueryKey = ['grading', 'setup'] as const;
export const publicUnitsQueryKey = (query: PublicUnitQuery) => ['public', 'units', query] as const;
export const unitAreasQueryKey = (parentCode?: string) => ['public', 'unit-areas', parentCode ?? ''] as const;

export const listGradings = (params: ListGradingsParams) => api.get<Page<Grading>>('/api/gradings', { ...params });
export const getGrading = (id: string) => api.get<Grading>(`/api/gradings/${encodeURIComponent(id)}`);
export const getGradingSetup = () => api.get<GradingSetup>('/api/gradings/setup');
export const createGrading = (body: CreateGradingBody) => api.post<Grading>('/api/gradings', body);

export function takeGradingStep(id: string, step: GradingStep): Promise<Grading> {
  return api.post<Grading>(`/api/gradings/${encodeURIComponent(id)}/${step.action}`, 'body' in step ? step.body : undefined);
}

export const discardGrading = (id: string) => api.postNoContent(`/api/gradings/${encodeURIComponent(id)}/discard`);

export const searchPublicUnits = (query: PublicUnitQuery) =>
  api.get<{ items: PublicUnit[]; total: number; page: number; pageSize: number }>('/api/public/units', { ...query });

export async function listUnitAreas(parentCode?: string): Promise<{ code: string; name: string }[]> {
  return (await api.get<{ items: { code: string; name: string }[] }>('/api/public/unit-areas', { parentCode })).items;
}
