import { describe, expect, it } from 'vitest';
import {
  daysBetween, halfPeriod, isPeriodKey, isSubmittedOnTime, lastEndedPeriod, monthPeriod, monthsOf, parsePeriod, periodsOf,
  periodContaining, periodsOverlap, previousPeriod, quarterPeriod, rangePeriod, samePeriodLastYear,
  submissionDueDate, yearPeriod,
} from '../../src/core/periods.js';

describe('parsePeriod', () => {
  it.each([
    ['2026-03', 'month', '2026-03-01', '2026-03-31', '2026年3月'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29', '2024年2月'],
    ['2026-02', 'month', '2026-02-01', '2026-02-28', '2026年2月'],
    ['2026Q1', 'quarter', '2026-01-01', '2026-03-31', '2026年第一季度'],
    ['2026Q4', 'quarter', '2026-10-01', '2026-12-31', '2026年第四季度'],
    ['2026H1', 'half', '2026-01-01', '2026-06-30', '2026年上半年'],
    ['2026H2', 'half', '2026-07-01', '2026-12-31', '2026年下半年'],
    ['2026', 'year', '2026-01-01', '2026-12-31', '2026年'],
    ['2026-03-05..2026-04-10', 'range', '2026-03-05', '2026-04-10', '2026-03-05至2026-04-10'],
  ])('%s is a %s from %s to %s', (key, type, start, end, label) => {
    const sut = parsePeriod(key);
    expect(sut).toEqual({ type, key, start, end, label });
  });

  it.each(['2026-13', '2026-00', '2026Q5', '2026H3', '26', '2026-3', '2026-04-10..2026-03-05', '2026-02-30..2026-03-01', '', 'abc'])(
    'refuses %j with a message',
    (key) => {
      expect(() => parsePeriod(key)).toThrow(RangeError);
      expect(isPeriodKey(key)).toBe(false);
    },
  );

  it('refuses a custom range longer than 800 days', () => {
    expect(() => rangePeriod('2024-01-01', '2026-12-31')).toThrow(/最长 800 天/);
    expect(rangePeriod('2025-01-01', '2026-12-31').end).toBe('2026-12-31');
  });
});

describe('periodContaining', () => {
  it('puts the last and first day of a quarter in different quarters', () => {
    expect(periodContaining('quarter', '2026-03-31').key).toBe('2026Q1');
    expect(periodContaining('quarter', '2026-04-01').key).toBe('2026Q2');
    expect(periodContaining('half', '2026-06-30').key).toBe('2026H1');
    expect(periodContaining('half', '2026-07-01').key).toBe('2026H2');
    expect(periodContaining('year', '2026-12-31').key).toBe('2026');
    expect(periodContaining('month', '2026-12-31').key).toBe('2026-12');
  });
});

describe('previousPeriod and samePeriodLastYear', () => {
  it('steps back across year ends', () => {
    expect(previousPeriod(monthPeriod(2026, 1)).key).toBe('2025-12');
    expect(previousPeriod(quarterPeriod(2026, 1)).key).toBe('2025Q4');
    expect(previousPeriod(halfPeriod(2026, 1)).key).toBe('2025H2');
    expect(previousPeriod(yearPeriod(2026)).key).toBe('2025');
  });

  it('gives a custom range the same number of days just before it', () => {
    // 5 March to 10 April is 37 days; the 37 days before end on 4 March.
    expect(previousPeriod(rangePeriod('2026-03-05', '2026-04-10')).key).toBe('2026-01-27..2026-03-04');
  });

  it('shifts by one year, 29 February to 28 February', () => {
    expect(samePeriodLastYear(quarterPeriod(2026, 3)).key).toBe('2025Q3');
    expect(samePeriodLastYear(monthPeriod(2025, 2)).key).toBe('2024-02');
    expect(samePeriodLastYear(rangePeriod('2024-02-29', '2024-03-31')).key).toBe('2023-02-28..2023-03-31');
  });
});

describe('monthsOf', () => {
  it('lists the months a period touches', () => {
    expect(monthsOf(quarterPeriod(2026, 4)).map((m) => m.key)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsOf(rangePeriod('2026-01-20', '2026-03-02')).map((m) => m.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsOf(yearPeriod(2026))).toHaveLength(12);
  });
});

describe('periodsOf', () => {
  it('lists the quarters a period touches', () => {
    expect(periodsOf('quarter', yearPeriod(2026)).map((q) => q.key)).toEqual(['2026Q1', '2026Q2', '2026Q3', '2026Q4']);
    expect(periodsOf('quarter', halfPeriod(2026, 2)).map((q) => q.key)).toEqual(['2026Q3', '2026Q4']);
    expect(periodsOf('quarter', monthPeriod(2026, 5)).map((q) => q.key)).toEqual(['2026Q2']);
    expect(periodsOf('quarter', rangePeriod('2025-12-31', '2026-01-01')).map((q) => q.key)).toEqual(['2025Q4', '2026Q1']);
  });
});

describe('periodsOverlap', () => {
  it('counts a shared single day', () => {
    expect(periodsOverlap(monthPeriod(2026, 3), rangePeriod('2026-03-31', '2026-04-02'))).toBe(true);
    expect(periodsOverlap(monthPeriod(2026, 3), monthPeriod(2026, 4))).toBe(false);
  });
});

describe('submissionDueDate', () => {
  it('puts every month\'s registers on the 19th of the next month', () => {
    expect(submissionDueDate(monthPeriod(2026, 3), 19)).toBe('2026-04-19');
    expect(submissionDueDate(monthPeriod(2026, 2), 19)).toBe('2026-03-19');
    expect(submissionDueDate(monthPeriod(2024, 2), 19)).toBe('2024-03-19');
    expect(submissionDueDate(monthPeriod(2026, 12), 19)).toBe('2027-01-19');
    expect(submissionDueDate(quarterPeriod(2026, 2), 19)).toBe('2026-07-19');
  });

  it('refuses impossible day counts', () => {
    expect(() => submissionDueDate(monthPeriod(2026, 3), -1)).toThrow(RangeError);
    expect(() => submissionDueDate(monthPeriod(2026, 3), 1.5)).toThrow(RangeError);
  });
});

describe('isSubmittedOnTime', () => {
  const due = submissionDueDate(monthPeriod(2026, 3), 19);

  it('takes the whole due day in Asia/Shanghai', () => {
    expect(isSubmittedOnTime(new Date('2026-04-19T23:59:00+08:00'), due)).toBe(true);
    expect(isSubmittedOnTime(new Date('2026-04-19T23:59:59.999+08:00'), due)).toBe(true);
    expect(isSubmittedOnTime(new Date('2026-04-20T00:00:00+08:00'), due)).toBe(false);
    expect(isSubmittedOnTime(new Date('2026-04-20T00:01:00+08:00'), due)).toBe(false);
  });

  it('reads the instant in Shanghai, not UTC', () => {
    // 16:30 UTC on the 19th is already 00:30 on the 20th in Shanghai.
    expect(isSubmittedOnTime(new Date('2026-04-19T16:30:00Z'), due)).toBe(false);
    // 15:59 UTC on the 19th is 23:59 on the 19th in Shanghai.
    expect(isSubmittedOnTime(new Date('2026-04-19T15:59:00Z'), due)).toBe(true);
  });
});

describe('lastEndedPeriod', () => {
  it('is last month and last quarter, across the year end', () => {
    expect(lastEndedPeriod('month', '2026-04-05').key).toBe('2026-03');
    expect(lastEndedPeriod('quarter', '2026-04-05').key).toBe('2026Q1');
    expect(lastEndedPeriod('month', '2026-01-01').key).toBe('2025-12');
    expect(lastEndedPeriod('quarter', '2026-03-31').key).toBe('2025Q4');
  });
});

describe('daysBetween', () => {
  it('counts calendar days', () => {
    expect(daysBetween('2026-04-19', '2026-04-22')).toBe(3);
    expect(daysBetween('2026-04-22', '2026-04-19')).toBe(-3);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});
