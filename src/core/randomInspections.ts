/**
 * 双随机一公开 (DESIGN §7, §12): an inspection-item list (事项, 依据, 对象, 比例, 频次, 方式); a plan
 * for one item in one county moves 草稿 → 已承诺 (seed committed, candidates and inspectors frozen,
 * the seed's hash published) → 已抽取 (seed revealed, tasks stored) → 结果已公示 (every task has
 * a result). A plan can be cancelled before the draw, with a reason. Risk scores never replace the
 * draw: the candidates are every operating unit of the item's categories, less those recently drawn.
 */
import type { InspectionResult } from './inspections.js';

/** How an item is inspected (检查方式). */
export const INSPECTION_METHODS = ['现场检查', '书面检查', '抽样检测', '网络监测', '暗访'] as const;
export type InspectionMethod = (typeof INSPECTION_METHODS)[number];

/** How often the item is drawn (抽查频次). */
export const INSPECTION_FREQUENCIES = ['每年1次', '每年2次', '每季度1次', '每月1次', '根据工作需要'] as const;
export type InspectionFrequency = (typeof INSPECTION_FREQUENCIES)[number];

export const PLAN_STATUSES = ['draft', 'committed', 'drawn', 'published', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: '草稿', committed: '已公布承诺值', drawn: '已抽取', published: '结果已公示', cancelled: '已取消',
};

export const PLAN_ACTIONS = {
  update: { from: ['draft'], to: 'draft', label: '修改计划' },
  commit: { from: ['draft'], to: 'committed', label: '公布承诺值并冻结名单' },
  draw: { from: ['committed'], to: 'drawn', label: '抽取' },
  recordResult: { from: ['drawn'], to: 'drawn', label: '登记检查结果' },
  publish: { from: ['drawn'], to: 'published', label: '公示结果' },
  cancel: { from: ['draft', 'committed'], to: 'cancelled', label: '取消计划' },
} as const satisfies Record<string, { from: readonly PlanStatus[]; to: PlanStatus; label: string }>;
export type PlanAction = keyof typeof PLAN_ACTIONS;

export const TASK_RESULTS = ['no_problem', 'rectification', 'case', 'unable'] as const;
export type TaskResult = (typeof TASK_RESULTS)[number];

export const TASK_RESULT_LABELS: Record<TaskResult, string> = {
  no_problem: '未发现问题', rectification: '发现问题，责令整改', case: '立案查处', unable: '无法检查（停业等）',
};

/**
 * The 监督检查 result a task's result is recorded as: the visit counts in 户次 and 出动人次 whatever
 * was found, and 责令整改 opens an order followed up like any other. A unit found closed was still
 * visited: 其他处理.
 */
export const INSPECTION_RESULT_OF_TASK: Record<TaskResult, InspectionResult> = {
  no_problem: 'compliant', rectification: 'rectify', case: 'case', unable: 'other',
};

export const MAX_CANCEL_REASON_LENGTH = 500;
/** Days a drawn unit stays out of later draws, unless configured otherwise (RANDOM_RECENT_DAYS). */
export const DEFAULT_RANDOM_RECENT_DAYS = 365;
export const DEFAULT_INSPECTORS_PER_UNIT = 2;

/**
 * The first day a draw still counts as recent, for a commit on `today`: a unit drawn on or after it
 * stays out. Null when `recentDays` is 0 (nobody stays out).
 */
export function recentSince(today: string, recentDays: number): string | null {
  if (recentDays <= 0) return null;
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - recentDays);
  return day.toISOString().slice(0, 10);
}

/** Null when the action may follow the current status, otherwise why not. */
export function planActionProblem(action: PlanAction, status: PlanStatus): string | null {
  const rule = PLAN_ACTIONS[action];
  if ((rule.from as readonly PlanStatus[]).includes(status)) return null;
  return `当前状态为“${PLAN_STATUS_LABELS[status]}”，不能${rule.label}`;
}

/** Publication needs a result on every task: an announcement with gaps would read as "no problem". */
export function publishProblem(tasks: readonly { result: TaskResult | null }[]): string | null {
  const missing = tasks.filter((t) => t.result === null).length;
  return missing > 0 ? `还有 ${missing} 户单位未登记检查结果，不能公示` : null;
}

/** A percentage with up to two decimals as hundredths of a percent: '5.5' → 550. */
export function ratioHundredths(ratio: string | number): number {
  return Math.round(Number(ratio) * 100);
}

/**
 * Units to draw: the explicit count when given, else ceil(candidates × 比例). Worked in integer
 * hundredths of a percent, because 3 × 33.33% in floating point is not exactly 0.9999.
 */
export function unitCountFor(candidates: number, ratio: string | number, explicit: number | null): number {
  if (explicit !== null) return explicit;
  return Math.ceil((candidates * ratioHundredths(ratio)) / 10_000);
}
