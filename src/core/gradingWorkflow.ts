/**
 * The life of a grading (DESIGN §7, §12): a draft is published (公示, the notice date is the day of
 * publication) and supersedes the unit's earlier grading; the unit may reply, shown beside the grade;
 * it may appeal within a window, decided by an inspector who did not grade; after improving it may
 * ask to be graded again, which a new published grading answers.
 */
import dayjs from 'dayjs';
import type { Grade } from './grading.js';

export const GRADING_STATUSES = ['draft', 'published', 'superseded'] as const;
export type GradingStatus = (typeof GRADING_STATUSES)[number];
export const GRADING_STATUS_LABELS: Record<GradingStatus, string> = { draft: '草稿', published: '已公示', superseded: '已被新评级取代' };

export const APPEAL_STATUSES = ['pending', 'upheld', 'dismissed'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = { pending: '申诉待复核', upheld: '申诉成立', dismissed: '申诉驳回' };

export const DEFAULT_APPEAL_DAYS = 14;
export const MAX_GRADING_TEXT = 500;

/** What an action needs to know of the grading. */
export interface GradingState {
  status: GradingStatus;
  grade: Grade;
  publishedOn: string | null;
  appealStatus: AppealStatus | null;
  regradeRequestedOn: string | null;
}

export const GRADING_ACTIONS = {
  publish: '公示',
  discard: '删除草稿',
  reply: '登记单位回应',
  appeal: '提出申诉',
  decideAppeal: '复核申诉',
  requestRegrade: '申请重新评级',
} as const;
export type GradingAction = keyof typeof GRADING_ACTIONS;

/** The last day an appeal may be lodged: `days` calendar days after the notice date. */
export function appealDeadline(publishedOn: string, days: number): string {
  return dayjs(publishedOn).add(days, 'day').format('YYYY-MM-DD');
}

/**
 * Null when the action may be taken now, otherwise why not, in words a person can act on.
 * Every action but publishing needs the current published grading: a superseded one is history.
 */
export function gradingActionProblem(action: GradingAction, state: GradingState, today: string, appealDays: number): string | null {
  const label = GRADING_ACTIONS[action];
  if (action === 'publish') return state.status === 'draft' ? null : `当前状态为“${GRADING_STATUS_LABELS[state.status]}”，不能再次公示`;
  // Only a draft may go: a published grade is a public record, corrected by appeal or a new grading.
  if (action === 'discard') return state.status === 'draft' ? null : `当前状态为“${GRADING_STATUS_LABELS[state.status]}”，不能删除；已公示的评级只能经申诉或重新评级更正`;
  if (state.status !== 'published') return `当前状态为“${GRADING_STATUS_LABELS[state.status]}”，不能${label}`;
  switch (action) {
    case 'reply':
      return null;
    case 'appeal': {
      if (state.appealStatus) return `该评级已有申诉（${APPEAL_STATUS_LABELS[state.appealStatus]}），不能再次申诉`;
      const deadline = appealDeadline(state.publishedOn!, appealDays);
      return today > deadline ? `申诉期为公示之日起 ${appealDays} 日，已于 ${deadline} 截止` : null;
    }
    case 'decideAppeal':
      return state.appealStatus === 'pending' ? null : '该评级没有待复核的申诉';
    case 'requestRegrade':
      if (state.grade === 'A') return '现行等级为 A 级，无需申请重新评级';
      if (state.regradeRequestedOn) return `已于 ${state.regradeRequestedOn} 申请重新评级，尚待评定`;
      if (state.appealStatus === 'pending') return '申诉尚待复核，复核后再申请重新评级';
      return null;
  }
}
