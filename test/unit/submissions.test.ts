import { describe, expect, it } from 'vitest';
import {
  aggregateValue, aggregationOf, changePercent, describeTarget, evaluateTarget, NOTIFIABLE_DISEASES_TEMPLATE, targetProblem, valueProblem,
} from '../../src/core/dataSets.js';
import {
  completenessRate, countsOfOne, isEditable, onTimeSubmissionRate, rollUpByChild, submissionActionProblem, sumCounts,
  ZERO_SUBMISSION_COUNTS, addCounts, type SubmissionCounts,
} from '../../src/core/submissions.js';

describe('submissionActionProblem', () => {
  it('allows the legal transitions', () => {
    expect(submissionActionProblem('submit', undefined)).toBeNull();
    expect(submissionActionProblem('submit', 'draft')).toBeNull();
    expect(submissionActionProblem('submit', 'returned')).toBeNull();
    expect(submissionActionProblem('submit', 'reopened')).toBeNull();
    expect(submissionActionProblem('accept', 'submitted')).toBeNull();
    expect(submissionActionProblem('return', 'submitted')).toBeNull();
    expect(submissionActionProblem('reopen', 'accepted')).toBeNull();
  });

  it('names the status and the action it refuses', () => {
    expect(submissionActionProblem('submit', 'accepted')).toBe('当前状态为“已审核”，不能报送');
    expect(submissionActionProblem('submit', 'submitted')).toBe('当前状态为“已报送”，不能报送');
    expect(submissionActionProblem('accept', undefined)).toBe('当前状态为“未报送”，不能审核通过');
    expect(submissionActionProblem('accept', 'returned')).toBe('当前状态为“已退回”，不能审核通过');
    expect(submissionActionProblem('return', 'accepted')).toBe('当前状态为“已审核”，不能退回');
    expect(submissionActionProblem('reopen', 'submitted')).toBe('当前状态为“已报送”，不能重开');
  });
});

describe('isEditable', () => {
  it('is editable only while the submitting org holds it', () => {
    expect([undefined, 'draft', 'returned', 'reopened', 'submitted', 'accepted'].map((s) => isEditable(s as never)))
      .toEqual([true, true, true, true, false, false]);
  });
});

describe('countsOfOne and the rates', () => {
  it('classifies each state once', () => {
    expect(countsOfOne(undefined)).toEqual({ ...ZERO_SUBMISSION_COUNTS, expected: 1, missing: 1 });
    expect(countsOfOne({ status: 'draft', onTime: null })).toEqual({ ...ZERO_SUBMISSION_COUNTS, expected: 1, missing: 1 });
    expect(countsOfOne({ status: 'submitted', onTime: true })).toEqual({ ...ZERO_SUBMISSION_COUNTS, expected: 1, submitted: 1, onTime: 1 });
    expect(countsOfOne({ status: 'accepted', onTime: false })).toEqual({ ...ZERO_SUBMISSION_COUNTS, expected: 1, submitted: 1, accepted: 1, late: 1 });
    expect(countsOfOne({ status: 'returned', onTime: true })).toEqual({ ...ZERO_SUBMISSION_COUNTS, expected: 1, returned: 1 });
    expect(countsOfOne({ status: 'reopened', onTime: true })).toEqual({ ...ZERO_SUBMISSION_COUNTS, expected: 1, returned: 1 });
  });

  it('sums eight stations into completeness 5/8 and on time 3/8', () => {
    const sut = sumCounts([
      countsOfOne({ status: 'accepted', onTime: true }),
      countsOfOne({ status: 'accepted', onTime: true }),
      countsOfOne({ status: 'submitted', onTime: true }),
      countsOfOne({ status: 'submitted', onTime: false }),
      countsOfOne({ status: 'accepted', onTime: false }),
      countsOfOne({ status: 'returned', onTime: true }),
      countsOfOne(undefined),
      countsOfOne({ status: 'draft', onTime: null }),
    ]);
    expect(sut).toEqual({ expected: 8, submitted: 5, accepted: 3, onTime: 3, late: 2, returned: 1, missing: 2 });
    expect(completenessRate(sut)).toEqual({ numerator: 5, denominator: 8, unit: '%', value: 62.5 });
    expect(onTimeSubmissionRate(sut)).toEqual({ numerator: 3, denominator: 8, unit: '%', value: 37.5 });
  });

  it('has no rate when nothing is expected', () => {
    expect(completenessRate(ZERO_SUBMISSION_COUNTS).value).toBeNull();
  });
});

