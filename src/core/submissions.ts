/**
 * The reporting cycle (DESIGN §6, §12 DHIS2): each org that must report a data set submits it per
 * period; the level above accepts (the data locks) or returns it with a comment; a level above the
 * one that accepted can reopen it. Completeness and 按时上报率 follow, as sums up the org tree.
 */
import { rate, type Rate } from './indicators.js';

export const SUBMISSION_STATUSES = ['draft', 'submitted', 'accepted', 'returned', 'reopened'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  draft: '草稿', submitted: '已报送', accepted: '已审核', returned: '已退回', reopened: '已重开',
};

export const SUBMISSION_ACTIONS = {
  submit: { from: ['draft', 'returned', 'reopened'], to: 'submitted', label: '报送' },
  accept: { from: ['submitted'], to: 'accepted', label: '审核通过' },
  return: { from: ['submitted'], to: 'returned', label: '退回' },
  reopen: { from: ['accepted'], to: 'reopened', label: '重开' },
} as const satisfies Record<string, { from: readonly SubmissionStatus[]; to: SubmissionStatus; label: string }>;
export type SubmissionAction = keyof typeof SUBMISSION_ACTIONS;

/** Null when the action may follow the current status, otherwise why not, in words a person can act on. */
export function submissionActionProblem(action: SubmissionAction, status: SubmissionStatus | undefined): string | null {
  const rule = SUBMISSION_ACTIONS[action];
  const current = status ?? 'draft';
  if ((rule.from as readonly SubmissionStatus[]).includes(current)) return null;
  return `当前状态为“${status ? SUBMISSION_STATUS_LABELS[status] : '未报送'}”，不能${rule.label}`;
}

/** Values may change only while the submitting org holds the submission: not yet sent, or sent back. */
export function isEditable(status: SubmissionStatus | undefined): boolean {
  return status === undefined || status === 'draft' || status === 'returned' || status === 'reopened';
}

/**
 * Per org (or summed over a subtree) and period.
 * - expected: orgs that must report (the data set's reporting kind, in existence during the period);
 * - submitted: sent and not sent back (status submitted or accepted);
 * - accepted: of those, accepted by the level above;
 * - onTime / late: submitted ones whose first submission came on or before / after the due date;
 * - returned: sent back (returned or reopened) and not yet sent again;
 * - missing: expected with nothing sent (no submission, or a draft only).
 * expected = submitted + returned + missing.
 */
export interface SubmissionCounts {
  expected: number;
  submitted: number;
  accepted: number;
  onTime: number;
  late: number;
  returned: number;
  missing: number;
}

export const ZERO_SUBMISSION_COUNTS: SubmissionCounts = { expected: 0, submitted: 0, accepted: 0, onTime: 0, late: 0, returned: 0, missing: 0 };

/** The counts of one org that must report, from the state of its submission (undefined: none yet). */
export function countsOfOne(submission: { status: SubmissionStatus; onTime: boolean | null } | undefined): SubmissionCounts {
  const counts = { ...ZERO_SUBMISSION_COUNTS, expected: 1 };
  const status = submission?.status;
  if (status === 'submitted' || status === 'accepted') {
    counts.submitted = 1;
    if (status === 'accepted') counts.accepted = 1;
    if (submission!.onTime) counts.onTime = 1;
    else counts.late = 1;
  } else if (status === 'returned' || status === 'reopened') {
    counts.returned = 1;
  } else {
    counts.missing = 1;
  }
  return counts;
}

export function addCounts(a: SubmissionCounts, b: SubmissionCounts): SubmissionCounts {
  return {
    expected: a.expected + b.expected, submitted: a.submitted + b.submitted, accepted: a.accepted + b.accepted,
    onTime: a.onTime + b.onTime, late: a.late + b.late, returned: a.returned + b.returned, missing: a.missing + b.missing,
  };
}

export function sumCounts(list: readonly SubmissionCounts[]): SubmissionCounts {
  return list.reduce(addCounts, ZERO_SUBMISSION_COUNTS);
}

/** 报送完整率 (DHIS2 reporting rate): submitted / expected. */
export function completenessRate(counts: SubmissionCounts): Rate {
  return rate(counts.submitted, counts.expected, '%');
}

/** 按时上报率 (DHIS2 reporting rate on time): submitted on time / expected. */
export function onTimeSubmissionRate(counts: SubmissionCounts): Rate {
  return rate(counts.onTime, counts.expected, '%');
}

/**
 * Sums per-org figures into the children of a node by division path: every item goes to the child
 * whose path contains it; items under no child (the node's own orgs) are left out.
 */
export function rollUpByChild<T>(
  items: readonly { path: string; value: T }[],
  childPaths: readonly string[],
  add: (a: T, b: T) => T,
  zero: T,
): Map<string, T> {
  const totals = new Map<string, T>(childPaths.map((p) => [p, zero]));
  // Children of one node have paths of different lengths only across levels; try the longest first.
  const sorted = [...childPaths].sort((a, b) => b.length - a.length);
  for (const item of items) {
    const child = sorted.find((p) => item.path.startsWith(p));
    if (child !== undefined) totals.set(child, add(totals.get(child)!, item.value));
  }
  return totals;
}
