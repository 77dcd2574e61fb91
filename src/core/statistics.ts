/**
 * Dashboard indicators (DESIGN §9): the counts each station's records give for a period, how they add
 * up the org tree, and the figures built from them. Every figure keeps its numerator, denominator and
 * unit (a rate) or its unit (a count: 户次, 户, 人, 个, 件), so a reader can re-add any of them.
 */
import { isIsoDate } from './dates.js';
import {
  filingRate, informationReportingRate, patrolCoverageRate, rate, rectificationCompletionRate, timelyReportingRate,
  type Rate,
} from './indicators.js';
import { monthsOf, periodContaining, previousPeriod, submissionDueDate, type Period } from './periods.js';
import {
  addCounts, completenessRate, onTimeSubmissionRate, ZERO_SUBMISSION_COUNTS, type SubmissionCounts,
} from './submissions.js';

export type CountUnit = '户次' | '户' | '人' | '个' | '件';
export interface CountFigure { kind: 'count'; value: number; unit: CountUnit }
export type RateFigure = Rate & { kind: 'rate' };
export type Figure = CountFigure | RateFigure;

const count = (value: number, unit: CountUnit): CountFigure => ({ kind: 'count', value, unit });
const asFigure = (subject: Rate): RateFigure => ({ kind: 'rate', ...subject });

/** What one station's records (or a subtree's, summed) give for one period. */
export interface WorkCounts {
  /** Units existing at the period's end, and those whose file is complete (建档率). */
  unitsKnown: number;
  unitsWithCompleteFile: number;
  /** Units existing and not closed during the period, and those of them patrolled in it. */
  activeUnits: number;
  unitsPatrolled: number;
  /** Visits (户次) in the period, those whose outcome was not "no problem", and visits by unit category. */
  patrols: number;
  patrolsWithProblems: number;
  patrolsByCategory: Readonly<Record<string, number>>;
  /** Rectifications ordered in the period, and those of them closed since. */
  rectificationsRequired: number;
  rectificationsClosed: number;
  /** Information reports of things found in the period, on time, and events marked as not reported. */
  reported: number;
  reportedOnTime: number;
  markedNotReported: number;
  /** The monthly registers, summed over the period's months (expected = station-months). */
  registers: SubmissionCounts;
  /** Stations in existence during the period, and those that recorded a patrol or a report in it. */
  stationsExpected: number;
  stationsWorking: number;
  /** Assistants and station heads (enabled accounts), and those with a 协管员证 valid at the period's end. */
  assistants: number;
  assistantsCertified: number;
}

export const ZERO_WORK_COUNTS: WorkCounts = {
  unitsKnown: 0, unitsWithCompleteFile: 0, activeUnits: 0, unitsPatrolled: 0, patrols: 0, patrolsWithProblems: 0,
  patrolsByCategory: {}, rectificationsRequired: 0, rectificationsClosed: 0, reported: 0, reportedOnTime: 0,
  markedNotReported: 0, registers: ZERO_SUBMISSION_COUNTS, stationsExpected: 0, stationsWorking: 0, assistants: 0,
  assistantsCertified: 0,
};

type PlainCount = Exclude<keyof WorkCounts, 'patrolsByCategory' | 'registers'>;
const PLAIN_COUNTS = (Object.keys(ZERO_WORK_COUNTS) as (keyof WorkCounts)[])
  .filter((key): key is PlainCount => key !== 'patrolsByCategory' && key !== 'registers');

