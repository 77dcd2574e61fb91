/**
 * Health administrative licensing (卫生行政许可, DESIGN §7): an application moves
 * 受理 → 资料审核 → 现场审查 → 审批 → 发证; from any open stage it can be refused with a reason or
 * withdrawn by the applicant. 延续 (renewal) takes the same steps and keeps the licence number;
 * 变更 (change) and 注销 (cancellation) are decided on the papers, without 现场审查, and a granted
 * cancellation ends the licence instead of issuing one. The decision is due within a statutory number of working days after
 * the day of 受理; 办结率 and 平均办结天数 measure that. A licence, once issued, runs for a number of
 * years and must be renewed before it ends.
 */
import dayjs from 'dayjs';
import { isIsoDate } from './dates.js';
import { rate, type Rate } from './indicators.js';
import { licensingDeadline, workingDaysBetween, type HolidayCalendar } from './workingDays.js';

/** Licences the institute issues; the text is what the unit file keeps as its licence type. */
export const LICENCE_TYPES = ['公共场所卫生许可证', '供水单位卫生许可证'] as const;
export type LicenceType = (typeof LICENCE_TYPES)[number];
export const APPLICATION_KINDS = ['new', 'renewal', 'change', 'cancellation'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export const LICENSING_STATUSES = ['accepted', 'document_review', 'site_review', 'approval', 'issued', 'cancelled', 'refused', 'withdrawn'] as const;
export type LicensingStatus = (typeof LICENSING_STATUSES)[number];

export const LICENSING_STATUS_LABELS: Record<LicensingStatus, string> = {
  accepted: '已受理', document_review: '资料审核', site_review: '现场审查', approval: '审批',
  issued: '已发证', cancelled: '已注销', refused: '不予许可', withdrawn: '已撤回',
};

/** Stages in which the authority still owes a decision; refusal and withdrawal are possible from each. */
export const OPEN_LICENSING_STATUSES = ['accepted', 'document_review', 'site_review', 'approval'] as const satisfies readonly LicensingStatus[];

/** Ended by a decision of the authority: these count as 办结. A withdrawal ends without one. */
export const DECIDED_LICENSING_STATUSES = ['issued', 'cancelled', 'refused'] as const satisfies readonly LicensingStatus[];

/** Applications about a licence the holder already has: the unit and its licence must be on file. */
export const KINDS_ON_EXISTING_LICENCE = ['renewal', 'change', 'cancellation'] as const satisfies readonly ApplicationKind[];

export function isOnExistingLicence(kind: ApplicationKind): boolean {
  return (KINDS_ON_EXISTING_LICENCE as readonly ApplicationKind[]).includes(kind);
}

/** 现场审查 is for a place not yet seen (新办) or seen four years ago (延续); 变更 and 注销 are decided on the papers. */
export function needsSiteReview(kind: ApplicationKind): boolean {
  return kind === 'new' || kind === 'renewal';
}

export const LICENSING_ACTIONS = {
  reviewDocuments: { from: ['accepted'], to: 'document_review', label: '开始资料审核' },
  passDocuments: { from: ['document_review'], to: 'site_review', label: '资料审核通过' },
  passSite: { from: ['site_review'], to: 'approval', label: '现场审查通过' },
  issue: { from: ['approval'], to: 'issued', label: '批准并发证' },
  refuse: { from: OPEN_LICENSING_STATUSES, to: 'refused', label: '不予许可' },
  withdraw: { from: OPEN_LICENSING_STATUSES, to: 'withdrawn', label: '撤回申请' },
} as const satisfies Record<string, { from: readonly LicensingStatus[]; to: LicensingStatus; label: string }>;
export type LicensingAction = keyof typeof LICENSING_ACTIONS;

/** Longest reason kept; a refusal's reasons go on the 不予许可决定书, not into an essay. */
export const MAX_REASON_LENGTH = 500;

/**
 * Null when the action may follow the current status, otherwise why not, in words a person can act
 * on. A refusal needs its reason (the 行政许可法 requires the written decision to give one).
 */
export function licensingActionProblem(action: LicensingAction, status: LicensingStatus, reason?: string): string | null {
  const rule = LICENSING_ACTIONS[action];
  if (!(rule.from as readonly LicensingStatus[]).includes(status)) return `当前状态为“${LICENSING_STATUS_LABELS[status]}”，不能${rule.label}`;
  if (action === 'refuse' && (reason ?? '').trim() === '') return '不予许可须写明理由';
  if (reason !== undefined && reason.trim().length > MAX_REASON_LENGTH) return `理由不能超过 ${MAX_REASON_LENGTH} 字`;
  return null;
}

/** The status an action leads to for this kind of application (call licensingActionProblem first). */
export function nextLicensingStatus(action: LicensingAction, kind: ApplicationKind): LicensingStatus {
  if (action === 'passDocuments' && !needsSiteReview(kind)) return 'approval';
  if (action === 'issue' && kind === 'cancellation') return 'cancelled';
  return LICENSING_ACTIONS[action].to;
}

const GRANT_LABELS: Record<ApplicationKind, string> = { new: '批准并发证', renewal: '批准延续并换发', change: '批准变更并换发', cancellation: '批准注销' };

/** What the action is called for this kind: the grant differs, the other steps do not. */
export function licensingActionLabel(action: LicensingAction, kind: ApplicationKind): string {
  return action === 'issue' ? GRANT_LABELS[kind] : LICENSING_ACTIONS[action].label;
}

function assertDate(date: string): void {
  if (!isIsoDate(date)) throw new RangeError(`日期应为 YYYY-MM-DD，收到“${date}”`);
}

/**
 * On time when the decision comes on or before the deadline. Compared as dates rather than as a
 * count of working days, so a decision dated on the Saturday after a Friday deadline is late even
 * though no working day has passed since.
 */
export function isWithinLimit(acceptedOn: string, finishedOn: string, limitDays: number, calendar: HolidayCalendar): boolean {
  assertDate(finishedOn);
  if (finishedOn < acceptedOn) throw new RangeError(`办结日期 ${finishedOn} 早于受理日期 ${acceptedOn}`);
  return finishedOn <= licensingDeadline(acceptedOn, limitDays, calendar);
}

/**
 * What the figures need of an application. `dueOn` is the deadline computed with licensingDeadline
 * on the day of 受理 and kept: it is what the 受理通知书 promised the applicant, and keeping it means
 * the rate needs no calendar. `finishedOn` is the day of the decision, set once issued or refused.
 */
export interface LicensingTimes {
  status: LicensingStatus;
  acceptedOn: string;
  dueOn: string;
  finishedOn: string | null;
}

const isDecided = (status: LicensingStatus) => (DECIDED_LICENSING_STATUSES as readonly LicensingStatus[]).includes(status);

function decidedOn(application: LicensingTimes): string {
  if (application.finishedOn === null) throw new RangeError(`${LICENSING_STATUS_LABELS[application.status]}的申请缺少办结日期（受理于 ${application.acceptedOn}）`);
  return application.finishedOn;
}

/**
 * 办结率: decided on or before the due date / decided (issued or refused). Withdrawn applications are
 * in neither: the authority made no decision, so they say nothing about its timeliness. Open ones
 * are not finished yet; an open one already past due shows up in the list of overdue work instead.
 */
export function completionWithinLimitRate(applications: readonly LicensingTimes[]): Rate {
  const decided = applications.filter((a) => isDecided(a.status));
  const withinLimit = decided.filter((a) => decidedOn(a) <= a.dueOn).length;
  return rate(withinLimit, decided.length, '%');
}

/**
 * 平均办结天数: the mean of working days from 受理 to the decision, over decided applications;
 * null when none. Unrounded: rounding (to one decimal) is the display's job.
 */
export function averageDaysToFinish(applications: readonly LicensingTimes[], calendar: HolidayCalendar): number | null {
  const decided = applications.filter((a) => isDecided(a.status));
  if (decided.length === 0) return null;
  const total = decided.reduce((sum, a) => sum + workingDaysBetween(a.acceptedOn, decidedOn(a), calendar), 0);
  return total / decided.length;
}

/**
 * How long each licence runs: four years for both (《公共场所卫生管理条例实施细则》 art. 24 and the
 * provincial rules for 供水单位卫生许可证). A renewal runs the same span again from its grant.
 */
export const LICENCE_VALID_YEARS: Readonly<Record<LicenceType, number>> = { 公共场所卫生许可证: 4, 供水单位卫生许可证: 4 };

/**
 * The last day a licence is valid: the day before the anniversary of issue, so that `years` whole
 * years are covered (issued 2026-03-15, four years: valid through 2030-03-14). Counted back one day
 * first and then forward, so a licence issued on 29 February ends on 28 February, not the 27th.
 */
export function licenceExpiresOn(issuedOn: string, years: number): string {
  assertDate(issuedOn);
  if (!Number.isInteger(years) || years < 1 || years > 20) throw new RangeError(`有效期应为 1–20 年，收到 ${years}`);
  return dayjs(issuedOn).subtract(1, 'day').add(years, 'year').format('YYYY-MM-DD');
}

/**
 * Whether the holder should be applying for renewal (延续) now: from `daysBefore` calendar days
 * before expiry through the last valid day (the 实施细则 asks for the application 30 days ahead).
 * After that the licence has expired, which is isLicenceExpired's answer, not a renewal.
 */
export function isRenewalDue(expiresOn: string, today: string, daysBefore = 30): boolean {
  assertDate(expiresOn);
  assertDate(today);
  if (!Number.isInteger(daysBefore) || daysBefore < 0 || daysBefore > 366) throw new RangeError(`提前天数应为 0–366，收到 ${daysBefore}`);
  const opens = dayjs(expiresOn).subtract(daysBefore, 'day').format('YYYY-MM-DD');
  return opens <= today && today <= expiresOn;
}

/** Expired once the last valid day is over. */
export function isLicenceExpired(expiresOn: string, today: string): boolean {
  assertDate(expiresOn);
  assertDate(today);
  return today > expiresOn;
}
