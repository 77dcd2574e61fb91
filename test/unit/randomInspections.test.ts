import { describe, expect, it } from 'vitest';
import { INSPECTION_RESULT_OF_TASK, PLAN_ACTIONS, PLAN_STATUSES, planActionProblem, publishProblem, ratioHundredths, recentSince, unitCountFor, type PlanAction } from '../../src/core/randomInspections.js';

describe('unitCountFor', () => {
  it('is ceil(candidates × ratio), exact in hundredths of a percent', () => {
    expect(unitCountFor(100, 5, null)).toBe(5);
    expect(unitCountFor(101, 5, null)).toBe(6);
    expect(unitCountFor(3, '33.33', null)).toBe(1);
    expect(unitCountFor(300, 33.34, null)).toBe(101);
    expect(unitCountFor(7, '100.00', null)).toBe(7);
    expect(unitCountFor(40, 2.5, null)).toBe(1);
    expect(unitCountFor(0, 10, null)).toBe(0);
  });
  it('takes an explicit count as it is', () => {
    expect(unitCountFor(100, 5, 12)).toBe(12);
  });
  it('reads the stored numeric text', () => {
    expect(ratioHundredths('5.50')).toBe(550);
    expect(ratioHundredths(0.07)).toBe(7);
  });
});

describe('planActionProblem', () => {
  const legal: Record<PlanAction, string[]> = {
    update: ['draft'], commit: ['draft'], draw: ['committed'], recordResult: ['drawn'], publish: ['drawn'], cancel: ['draft', 'committed'],
  };
  it('allows exactly the legal transitions', () => {
    for (const action of Object.keys(PLAN_ACTIONS) as PlanAction[]) {
      for (const status of PLAN_STATUSES) {
        expect(planActionProblem(action, status) === null, `${action} from ${status}`).toBe(legal[action].includes(status));
      }
    }
  });
  it('says why in Chinese', () => {
    expect(planActionProblem('draw', 'draft')).toBe('当前状态为“草稿”，不能抽取');
    expect(planActionProblem('cancel', 'drawn')).toBe('当前状态为“已抽取”，不能取消计划');
    expect(planActionProblem('commit', 'committed')).toBe('当前状态为“已公布承诺值”，不能公布承诺值并冻结名单');
  });
});

describe('publishProblem', () => {
  it('requires a result on every task', () => {
    expect(publishProblem([{ result: 'no_problem' }, { result: 'case' }])).toBeNull();
    expect(publishProblem([{ result: 'no_problem' }, { result: null }, { result: null }])).toBe('还有 2 户单位未登记检查结果，不能公示');
  });
});

describe('recentSince', () => {
  it('keeps out units drawn on or after the day RANDOM_RECENT_DAYS before the commit', () => {
    // 365 days before 2027-03-10 is 2026-03-10: a unit drawn that day is still out, one drawn the day before is back.
    expect(recentSince('2027-03-10', 365)).toBe('2026-03-10');
    expect(recentSince('2024-03-01', 1)).toBe('2024-02-29');
    expect(recentSince('2026-01-05', 30)).toBe('2025-12-06');
  });
  it('keeps nobody out with 0 days', () => {
    expect(recentSince('2026-03-10', 0)).toBeNull();
  });
});

describe('INSPECTION_RESULT_OF_TASK', () => {
  it('records every task result as a 监督检查 result, 责令整改 as an order and a closed unit as 其他处理', () => {
    expect(INSPECTION_RESULT_OF_TASK).toEqual({ no_problem: 'compliant', rectification: 'rectify', case: 'case', unable: 'other' });
  });
});
