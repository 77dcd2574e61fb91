import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/core/periods.js';
import {
  addWorkCounts, certifiedRate, figureChange, figuresOf, isActiveDuring, isCertificateValid, latestOverdueMonth, monthlyTrend,
  rankByValue, stationCoverageRate, sumWorkCounts, workCounts, ZERO_WORK_COUNTS,
} from '../../src/core/statistics.js';
import { ZERO_SUBMISSION_COUNTS } from '../../src/core/submissions.js';

const registers = (expected: number, submitted: number, onTime: number) => ({
  ...ZERO_SUBMISSION_COUNTS, expected, submitted, accepted: 0, onTime, late: submitted - onTime, missing: expected - submitted,
});

describe('stationCoverageRate', () => {
  it('is stations that recorded work over stations expected', () => {
    // DESIGN §2: 1273 of 1318 township centres had started assistance work.
    expect(stationCoverageRate({ stationsWorking: 1273, stationsExpected: 1318 })).toEqual({ numerator: 1273, denominator: 1318, unit: '%', value: (1273 * 100) / 1318 });
    expect(stationCoverageRate({ stationsWorking: 0, stationsExpected: 0 }).value).toBeNull();
  });
});

describe('certifiedRate and isCertificateValid', () => {
  it('counts a certificate as valid through its expiry date, inclusive', () => {
    expect(isCertificateValid('2026-03-31', '2026-03-31')).toBe(true);
    expect(isCertificateValid('2026-03-30', '2026-03-31')).toBe(false);
    expect(isCertificateValid('2027-01-01', '2026-12-31')).toBe(true);
    expect(isCertificateValid(null, '2026-03-31')).toBe(false);
  });

  it('is certified assistants over assistants', () => {
    expect(certifiedRate({ assistantsCertified: 3, assistants: 4 })).toEqual({ numerator: 3, denominator: 4, unit: '%', value: 75 });
  });
});

describe('isActiveDuring', () => {
  const q1 = parsePeriod('2026Q1');
  it('owes patrols from the quarter it was filed in, until the quarter it closed before', () => {
    expect(isActiveDuring({ filedOn: '2026-03-31', closedOn: null }, q1)).toBe(true);
    expect(isActiveDuring({ filedOn: '2026-04-01', closedOn: null }, q1)).toBe(false);
    expect(isActiveDuring({ filedOn: '2025-06-01', closedOn: '2026-01-01' }, q1)).toBe(false);
    expect(isActiveDuring({ filedOn: '2025-06-01', closedOn: '2026-01-02' }, q1)).toBe(true);
    expect(isActiveDuring({ filedOn: '2025-12-31', closedOn: null }, parsePeriod('2025'))).toBe(true);
    expect(isActiveDuring({ filedOn: '2026-01-01', closedOn: null }, parsePeriod('2025'))).toBe(false);
  });
});

describe('addWorkCounts', () => {
  it('adds every count, the categories by key and the register counts', () => {
    const a = workCounts({ patrols: 5, patrolsWithProblems: 1, patrolsByCategory: { food: 3, public_place: 2 }, registers: registers(3, 2, 1), assistants: 2 });
    const b = workCounts({ patrols: 4, unitsKnown: 7, patrolsByCategory: { food: 1, school: 3 }, registers: registers(3, 3, 3), assistants: 3 });
    const sum = addWorkCounts(a, b);
    expect(sum).toEqual({
      ...ZERO_WORK_COUNTS, patrols: 9, patrolsWithProblems: 1, unitsKnown: 7, assistants: 5,
      patrolsByCategory: { food: 4, public_place: 2, school: 3 },
      registers: { ...ZERO_SUBMISSION_COUNTS, expected: 6, submitted: 5, onTime: 4, late: 1, missing: 1 },
    });
    expect(a.patrolsByCategory).toEqual({ food: 3, public_place: 2 });
    expect(sumWorkCounts([a, b, ZERO_WORK_COUNTS])).toEqual(sum);
    expect(sumWorkCounts([])).toEqual(ZERO_WORK_COUNTS);
  });
});

