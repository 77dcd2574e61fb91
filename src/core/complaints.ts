import dayjs from 'dayjs';
import { localDate, TIME_ZONE } from './dates.js';
import { UNIT_CATEGORY_CODES } from './unitCategories.js';

/** Complaints and tip-offs from the public (投诉举报, DESIGN §7). */

export const COMPLAINT_CHANNELS = ['web', 'hotline', 'letter', 'visit', 'transfer'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_CATEGORIES = [...UNIT_CATEGORY_CODES, 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_STATUSES = ['received', 'assigned', 'investigating', 'replied', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  received: '已受理', assigned: '已分派', investigating: '调查中', replied: '已答复', closed: '已办结',
};

/** Without 0/O, 1/I/L: a code read over the phone is not misheard. */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const TRACKING_RE = new RegExp(`^TS[${TRACKING_ALPHABET}]{10}$`);

export function isTrackingCode(value: string): boolean {
  return TRACKING_RE.test(value);
}

export const COMPLAINT_ACTIONS = {
  assign: { from: 'received', to: 'assigned', label: '分派' },
  investigate: { from: 'assigned', to: 'investigating', label: '开始调查' },
  reply: { from: 'investigating', to: 'replied', label: '答复' },
  close: { from: 'replied', to: 'closed', label: '办结' },
} as const satisfies Record<string, { from: ComplaintStatus; to: ComplaintStatus; label: string }>;
export type ComplaintAction = keyof typeof COMPLAINT_ACTIONS;

/** The status an action leads to, or the Chinese reason it cannot be taken now. */
export function complaintTransition(status: ComplaintStatus, action: ComplaintAction): { to: ComplaintStatus } | { problem: string } {
  const step = COMPLAINT_ACTIONS[action];
  if (step.from !== status) {
    return { problem: `该投诉举报当前为“${COMPLAINT_STATUS_LABELS[status]}”，不能${step.label}（须为“${COMPLAINT_STATUS_LABELS[step.from]}”）` };
  }
  return { to: step.to };
}

export const DEFAULT_COMPLAINT_REPLY_DAYS = 15;

/** Reply due date: the received day (Asia/Shanghai) plus `days` calendar days. */
export function complaintReplyDueOn(receivedAt: Date, days: number): string {
  return dayjs.tz(localDate(receivedAt), TIME_ZONE).add(days, 'day').format('YYYY-MM-DD');
}

/**
 * Overdue when not replied by the end of the due day (inclusive, Asia/Shanghai): either replied on a
 * later day, or still unreplied and `today` is after the due day.
 */
export function isReplyOverdue(dueOn: string, repliedAt: Date | null, today: string): boolean {
  const answeredOn = repliedAt ? localDate(repliedAt) : today;
  return answeredOn > dueOn;
}
