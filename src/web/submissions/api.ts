import type { Rate } from '../../core/indicators.js';
import type { SubmissionCounts, SubmissionStatus } from '../../core/submissions.js';
import { api } from '../api/client';
import { downloadFile } from '../units/files';
import type { DataSet, DataSetField } from '../dataSets/api';

export type SubmissionAction = 'save' | 'submit' | 'accept' | 'return' | 'reopen';
export type ReviewAction = 'accept' | 'return' | 'reopen';
export type GridFilter = 'missing' | 'submitted' | 'accepted' | 'returned' | 'late';

export interface PeriodInfo {
  key: string;
  label: string;
  start: string;
  end: string;
}

export interface CountsWithRates {
  counts: SubmissionCounts;
  completeness: Rate;
  onTimeRate: Rate;
}

export interface MinePeriod {
  period: PeriodInfo;
  dueDate: string;
  daysLeft: number;
  status: SubmissionStatus | null;
  submittedAt: string | null;
  onTime: boolean | null;
  reviewComment: string | null;
}

export interface MySubmissions {
  orgId: string;
  orgName: string;
  today: string;
  items: { dataSet: DataSet; periods: MinePeriod[] }[];
}

export interface GridItem {
  orgId: string;
  orgName: string;
  path: string;
  status: SubmissionStatus | null;
  submittedAt: string | null;
  onTime: boolean | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  actions: SubmissionAction[];
}

export interface SubmissionGrid extends CountsWithRates {
  dataSet: DataSet;
  period: PeriodInfo;
  dueDate: string;
  items: GridItem[];
  total: number;
}

export interface SummaryNode extends CountsWithRates {
  code: string;
  name: string;
  level: string;
  path: string;
}

export interface SubmissionSummary {
  dataSet: DataSet;
  period: PeriodInfo;
  dueDate: string;
  node: SummaryNode;
  children: SummaryNode[];
}

export interface Figures {
  patrols: number;
  unitsPatrolled: number;
  patrolsWithProblems: number;
  reports: number;
  reportsOnTime: number;
  activeUnits?: number;
  coverage?: Rate;
}

export interface FieldValue extends DataSetField {
  value: number | null;
  previousValue: number | null;
  change: number | null;
  targetResult: 'met' | 'below' | 'above' | 'none' | null;
}

export interface SubmissionDetail {
  dataSet: DataSet;
  org: { id: string; name: string; path: string };
  period: PeriodInfo;
  previousPeriod: PeriodInfo;
  dueDate: string;
  periodEnded: boolean;
  submissionId: string | null;
  status: SubmissionStatus | null;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  onTime: boolean | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  narrative: string | null;
  snapshot: unknown;
  updatedAt: string | null;
  actions: SubmissionAction[];
  fields: FieldValue[];
  figures: Figures | null;
  downloads: { patrols: string; reports: string } | null;
  history: { at: string; action: string; actorUsername: string; summary: string }[];
}

export interface SubmissionKey {
  dataSetId: string;
  orgId: string;
  period: string;
}

export interface SaveBody {
  values?: Record<string, number | null>;
  narrative?: string | null;
}

export interface GridParams {
  dataSetId: string;
  period: string;
  area?: string;
  state?: GridFilter;
  page: number;
  pageSize: number;
}

export const mySubmissionsQueryKey = ['submissions', 'mine'] as const;
export const gridQueryKey = (params: GridParams) => ['submissions', 'grid', params] as const;
export const summaryQueryKey = (params: { dataSetId: string; period: string; area?: string }) => ['submissions', 'summary', params] as const;
export const submissionQueryKey = (key: SubmissionKey) => ['submissions', 'detail', key] as const;

const path = (key: SubmissionKey) => `/api/submissions/${encodeURIComponent(key.dataSetId)}/${encodeURIComponent(key.orgId)}/${encodeURIComponent(key.period)}`;

export function getMySubmissions(): Promise<MySubmissions> {
  return api.get<MySubmissions>('/api/submissions/mine');
}

export function getGrid(params: GridParams): Promise<SubmissionGrid> {
  return api.get<SubmissionGrid>('/api/submissions', { ...params });
}

export function getSummary(params: { dataSetId: string; period: string; area?: string }): Promise<SubmissionSummary> {
  return api.get<SubmissionSummary>('/api/submissions/summary', { ...params });
}

export function getSubmission(key: SubmissionKey): Promise<SubmissionDetail> {
  return api.get<SubmissionDetail>(path(key));
}

export function saveSubmission(key: SubmissionKey, body: SaveBody): Promise<SubmissionDetail> {
  return api.put<SubmissionDetail>(path(key), body);
}

export function submitSubmission(key: SubmissionKey, body: SaveBody): Promise<SubmissionDetail> {
  return api.post<SubmissionDetail>(`${path(key)}/submit`, body);
}

/** Accept (comment optional), return or reopen (comment required). */
export function reviewSubmission(key: SubmissionKey, action: ReviewAction, comment?: string): Promise<SubmissionDetail> {
  return api.post<SubmissionDetail>(`${path(key)}/${action}`, comment ? { comment } : {});
}

export function submissionLink(key: SubmissionKey): string {
  return `/submissions/${key.dataSetId}/${key.orgId}/${key.period}`;
}

/** 报送情况 as XLSX: the summary up the tree and every expected org. */
export function downloadSummary(params: { dataSetId: string; period: string; area?: string | undefined }, fallbackName: string): Promise<void> {
  return downloadFile('/api/submissions/summary.xlsx', { ...params }, fallbackName);
}