function addByKey(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const sum = { ...a };
  for (const [key, value] of Object.entries(b)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}

export function addWorkCounts(a: WorkCounts, b: WorkCounts): WorkCounts {
  const sum = { ...a, patrolsByCategory: addByKey(a.patrolsByCategory, b.patrolsByCategory), registers: addCounts(a.registers, b.registers) };
  for (const key of PLAIN_COUNTS) sum[key] = a[key] + b[key];
  return sum;
}

/** Counts from one source (one query's row) completed with zeros, ready to add. */
export function workCounts(partial: Partial<WorkCounts>): WorkCounts {
  return { ...ZERO_WORK_COUNTS, ...partial };
}

export function sumWorkCounts(list: readonly WorkCounts[]): WorkCounts {
  return list.reduce(addWorkCounts, ZERO_WORK_COUNTS);
}

/** 协管站覆盖率: stations that recorded work in the period / stations in existence during it. */
export function stationCoverageRate(input: { stationsWorking: number; stationsExpected: number }): Rate {
  return rate(input.stationsWorking, input.stationsExpected, '%');
}

/** 协管员持证率: assistants with a 协管员证 valid at the period's end / assistants then. */
export function certifiedRate(input: { assistantsCertified: number; assistants: number }): Rate {
  return rate(input.assistantsCertified, input.assistants, '%');
}

/** A certificate is valid through its expiry date, inclusive; one without an expiry date is not counted. */
export function isCertificateValid(expiresOn: string | null, on: string): boolean {
  return expiresOn !== null && isIsoDate(expiresOn) && expiresOn >= on;
}

/**
 * A unit owes patrols in a period when it was filed on or before the period's last day and was not
 * closed before the period began (closed_on is the first day it no longer operates).
 */
export function isActiveDuring(unit: { filedOn: string; closedOn: string | null }, period: { start: string; end: string }): boolean {
  return unit.filedOn <= period.end && (unit.closedOn === null || unit.closedOn > period.start);
}

export const INDICATOR_KEYS = [
  'filingRate', 'patrolCoverage', 'patrols', 'unitsPatrolled', 'problemsFound', 'rectificationCompletion',
  'reports', 'reportingRate', 'timelyReporting', 'onTimeSubmission', 'submissionCompleteness',
  'stationCoverage', 'assistants', 'certifiedRate',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export interface IndicatorDefinition {
  label: string;
  unit: '%' | CountUnit;
  /** Ranked among siblings: higher is better. Problems found and head counts are not ranked. */
  ranked: boolean;
}

/** Labels for the API and the workbook; the web app takes its own from the i18n catalogue by key. */
export const INDICATORS: Record<IndicatorKey, IndicatorDefinition> = {
  filingRate: { label: '建档率', unit: '%', ranked: true },
  patrolCoverage: { label: '巡查覆盖率', unit: '%', ranked: true },
  patrols: { label: '巡查户次', unit: '户次', ranked: true },
  unitsPatrolled: { label: '巡查户数', unit: '户', ranked: false },
  problemsFound: { label: '发现问题户次', unit: '户次', ranked: false },
  rectificationCompletion: { label: '整改完成率', unit: '%', ranked: true },
  reports: { label: '信息报告数', unit: '件', ranked: false },
  reportingRate: { label: '信息报告率', unit: '%', ranked: true },
  timelyReporting: { label: '及时报告率', unit: '%', ranked: true },
  onTimeSubmission: { label: '按时上报率', unit: '%', ranked: true },
  submissionCompleteness: { label: '报送完整率', unit: '%', ranked: true },
  stationCoverage: { label: '协管站覆盖率', unit: '%', ranked: true },
  assistants: { label: '协管员', unit: '人', ranked: false },
  certifiedRate: { label: '协管员持证率', unit: '%', ranked: true },
};

export const RANKED_INDICATORS = INDICATOR_KEYS.filter((key) => INDICATORS[key].ranked);

/** Every indicator of a node from its summed counts. */
export function figuresOf(c: WorkCounts): Record<IndicatorKey, Figure> {
  return {
    filingRate: asFigure(filingRate({ unitsWithCompleteFile: c.unitsWithCompleteFile, unitsKnown: c.unitsKnown })),
    patrolCoverage: asFigure(patrolCoverageRate({ unitsPatrolled: c.unitsPatrolled, activeUnits: c.activeUnits })),
    patrols: count(c.patrols, '户次'),
    unitsPatrolled: count(c.unitsPatrolled, '户'),
    problemsFound: count(c.patrolsWithProblems, '户次'),
    rectificationCompletion: asFigure(rectificationCompletionRate({ rectificationsClosed: c.rectificationsClosed, rectificationsRequired: c.rectificationsRequired })),
    reports: count(c.reported, '件'),
    reportingRate: asFigure(informationReportingRate({ reported: c.reported, markedNotReported: c.markedNotReported })),
    timelyReporting: asFigure(timelyReportingRate({ reportedOnTime: c.reportedOnTime, reported: c.reported })),
    onTimeSubmission: asFigure(onTimeSubmissionRate(c.registers)),
    submissionCompleteness: asFigure(completenessRate(c.registers)),
    stationCoverage: asFigure(stationCoverageRate(c)),
    assistants: count(c.assistants, '人'),
    certifiedRate: asFigure(certifiedRate(c)),
  };
}

/**
 * Change against an earlier figure: percentage points for a rate, the difference for a count; null
 * when either side has nothing to measure.
 */
export function figureChange(current: Figure, earlier: Figure | null): number | null {
  if (!earlier) return null;
  return current.value === null || earlier.value === null ? null : current.value - earlier.value;
}

/**
 * Standard competition ranking (1, 2, 2, 4), highest first. Items with nothing to measure share the
 * last place after every measured one, so a station with no units is never ranked first.
 */
export function rankByValue<T extends { value: number | null }>(items: readonly T[]): (T & { rank: number })[] {
  const sorted = [...items].sort((a, b) => (b.value ?? Number.NEGATIVE_INFINITY) - (a.value ?? Number.NEGATIVE_INFINITY));
  const measured = sorted.filter((item) => item.value !== null).length;
  let rank = 0;
  return sorted.map((item, index) => {
    if (item.value === null) rank = measured + 1;
    else if (index === 0 || sorted[index - 1]!.value !== item.value) rank = index + 1;
    return { ...item, rank };
  });
}

/**
 * The most recent month whose monthly submission is overdue on `today`: its due date (the period's
 * end plus `deadlineDays`, inclusive) has passed. On 19 April March's registers are still on time, so
 * the latest overdue month is February; on 20 April it is March.
 */
export function latestOverdueMonth(today: string, deadlineDays: number): Period {
  let month = previousPeriod(periodContaining('month', today));
  while (submissionDueDate(month, deadlineDays) >= today) month = previousPeriod(month);
  return month;
}

export interface TrendPoint {
  /** 'YYYY-MM' of the period's month. */
  month: string;
  /** The same month a year earlier. */
  lastYearMonth: string;
  /** Null for a month that has not begun (a zero there would read as a collapse). */
  patrols: number | null;
  reports: number | null;
  lastYearPatrols: number;
  lastYearReports: number;
}

/**
 * The months of a period beside the same months a year earlier, zeros where nothing happened and
 * null for months that start after `today`.
 */
export function monthlyTrend(
  period: Period, patrols: ReadonlyMap<string, number>, reports: ReadonlyMap<string, number>, today: string,
): TrendPoint[] {
  return monthsOf(period).map((m) => {
    const year = Number(m.key.slice(0, 4)) - 1;
    const lastYearMonth = `${year}${m.key.slice(4)}`;
    const begun = m.start <= today;
    return {
      month: m.key, lastYearMonth,
      patrols: begun ? patrols.get(m.key) ?? 0 : null, reports: begun ? reports.get(m.key) ?? 0 : null,
      lastYearPatrols: patrols.get(lastYearMonth) ?? 0, lastYearReports: reports.get(lastYearMonth) ?? 0,
    };
  });
}
