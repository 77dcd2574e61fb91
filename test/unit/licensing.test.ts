import { describe, expect, it } from 'vitest';
import { CN_2026_HOLIDAYS } from '../../src/core/holidays/cn2026.js';
import { formatRate } from '../../src/core/indicators.js';
import {
  averageDaysToFinish, completionWithinLimitRate, isLicenceExpired, isRenewalDue, isWithinLimit, LICENSING_ACTIONS,
  LICENCE_VALID_YEARS, LICENSING_STATUSES, licenceExpiresOn, licensingActionLabel, licensingActionProblem, nextLicensingStatus,
  type LicensingAction, type LicensingStatus, type LicensingTimes,
} from '../../src/core/licensing.js';
import { parseHolidayCalendar } from '../../src/core/workingDays.js';

const cn2026 = parseHolidayCalendar(CN_2026_HOLIDAYS);
const ACTIONS = Object.keys(LICENSING_ACTIONS) as LicensingAction[];

describe('licensingActionProblem', () => {
  it.each(['new', 'renewal'] as const)('walks 受理 → 资料审核 → 现场审查 → 审批 → 发证 for %s', (kind) => {
    let status: LicensingStatus = 'accepted';
    const seen: LicensingStatus[] = [];
    for (const action of ['reviewDocuments', 'passDocuments', 'passSite', 'issue'] as const) {
      expect(licensingActionProblem(action, status)).toBeNull();
      status = nextLicensingStatus(action, kind);
      seen.push(status);
    }
    expect(seen).toEqual(['document_review', 'site_review', 'approval', 'issued']);
  });

  it.each([
    ['change', 'issued'],
    ['cancellation', 'cancelled'],
  ] as const)('decides %s on the papers: 资料审核 leads straight to 审批, and the grant ends in %s', (kind, end) => {
    let status: LicensingStatus = 'accepted';
    const seen: LicensingStatus[] = [];
    for (const action of ['reviewDocuments', 'passDocuments', 'issue'] as const) {
      expect(licensingActionProblem(action, status)).toBeNull();
      status = nextLicensingStatus(action, kind);
      seen.push(status);
    }
    expect(seen).toEqual(['document_review', 'approval', end]);
  });

  it('names the grant after the kind of application', () => {
    expect(['new', 'renewal', 'change', 'cancellation'].map((kind) => licensingActionLabel('issue', kind as 'new'))).toEqual([
      '批准并发证', '批准延续并换发', '批准变更并换发', '批准注销',
    ]);
    expect(licensingActionLabel('passSite', 'renewal')).toBe('现场审查通过');
  });

  it('allows exactly 12 (action, status) pairs: one per forward step, refusal and withdrawal from the 4 open stages', () => {
    const allowed = ACTIONS.flatMap((action) => LICENSING_STATUSES.filter((s) => licensingActionProblem(action, s, '理由') === null).map((s) => `${action}:${s}`));
    expect(allowed).toEqual([
      'reviewDocuments:accepted', 'passDocuments:document_review', 'passSite:site_review', 'issue:approval',
      'refuse:accepted', 'refuse:document_review', 'refuse:site_review', 'refuse:approval',
      'withdraw:accepted', 'withdraw:document_review', 'withdraw:site_review', 'withdraw:approval',
    ]);
  });

  it.each([
    ['issue', 'site_review', '当前状态为“现场审查”，不能批准并发证'],
    ['passSite', 'accepted', '当前状态为“已受理”，不能现场审查通过'],
    ['refuse', 'issued', '当前状态为“已发证”，不能不予许可'],
    ['withdraw', 'cancelled', '当前状态为“已注销”，不能撤回申请'],
    ['withdraw', 'refused', '当前状态为“不予许可”，不能撤回申请'],
    ['reviewDocuments', 'withdrawn', '当前状态为“已撤回”，不能开始资料审核'],
  ] as const)('refuses %s from %s', (action, status, message) => {
    expect(licensingActionProblem(action, status, '理由')).toBe(message);
  });

  it('requires a reason to refuse, and not to withdraw', () => {
    expect(licensingActionProblem('refuse', 'site_review')).toBe('不予许可须写明理由');
    expect(licensingActionProblem('refuse', 'site_review', '  ')).toBe('不予许可须写明理由');
    expect(licensingActionProblem('refuse', 'site_review', '现场卫生条件不符合要求')).toBeNull();
    expect(licensingActionProblem('withdraw', 'approval')).toBeNull();
  });

  it('refuses a reason over 500 characters', () => {
    expect(licensingActionProblem('refuse', 'approval', '理'.repeat(500))).toBeNull();
    expect(licensingActionProblem('refuse', 'approval', '理'.repeat(501))).toBe('理由不能超过 500 字');
  });
});