describe('rollUpByChild', () => {
  const one = (path: string, status?: 'submitted' | 'accepted'): { path: string; value: SubmissionCounts } =>
    ({ path, value: countsOfOne(status ? { status, onTime: true } : undefined) });

  it('rolls stations up to counties and counties up to a city', () => {
    const stations = [
      one('/99/9901/990101/990101001/', 'accepted'),
      one('/99/9901/990101/990101002/'),
      one('/99/9901/990102/990102001/', 'submitted'),
      one('/99/9901/990102/990102002/', 'accepted'),
      one('/99/9901/990102/990102003/'),
    ];
    const byCounty = rollUpByChild(stations, ['/99/9901/990101/', '/99/9901/990102/'], addCounts, ZERO_SUBMISSION_COUNTS);
    expect(byCounty.get('/99/9901/990101/')).toMatchObject({ expected: 2, submitted: 1, missing: 1 });
    expect(byCounty.get('/99/9901/990102/')).toMatchObject({ expected: 3, submitted: 2, accepted: 1, missing: 1 });
    const city = sumCounts([...byCounty.values()]);
    expect(city).toMatchObject({ expected: 5, submitted: 3, onTime: 3, missing: 2 });
  });

  it('leaves out items outside every child and keeps children with nothing at zero', () => {
    const sut = rollUpByChild([one('/99/9901/', 'accepted')], ['/99/9901/990101/'], addCounts, ZERO_SUBMISSION_COUNTS);
    expect([...sut.entries()]).toEqual([['/99/9901/990101/', ZERO_SUBMISSION_COUNTS]]);
  });
});

describe('targets', () => {
  it('checks that a target is well formed', () => {
    expect(targetProblem({ kind: 'none', min: null, max: null })).toBeNull();
    expect(targetProblem({ kind: 'floor', min: 95, max: null })).toBeNull();
    expect(targetProblem({ kind: 'ceiling', min: null, max: 2 })).toBeNull();
    expect(targetProblem({ kind: 'range', min: 4, max: 6 })).toBeNull();
    expect(targetProblem({ kind: 'range', min: 6, max: 4 })).toBe('下限 6 大于上限 4');
    expect(targetProblem({ kind: 'range', min: 4, max: null })).toBe('“区间”需要同时填写下限和上限');
    expect(targetProblem({ kind: 'floor', min: null, max: 3 })).toBe('“不低于”只填写下限');
    expect(targetProblem({ kind: 'none', min: 1, max: null })).toBe('“无目标”不应填写上下限');
  });

  it('evaluates inclusive bounds', () => {
    expect(evaluateTarget(95, { kind: 'floor', min: 95, max: null })).toBe('met');
    expect(evaluateTarget(94.9, { kind: 'floor', min: 95, max: null })).toBe('below');
    expect(evaluateTarget(3, { kind: 'ceiling', min: null, max: 2 })).toBe('above');
    expect(evaluateTarget(4, { kind: 'range', min: 4, max: 6 })).toBe('met');
    expect(evaluateTarget(7, { kind: 'range', min: 4, max: 6 })).toBe('above');
    expect(evaluateTarget(0, { kind: 'none', min: null, max: null })).toBe('none');
  });

  it('describes targets as reports write them', () => {
    expect(describeTarget({ kind: 'floor', min: 95, max: null }, '%')).toBe('不低于95%');
    expect(describeTarget({ kind: 'range', min: 4, max: 6 }, '个')).toBe('4–6个');
    expect(describeTarget({ kind: 'none', min: null, max: null }, '例')).toBe('');
  });
});

describe('valueProblem', () => {
  const count = { name: '霍乱', decimals: 0 };
  const percent = { name: '网络直报及时率', decimals: 1 };

  it('takes zero and whole counts', () => {
    expect(valueProblem(0, count)).toBeNull();
    expect(valueProblem(12, count)).toBeNull();
    expect(valueProblem(97.5, percent)).toBeNull();
  });

  it('refuses fractions, negatives and too many decimals', () => {
    expect(valueProblem(1.5, count)).toBe('霍乱应为整数');
    expect(valueProblem(-1, count)).toBe('霍乱不能为负数');
    expect(valueProblem(97.55, percent)).toBe('网络直报及时率最多 1 位小数');
    expect(valueProblem(Number.NaN, count)).toBe('霍乱应为数字');
  });
});

describe('changePercent', () => {
  it('compares with last month, and needs a last month that is not zero', () => {
    expect(changePercent(12, 8)).toBe(50);
    expect(changePercent(6, 8)).toBe(-25);
    expect(changePercent(3, 0)).toBeNull();
    expect(changePercent(3, null)).toBeNull();
  });
});

describe('NOTIFIABLE_DISEASES_TEMPLATE', () => {
  it('has unique field codes and well-formed targets', () => {
    const codes = NOTIFIABLE_DISEASES_TEMPLATE.fields.map((f) => f.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(NOTIFIABLE_DISEASES_TEMPLATE.fields.every((f) => targetProblem(f.target) === null)).toBe(true);
  });
});

describe('aggregationOf and aggregateValue', () => {
  it('adds counts and averages reported rates', () => {
    expect([aggregationOf('例'), aggregationOf('人次'), aggregationOf('%'), aggregationOf('‰')]).toEqual(['sum', 'sum', 'mean', 'mean']);
    expect(aggregateValue({ sum: 12, reports: 3 }, 'sum')).toBe(12);
    expect(aggregateValue({ sum: 291, reports: 3 }, 'mean')).toBe(97);
    expect(aggregateValue({ sum: 0, reports: 0 }, 'sum')).toBeNull();
    expect(aggregateValue({ sum: 0, reports: 2 }, 'sum')).toBe(0);
  });
});
