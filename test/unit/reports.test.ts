import { describe, expect, it } from 'vitest';
import {
  CLOCK_SKEW_ALLOWANCE_MS,
  DEFAULT_REPORT_DEADLINE_HOURS,
  REPORT_CATEGORIES,
  REPORT_CATEGORY_CODES,
  isReportCategoryCode,
  isReportedOnTime,
  isValidReportSubCategory,
  reportCategoryByCode,
  reportDeadline,
  reportDeadlineHours,
  reportTimesProblem,
} from '../../src/core/reports.js';

const at = (iso: string): Date => new Date(iso);

describe('REPORT_CATEGORIES', () => {
  it('keeps the official categories of the national standard and marks weijian’s two extensions', () => {
    expect(REPORT_CATEGORIES.map(({ code, zh, official }) => `${code} ${zh} ${official ? 'official' : 'extension'}`)).toEqual([
      'food_safety 食品安全 official',
      'drinking_water 饮用水卫生 official',
      'occupational 职业病危害 official',
      'school 学校卫生 official',
      'illegal_practice 非法行医（采供血） official',
      'family_planning 计划生育 official',
      'public_place 公共场所 extension',
      'public_health_emergency 其他公共卫生事件 extension',
    ]);
    expect(REPORT_CATEGORIES.map((category) => category.code)).toEqual([...REPORT_CATEGORY_CODES]);
  });

  it('labels every category in English too', () => {
    for (const category of REPORT_CATEGORIES) expect(category.en, category.code).toMatch(/^[A-Z][a-z ]+$/);
  });

  it('finds categories by code only', () => {
    expect(reportCategoryByCode('school')?.zh).toBe('学校卫生');
    expect(reportCategoryByCode('学校卫生')).toBeUndefined();
    expect(isReportCategoryCode('family_planning')).toBe(true);
    expect(isReportCategoryCode('illegal_blood')).toBe(false);
  });
});

describe('isValidReportSubCategory', () => {
  it('tells illegal medical practice from illegal blood collection, and nothing else has sub-categories', () => {
    expect(isValidReportSubCategory('illegal_practice', 'illegal_medical_practice')).toBe(true);
    expect(isValidReportSubCategory('illegal_practice', 'illegal_blood')).toBe(true);
    expect(reportCategoryByCode('illegal_practice')?.subCategories.map((sub) => sub.zh)).toEqual(['非法行医', '非法采供血']);
    expect(isValidReportSubCategory('illegal_practice', 'food_safety')).toBe(false);
    expect(isValidReportSubCategory('food_safety', 'illegal_blood')).toBe(false);
    expect(isValidReportSubCategory('nonsense', 'illegal_blood')).toBe(false);
  });
});

describe('reportDeadlineHours', () => {
  it('defaults to 2 hours for public-health emergencies and 24 for everything else', () => {
    expect(DEFAULT_REPORT_DEADLINE_HOURS).toEqual({
      food_safety: 24,
      drinking_water: 24,
      occupational: 24,
      school: 24,
      illegal_practice: 24,
      family_planning: 24,
      public_place: 24,
      public_health_emergency: 2,
    });
    expect(reportDeadlineHours('public_health_emergency')).toBe(2);
    expect(reportDeadlineHours('illegal_practice')).toBe(24);
  });

  it('lets configuration override one category and leaves the rest at their defaults', () => {
    const config = { food_safety: 12 };
    expect(reportDeadlineHours('food_safety', config)).toBe(12);
    expect(reportDeadlineHours('school', config)).toBe(24);
    expect(reportDeadlineHours('public_health_emergency', config)).toBe(2);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a configured deadline of %s hours', (hours) => {
    expect(() => reportDeadlineHours('school', { school: hours })).toThrow(RangeError);
  });
});

describe('reportDeadline', () => {
  it('is 24 hours after the finding for food safety', () => {
    expect(reportDeadline(at('2026-03-10T08:00:00+08:00'), 'food_safety')).toEqual(at('2026-03-11T08:00:00+08:00'));
  });

  it('is 2 hours after the finding for an emergency, across midnight and the year end', () => {
    // 23:30 + 2 h = 01:30 next day, Shanghai time = 17:30 UTC the same day.
    expect(reportDeadline(at('2026-03-10T23:30:00+08:00'), 'public_health_emergency')).toEqual(at('2026-03-10T17:30:00Z'));
    expect(reportDeadline(at('2026-12-31T22:00:00+08:00'), 'public_health_emergency')).toEqual(at('2027-01-01T00:00:00+08:00'));
  });

  it('uses configured hours, fractions included', () => {
    expect(reportDeadline(at('2026-03-10T08:00:00+08:00'), 'public_place', { public_place: 48 })).toEqual(at('2026-03-12T08:00:00+08:00'));
    expect(reportDeadline(at('2026-03-10T08:00:00+08:00'), 'public_health_emergency', { public_health_emergency: 0.5 })).toEqual(
      at('2026-03-10T08:30:00+08:00'),
    );
  });
});