describe('isWithinLimit', () => {
  it('is on time on the deadline and late the day after: 30 September + 20 working days is 3 November', () => {
    expect(isWithinLimit('2026-09-30', '2026-11-03', 20, cn2026)).toBe(true);
    expect(isWithinLimit('2026-09-30', '2026-11-04', 20, cn2026)).toBe(false);
  });

  it('is on time when decided on the day of 受理', () => {
    expect(isWithinLimit('2026-09-30', '2026-09-30', 20, cn2026)).toBe(true);
  });

  it('is late on the Saturday after a Friday deadline, though no working day has passed', () => {
    expect(isWithinLimit('2026-03-13', '2026-03-20', 5, cn2026)).toBe(true);
    expect(isWithinLimit('2026-03-13', '2026-03-21', 5, cn2026)).toBe(false);
  });

  it('refuses a decision dated before 受理', () => {
    expect(() => isWithinLimit('2026-09-30', '2026-09-29', 20, cn2026)).toThrow('办结日期 2026-09-29 早于受理日期 2026-09-30');
  });
});

const app = (status: LicensingStatus, acceptedOn: string, dueOn: string, finishedOn: string | null): LicensingTimes => ({ status, acceptedOn, dueOn, finishedOn });

describe('completionWithinLimitRate', () => {
  it('7 of 8 decided within limit is 87.50%; withdrawn and open applications are left out', () => {
    const applications = [
      ...Array.from({ length: 6 }, () => app('issued', '2026-03-13', '2026-04-13', '2026-04-10')),
      app('refused', '2026-03-13', '2026-04-13', '2026-04-13'),
      app('issued', '2026-03-13', '2026-04-13', '2026-04-14'),
      app('withdrawn', '2026-03-13', '2026-04-13', '2026-05-01'),
      app('approval', '2026-03-13', '2026-04-13', null),
    ];
    const sut = completionWithinLimitRate(applications);
    expect(sut).toEqual({ numerator: 7, denominator: 8, unit: '%', value: 87.5 });
    expect(formatRate(sut)).toBe('87.50%');
  });

  it('has no value when nothing is decided', () => {
    expect(completionWithinLimitRate([app('accepted', '2026-03-13', '2026-04-13', null)]).value).toBeNull();
  });

  it('refuses a decided application without its date', () => {
    expect(() => completionWithinLimitRate([app('issued', '2026-03-13', '2026-04-13', null)])).toThrow('已发证的申请缺少办结日期（受理于 2026-03-13）');
  });
});

describe('averageDaysToFinish', () => {
  it('averages working days from 受理 to decision: (20 + 1 + 11 + 6) / 4 = 9.5', () => {
    const applications = [
      app('issued', '2026-09-30', '2026-11-03', '2026-11-03'), // 20: across 国庆, counting Saturday 10 October
      app('issued', '2026-03-13', '2026-04-13', '2026-03-16'), // 1: Friday to Monday
      app('refused', '2026-09-18', '2026-10-16', '2026-10-10'), // 11: both make-up days of 国庆
      app('issued', '2026-02-13', '2026-03-16', '2026-02-28'), // 6: 14 Feb, 24–27 Feb, 28 Feb
      app('withdrawn', '2026-01-05', '2026-02-02', '2026-06-30'),
      app('site_review', '2026-01-05', '2026-02-02', null),
    ];
    expect(averageDaysToFinish(applications, cn2026)).toBe(9.5);
  });

  it('is null when nothing is decided', () => {
    expect(averageDaysToFinish([app('withdrawn', '2026-01-05', '2026-02-02', '2026-01-06')], cn2026)).toBeNull();
    expect(averageDaysToFinish([], cn2026)).toBeNull();
  });
});

describe('licenceExpiresOn', () => {
  it.each([
    ['2026-03-15', LICENCE_VALID_YEARS['公共场所卫生许可证'], '2030-03-14'],
    ['2026-01-01', 4, '2029-12-31'],
    ['2028-02-29', 4, '2032-02-28'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-03-01', 1, '2025-02-28'],
  ])('issued %s for %i years: valid through %s', (issuedOn, years, expected) => {
    expect(licenceExpiresOn(issuedOn, years)).toBe(expected);
  });

  it.each([0, 2.5, 21])('refuses %s years', (years) => {
    expect(() => licenceExpiresOn('2026-03-15', years)).toThrow(RangeError);
  });
});

describe('isRenewalDue', () => {
  it.each([
    ['2030-02-11', false, false],
    ['2030-02-12', true, false],
    ['2030-03-14', true, false],
    ['2030-03-15', false, true],
  ])('a licence valid through 2030-03-14, on %s: renewal due %s, expired %s', (today, due, expired) => {
    expect(isRenewalDue('2030-03-14', today)).toBe(due);
    expect(isLicenceExpired('2030-03-14', today)).toBe(expired);
  });

  it('takes another window', () => {
    expect(isRenewalDue('2030-03-14', '2030-02-12', 0)).toBe(false);
    expect(isRenewalDue('2030-03-14', '2030-03-14', 0)).toBe(true);
    expect(isRenewalDue('2030-03-14', '2029-12-14', 90)).toBe(true);
    expect(() => isRenewalDue('2030-03-14', '2030-03-01', -1)).toThrow(RangeError);
  });
});
