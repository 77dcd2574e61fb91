import type { DivisionLevel } from '../../core/divisions.js';
import type { PeriodType } from '../../core/periods.js';
import type { Figure, IndicatorKey, TrendPoint } from '../../core/statistics.js';
import type { Rate } from '../../core/indicators.js';
import type { SubmissionCounts } from '../../core/submissions.js';
import { api } from '../api/client';
import { downloadFile } from '../units/files';

export interface AreaNode {
  code: string;
  name: string;
  level: DivisionLevel;
}

export interface PeriodInfo {
  type: PeriodType;
  key: string;
  start: string;
  end: string;
  label: string;
}

export interface Compared {
  current: Figure;
  previous: Figure;
  lastYear: Figure;
}

export interface IndicatorRow extends Compared {
  key: IndicatorKey;
  label: string;
  unit: string;
}

export interface CategoryRow extends Compared {
  category: string;
  label: string;
}

export interface ChildRow extends AreaNode {
  figures: Record<IndicatorKey, Figure>;
}

export interface RankedItem {
  code: string;
  name: string;
  rank: number;
  previousRank: number | null;
  figure: Figure;
}

export interface Ranking {
  key: IndicatorKey;
  label: string;
  unit: string;
  rank: number;
  previousRank: number | null;
  total: number;
  items: RankedItem[];
}

export interface Dashboard {
  area: AreaNode;
  breadcrumb: AreaNode[];
  period: PeriodInfo;
  previousPeriod: PeriodInfo;
  lastYearPeriod: PeriodInfo;
  registerMonths: string[];
  indicators: IndicatorRow[];
  categories: CategoryRow[];
  children: ChildRow[];
  siblings: { parent: AreaNode; rankings: Ranking[] } | null;
  trend: TrendPoint[];
  overdue: {
    rectifications: { total: number; items: { id: string; unitId: string; unitName: string; orgName: string; requiredOn: string; deadline: string; daysOverdue: number }[] };
    registers: { month: string; dueDate: string; total: number; items: { orgId: string; orgName: string; status: string | null }[] };
    reports: { total: number; items: { id: string; orgName: string; category: string; categoryLabel: string; content: string; reportedAt: string; hoursWaiting: number }[] };
  };
  generatedAt: string;
}

/** Both optional: the server defaults to the user's own area and the current quarter. */
export interface DashboardParams {
  area?: string | undefined;
  period?: string | undefined;
}

export const dashboardQueryKey = (params: DashboardParams) => ['statistics', 'dashboard', params] as const;

export function getDashboard(params: DashboardParams): Promise<Dashboard> {
  return api.get<Dashboard>('/api/statistics/dashboard', { ...params });
}

export function downloadDashboard(params: DashboardParams, fallbackName: string): Promise<void> {
  return downloadFile('/api/statistics/dashboard.xlsx', { ...params }, fallbackName);
}

export interface DataSetFigureRow {
  id: string;
  code: string;
  name: string;
  group: string;
  unit: string;
  aggregation: 'sum' | 'mean';
  targetLabel: string;
  current: number | null;
  previous: number | null;
  lastYear: number | null;
  change: number | null;
  yearChange: number | null;
  reports: number;
  met: number | null;
}

export interface SubmissionRates {
  counts: SubmissionCounts;
  completeness: Rate;
  onTimeRate: Rate;
}

export interface DataSetFigures {
  dataSet: { id: string; name: string; periodType: 'month' | 'quarter' };
  submissionPeriods: string[];
  submissions: SubmissionRates;
  area: AreaNode;
  period: PeriodInfo;
  previousPeriod: PeriodInfo;
  lastYearPeriod: PeriodInfo;
  fields: DataSetFigureRow[];
  children: (AreaNode & { submissions: SubmissionRates; values: Record<string, number | null> })[];
}

export const dataSetFiguresQueryKey = (id: string, params: DashboardParams) => ['statistics', 'data-set', id, params] as const;

export function getDataSetFigures(id: string, params: DashboardParams): Promise<DataSetFigures> {
  return api.get<DataSetFigures>(`/api/statistics/data-sets/${id}`, { ...params });
}

export function downloadDataSetFigures(id: string, params: DashboardParams, fallbackName: string): Promise<void> {
  return downloadFile(`/api/statistics/data-sets/${id}/export.xlsx`, { ...params }, fallbackName);
}
