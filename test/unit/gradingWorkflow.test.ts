import { describe, expect, it } from 'vitest';
import { appealDeadline, GRADING_ACTIONS, GRADING_STATUSES, gradingActionProblem, type GradingAction, type GradingState } from '../../src/core/gradingWorkflow.js';

const published: GradingState = { status: 'published', grade: 'B', publishedOn: '2026-03-02', appealStatus: null, regradeRequestedOn: null };
const problem = (action: GradingAction, state: Partial<GradingState> = {}, today = '2026-03-10') => gradingActionProblem(action, { ...published, ...state }, today, 14);

describe('gradingActionProblem', () => {
  it('publishes only a draft', () => {
    expect(problem('publish', { status: 'draft', publishedOn: null })).toBeNull();
    expect(problem('publish')).toBe('当前状态为“已公示”，不能再次公示');
  });

  it('discards only a draft', () => {
    expect(problem('discard', { status: 'draft', publishedOn: null })).toBeNull();
    expect(problem('discard')).toBe('当前状态为“已公示”，不能删除；已公示的评级只能经申诉或重新评级更正');
  });

  it('allows nothing but publishing or discarding on a draft or a superseded grading', () => {
    const actions = Object.keys(GRADING_ACTIONS) as GradingAction[];
    const allowed = GRADING_STATUSES.flatMap((status) => actions.filter((a) => problem(a, { status, appealStatus: a === 'decideAppeal' ? 'pending' : null }) === null).map((a) => `${a}:${status}`));
    expect(allowed).toEqual(['publish:draft', 'discard:draft', 'reply:published', 'appeal:published', 'decideAppeal:published', 'requestRegrade:published']);
    expect(problem('reply', { status: 'draft' })).toBe('当前状态为“草稿”，不能登记单位回应');
    expect(problem('appeal', { status: 'superseded' })).toBe('当前状态为“已被新评级取代”，不能提出申诉');
  });

  it('takes an appeal through the 14th day after the notice, once', () => {
    expect(appealDeadline('2026-03-02', 14)).toBe('2026-03-16');
    expect(problem('appeal', {}, '2026-03-16')).toBeNull();
    expect(problem('appeal', {}, '2026-03-17')).toBe('申诉期为公示之日起 14 日，已于 2026-03-16 截止');
    expect(problem('appeal', { appealStatus: 'dismissed' })).toBe('该评级已有申诉（申诉驳回），不能再次申诉');
  });

  it('decides only a pending appeal', () => {
    expect(problem('decideAppeal', { appealStatus: 'pending' })).toBeNull();
    expect(problem('decideAppeal')).toBe('该评级没有待复核的申诉');
    expect(problem('decideAppeal', { appealStatus: 'upheld' })).toBe('该评级没有待复核的申诉');
  });

  it('takes a re-grading request for B, C or 不予评级, one at a time, not while an appeal is pending', () => {
    expect(problem('requestRegrade', { grade: 'C' })).toBeNull();
    expect(problem('requestRegrade', { grade: 'none' })).toBeNull();
    expect(problem('requestRegrade', { grade: 'A' })).toBe('现行等级为 A 级，无需申请重新评级');
    expect(problem('requestRegrade', { regradeRequestedOn: '2026-03-05' })).toBe('已于 2026-03-05 申请重新评级，尚待评定');
    expect(problem('requestRegrade', { appealStatus: 'pending' })).toBe('申诉尚待复核，复核后再申请重新评级');
  });
});