describe('figuresOf', () => {
  it('builds every indicator with numerator, denominator and unit, or a count with its unit', () => {
    const figures = figuresOf(workCounts({
      unitsKnown: 40, unitsWithCompleteFile: 37, activeUnits: 38, unitsPatrolled: 30, patrols: 52, patrolsWithProblems: 6,
      rectificationsRequired: 5, rectificationsClosed: 4, reported: 9, reportedOnTime: 8, markedNotReported: 1,
      registers: registers(18, 17, 15), stationsExpected: 6, stationsWorking: 5, assistants: 18, assistantsCertified: 16,
    }));
    expect(figures).toEqual({
      filingRate: { kind: 'rate', numerator: 37, denominator: 40, unit: '%', value: 92.5 },
      patrolCoverage: { kind: 'rate', numerator: 30, denominator: 38, unit: '%', value: 3000 / 38 },
      patrols: { kind: 'count', value: 52, unit: '户次' },
      unitsPatrolled: { kind: 'count', value: 30, unit: '户' },
      problemsFound: { kind: 'count', value: 6, unit: '户次' },
      rectificationCompletion: { kind: 'rate', numerator: 4, denominator: 5, unit: '%', value: 80 },
      reports: { kind: 'count', value: 9, unit: '件' },
      reportingRate: { kind: 'rate', numerator: 9, denominator: 10, unit: '%', value: 90 },
      timelyReporting: { kind: 'rate', numerator: 8, denominator: 9, unit: '%', value: 800 / 9 },
      onTimeSubmission: { kind: 'rate', numerator: 15, denominator: 18, unit: '%', value: 1500 / 18 },
      submissionCompleteness: { kind: 'rate', numerator: 17, denominator: 18, unit: '%', value: 1700 / 18 },
      stationCoverage: { kind: 'rate', numerator: 5, denominator: 6, unit: '%', value: 500 / 6 },
      assistants: { kind: 'count', value: 18, unit: '人' },
      certifiedRate: { kind: 'rate', numerator: 16, denominator: 18, unit: '%', value: 1600 / 18 },
    });
  });

  it('has no rate value where nothing was expected', () => {
    const figures = figuresOf(ZERO_WORK_COUNTS);
    expect(figures.patrolCoverage).toEqual({ kind: 'rate', numerator: 0, denominator: 0, unit: '%', value: null });
    expect(figures.patrols).toEqual({ kind: 'count', value: 0, unit: '户次' });
  });
});

describe('figureChange', () => {
  it('is percentage points for rates and a difference for counts; null without both sides', () => {
    const now = figuresOf(workCounts({ activeUnits: 4, unitsPatrolled: 3, patrols: 10 }));
    const before = figuresOf(workCounts({ activeUnits: 5, unitsPatrolled: 2, patrols: 12 }));
    expect(figureChange(now.patrolCoverage, before.patrolCoverage)).toBe(35);
    expect(figureChange(now.patrols, before.patrols)).toBe(-2);
    expect(figureChange(now.patrols, null)).toBeNull();
    expect(figureChange(now.patrolCoverage, figuresOf(ZERO_WORK_COUNTS).patrolCoverage)).toBeNull();
  });
});

describe('rankByValue', () => {
  it('ranks highest first with shared places, and puts the unmeasured last', () => {
    const ranked = rankByValue([
      { code: 'a', value: 80 }, { code: 'b', value: null }, { code: 'c', value: 95 }, { code: 'd', value: 80 }, { code: 'e', value: 10 },
    ]);
    expect(ranked.map((r) => [r.code, r.rank])).toEqual([['c', 1], ['a', 2], ['d', 2], ['e', 4], ['b', 5]]);
    expect(rankByValue([{ value: null }, { value: null }]).map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe('latestOverdueMonth', () => {
  it('is the last month whose due date (the 19th of the next month, inclusive) has passed', () => {
    expect(latestOverdueMonth('2026-04-19', 19).key).toBe('2026-02');
    expect(latestOverdueMonth('2026-04-20', 19).key).toBe('2026-03');
    expect(latestOverdueMonth('2026-04-01', 19).key).toBe('2026-02');
  });

  it('crosses the year boundary', () => {
    expect(latestOverdueMonth('2026-01-19', 19).key).toBe('2025-11');
    expect(latestOverdueMonth('2026-01-20', 19).key).toBe('2025-12');
    // February 2026 has 28 days: due 19 March.
    expect(latestOverdueMonth('2026-03-20', 19).key).toBe('2026-02');
  });
});

describe('monthlyTrend', () => {
  it('lists the months of a quarter beside the same months a year earlier, with zeros', () => {
    const patrols = new Map([['2026-01', 5], ['2026-03', 7], ['2025-01', 4], ['2025-12', 99]]);
    const reports = new Map([['2026-02', 2], ['2025-03', 1]]);
    expect(monthlyTrend(parsePeriod('2026Q1'), patrols, reports, '2026-11-23')).toEqual([
      { month: '2026-01', lastYearMonth: '2025-01', patrols: 5, reports: 0, lastYearPatrols: 4, lastYearReports: 0 },
      { month: '2026-02', lastYearMonth: '2025-02', patrols: 0, reports: 2, lastYearPatrols: 0, lastYearReports: 0 },
      { month: '2026-03', lastYearMonth: '2025-03', patrols: 7, reports: 0, lastYearPatrols: 0, lastYearReports: 1 },
    ]);
  });

  it('has twelve months for a year and the touched months for a custom range', () => {
    expect(monthlyTrend(parsePeriod('2026'), new Map(), new Map(), '2026-11-23').map((p) => p.month)).toHaveLength(12);
    expect(monthlyTrend(parsePeriod('2025-12-20..2026-01-10'), new Map(), new Map(), '2026-11-23').map((p) => [p.month, p.lastYearMonth]))
      .toEqual([['2025-12', '2024-12'], ['2026-01', '2025-01']]);
  });

  it('leaves the months that have not begun empty, not zero', () => {
    const sut = monthlyTrend(parsePeriod('2026Q4'), new Map([['2026-10', 3], ['2025-12', 8]]), new Map(), '2026-11-30');
    expect(sut.map((p) => [p.month, p.patrols, p.reports, p.lastYearPatrols])).toEqual([
      ['2026-10', 3, 0, 0], ['2026-11', 0, 0, 0], ['2026-12', null, null, 8],
    ]);
  });
});
