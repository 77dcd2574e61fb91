import type { Rate } from '../../core/indicators.js';
import { api, type Page } from '../api/client';
import { submitOrQueue, type SubmitResult } from '../offline/queue';
import { downloadFile, uploadFile } from '../units/files';

export const PATROL_OUTCOMES = ['no_problem', 'advised', 'rectification', 'referred'] as const;
export type PatrolOutcome = (typeof PATROL_OUTCOMES)[number];
export const CHECK_RESULTS = ['ok', 'problem', 'na'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export interface ChecklistAnswer {
  code: string;
  result: CheckResult;
  note?: string;
}

export interface PatrolPhoto {
  id: string;
  contentType: string;
  size: number;
}

export interface Patrol {
  id: string;
  unitId: string;
  unitName: string;
  unitCategory: string;
  orgId: string;
  orgName: string;
  patrolledOn: string;
  locationContent: string;
  problems: string;
  remark: string | null;
  patrollerId: string;
  patrollerName: string;
  coPatrollers: string | null;
  checklist: ChecklistAnswer[];
  outcome: PatrolOutcome;
  rectificationId: string | null;
  latitude: number | null;
  longitude: number | null;
  capturedAt: string | null;
  receivedAt: string;
  /** Captured on the device on one day, received by the server on a later one. */
  syncedLate: boolean;
  photos: PatrolPhoto[];
}

export interface CreatePatrolBody {
  clientId?: string;
  unitId: string;
  patrolledOn: string;
  locationContent: string;
  problems?: string;
  remark?: string;
  coPatrollers?: string;
  checklist: ChecklistAnswer[];
  outcome: PatrolOutcome;
  rectificationDeadline?: string;
  rectificationId?: string;
  latitude?: number;
  longitude?: number;
  capturedAt?: string;
}

export interface PatrolFilters {
  unitId?: string;
  from?: string;
  to?: string;
  outcome?: PatrolOutcome;
}

export type ListPatrolsParams = PatrolFilters & { page: number; pageSize: number };

export interface UploadedPhoto {
  id: string;
  sha256: string;
  contentType: string;
  size: number;
}

export interface CoverageRow {
  orgId: string;
  orgName: string;
  activeUnits: number;
  unitsPatrolled: number;
  rate: Rate;
}

export interface Coverage {
  period: { year: number; quarter: number; start: string; end: string };
  items: CoverageRow[];
}

export interface QuarterParams {
  year: number;
  quarter: number;
}

export interface UnpatrolledUnit {
  id: string;
  name: string;
  category: string;
  subCategory: string;
  address: string;
  orgName: string;
  lastPatrolledOn: string | null;
}

export type ListUnpatrolledParams = QuarterParams & { orgId?: string; page: number; pageSize: number };

export interface RegisterParams {
  orgId: string;
  /** YYYY-MM */
  month: string;
}

export const patrolsQueryKey = (params: ListPatrolsParams) => ['patrols', 'list', params] as const;
export const patrolQueryKey = (id: string) => ['patrols', 'detail', id] as const;
export const coverageQueryKey = (params: QuarterParams) => ['patrols', 'coverage', params] as const;
export const unpatrolledQueryKey = (params: ListUnpatrolledParams) => ['patrols', 'unpatrolled', params] as const;

export function listPatrols(params: ListPatrolsParams): Promise<Page<Patrol>> {
  return api.get<Page<Patrol>>('/api/patrols', { ...params });
}

export function getPatrol(id: string): Promise<Patrol> {
  return api.get<Patrol>(`/api/patrols/${encodeURIComponent(id)}`);
}

/** Field capture: POSTs now, or keeps the patrol in the offline outbox when there is no network. */
export function createPatrolOrQueue(body: CreatePatrolBody & { clientId: string }): Promise<SubmitResult<Patrol>> {
  return submitOrQueue<Patrol>('patrol', '/api/patrols', body);
}

export function uploadPatrolPhoto(patrolId: string, photo: Blob, fileName: string): Promise<UploadedPhoto> {
  return uploadFile<UploadedPhoto>(`/api/patrols/${encodeURIComponent(patrolId)}/photos`, photo, fileName);
}

export function patrolPhotoUrl(patrolId: string, photoId: string): string {
  return `/api/patrols/${encodeURIComponent(patrolId)}/photos/${encodeURIComponent(photoId)}`;
}

export function getCoverage(params: QuarterParams): Promise<Coverage> {
  return api.get<Coverage>('/api/patrols/coverage', { ...params });
}

export function listUnpatrolled(params: ListUnpatrolledParams): Promise<Page<UnpatrolledUnit>> {
  return api.get<Page<UnpatrolledUnit>>('/api/patrols/unpatrolled', { ...params });
}

export function downloadPatrolRegister(params: RegisterParams, fallbackName: string): Promise<void> {
  return downloadFile('/api/registers/patrols', { ...params }, fallbackName);
}