describe('isReportedOnTime', () => {
  const foundAt = at('2026-03-10T08:00:00+08:00');

  it('counts a report exactly at the deadline as on time and one millisecond later as late', () => {
    expect(isReportedOnTime(foundAt, at('2026-03-11T08:00:00.000+08:00'), 'drinking_water')).toBe(true);
    expect(isReportedOnTime(foundAt, at('2026-03-11T08:00:00.001+08:00'), 'drinking_water')).toBe(false);
    expect(isReportedOnTime(foundAt, at('2026-03-10T10:00:00.000+08:00'), 'public_health_emergency')).toBe(true);
    expect(isReportedOnTime(foundAt, at('2026-03-10T10:00:00.001+08:00'), 'public_health_emergency')).toBe(false);
  });

  it('judges the same delay by the category: 3 hours is late for an emergency, on time for a school', () => {
    const reportedAt = at('2026-03-10T11:00:00+08:00');
    expect(isReportedOnTime(foundAt, reportedAt, 'public_health_emergency')).toBe(false);
    expect(isReportedOnTime(foundAt, reportedAt, 'school')).toBe(true);
    expect(isReportedOnTime(foundAt, reportedAt, 'school', { school: 2 })).toBe(false);
    expect(isReportedOnTime(foundAt, reportedAt, 'public_health_emergency', { public_health_emergency: 3 })).toBe(true);
  });

  it('counts a report made at the moment of finding as on time', () => {
    expect(isReportedOnTime(foundAt, foundAt, 'public_health_emergency')).toBe(true);
  });
});

describe('reportTimesProblem', () => {
  const now = at('2026-03-10T10:00:00+08:00');

  it('accepts a finding reported later, or at the same moment', () => {
    expect(reportTimesProblem(at('2026-03-10T09:00:00+08:00'), at('2026-03-10T09:30:00+08:00'), now)).toBeUndefined();
    expect(reportTimesProblem(now, now, now)).toBeUndefined();
  });

  it('refuses a report made before the thing was found, naming foundAt', () => {
    expect(reportTimesProblem(at('2026-03-10T09:30:00.001+08:00'), at('2026-03-10T09:30:00+08:00'), now)).toEqual({
      field: 'foundAt',
      message: '发现时间不能晚于报告时间',
    });
  });

  it('allows five minutes of clock skew and not a millisecond more', () => {
    expect(CLOCK_SKEW_ALLOWANCE_MS).toBe(300_000);
    expect(reportTimesProblem(now, at('2026-03-10T10:05:00+08:00'), now)).toBeUndefined();
    expect(reportTimesProblem(now, at('2026-03-10T10:05:00.001+08:00'), now)).toEqual({
      field: 'reportedAt',
      message: '报告时间晚于当前时间，请核对设备时钟',
    });
    expect(reportTimesProblem(at('2026-03-10T10:05:00+08:00'), at('2026-03-10T10:05:00+08:00'), now)).toBeUndefined();
  });

  it('names foundAt first when both times are in the future', () => {
    expect(reportTimesProblem(at('2026-03-11T10:00:00+08:00'), at('2026-03-11T11:00:00+08:00'), now)).toEqual({
      field: 'foundAt',
      message: '发现时间晚于当前时间，请核对设备时钟',
    });
  });

  it('blames the future time rather than the order when a future finding was "reported" earlier', () => {
    expect(reportTimesProblem(at('2026-03-11T10:00:00+08:00'), at('2026-03-10T09:00:00+08:00'), now)?.message).toBe(
      '发现时间晚于当前时间，请核对设备时钟',
    );
  });

  it('names an invalid date', () => {
    expect(reportTimesProblem(now, new Date('not a date'), now)).toEqual({ field: 'reportedAt', message: '报告时间不是有效的时间' });
    expect(reportTimesProblem(new Date(Number.NaN), now, now)).toEqual({ field: 'foundAt', message: '发现时间不是有效的时间' });
  });
});
