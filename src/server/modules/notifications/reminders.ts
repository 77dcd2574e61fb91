/**
 * Reminders (DESIGN §6, §7): before a deadline and when it has passed, for submissions,
 * rectifications, information reports and complaints awaiting the institute, and licences about to
 * run out. A run looks only at `now`; every notification
 * carries a dedupe key naming the event and the recipient, so running again — every quarter of an
 * hour, or after a restart — tells nobody twice.
 */
import dayjs from 'dayjs';
import { TIME_ZONE, localDate } from '../../../core/dates.js';
import { divisionLevelOf } from '../../../core/divisions.js';
import { daysBetween, lastEndedPeriod, submissionDueDate, type Period } from '../../../core/periods.js';
import { REPORT_ACCEPT_HOURS, reportCategoryByCode } from '../../../core/reports.js';
import type { Executor } from '../../db/types.js';
import { expectedSubmissions, type ExpectedSubmission } from '../submissions/expected.js';
import {
  allDataSets, answersForOrg, complaintsUnanswered, enabledUsersOfOrgs, inspectorsOfCounties, licencesExpiring, openRectificationsDue,
  reportsAwaitingAcceptance, type DueRectification,
} from './reminderQueries.js';
import { insertNotifications, type NewNotification } from './repo.js';
import { REMINDER_KINDS, type ReminderKind } from './schemas.js';

export interface ReminderOptions {
  /** How many days before a submission's due date the first reminder goes out (REMINDER_DAYS_BEFORE). */
  daysBefore: number;
}
export type ReminderCounts = Record<ReminderKind, number>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Older events are history: reminding of them now would only flood the bell. */
const LOOKBACK_DAYS = 30;
/** The 实施细则 asks for a renewal 30 days before the licence ends: the institute is told then. */
const RENEWAL_NOTICE_DAYS = 30;
/** Statuses in which the org still holds the submission: nothing has reached the reviewer. */
const NOT_SUBMITTED = new Set([null, 'draft', 'returned', 'reopened']);

/** Inserts what is due at `now`; returns how many notifications each kind added. */
export async function runReminders(db: Executor, now: Date, options: ReminderOptions): Promise<ReminderCounts> {
  const today = localDate(now);
  const counts = Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, 0])) as ReminderCounts;
  const batches: [ReminderKind, NewNotification[]][] = [
    ...(await submissionReminders(db, today, options.daysBefore)),
    ['rectification_due', await rectificationReminders(db, 'rectification_due', today, shiftDate(today, 1))],
    ['rectification_overdue', await rectificationReminders(db, 'rectification_overdue', shiftDate(today, -LOOKBACK_DAYS), shiftDate(today, -1))],
    ['report_pending', await reportPendingReminders(db, now)],
    ['complaint_overdue', await complaintOverdueReminders(db, shiftDate(today, -LOOKBACK_DAYS), shiftDate(today, -1))],
    ['licence_expiring', await licenceExpiringReminders(db, today, shiftDate(today, RENEWAL_NOTICE_DAYS))],
  ];
  for (const [kind, rows] of batches) counts[kind] += await insertNotifications(db, rows);
  return counts;
}

async function submissionReminders(db: Executor, today: string, daysBefore: number): Promise<[ReminderKind, NewNotification[]][]> {
  const batches: [ReminderKind, NewNotification[]][] = [];
  for (const dataSet of await allDataSets(db)) {
    // Only the latest ended period: earlier ones were reminded of in their time.
    const period = lastEndedPeriod(dataSet.period_type, today);
    const due = submissionDueDate(period, dataSet.deadline_days);
    const daysLeft = daysBetween(today, due);
    if (daysLeft > daysBefore) continue;
    const kind: ReminderKind = daysLeft >= 0 ? 'submission_due' : 'submission_overdue';
    const missing = (await expectedSubmissions(db, '/', dataSet, period)).filter((e) => NOT_SUBMITTED.has(e.status));
    const context = { kind, dataSet, period, due, daysLeft };
    batches.push([kind, await submissionNotifications(db, context, missing)]);
  }
  return batches;
}

interface SubmissionContext {
  kind: ReminderKind;
  dataSet: { id: string; name: string; reporting_org_kind: Parameters<typeof answersForOrg>[0] };
  period: Period;
  due: string;
  daysLeft: number;
}

async function submissionNotifications(db: Executor, c: SubmissionContext, missing: ExpectedSubmission[]): Promise<NewNotification[]> {
  const members = await enabledUsersOfOrgs(db, missing.map((m) => m.orgId));
  const inspectors = c.kind === 'submission_overdue' ? await inspectorsOfCounties(db, missing.map((m) => countyPathOf(m.path))) : new Map<string, string[]>();
  const rows: NewNotification[] = [];
  for (const org of missing) {
    const recipients = [
      ...(members.get(org.orgId) ?? []).filter((m) => answersForOrg(c.dataSet.reporting_org_kind, m.role)).map((m) => m.userId),
      ...(inspectors.get(countyPathOf(org.path)) ?? []),
    ];
    const { title, body } = submissionMessage(c, org.orgName);
    const prefix = c.kind === 'submission_due' ? 'submission-due' : 'submission-overdue';
    for (const userId of new Set(recipients)) {
      rows.push({ user_id: userId, kind: c.kind, title, body, link: '/submissions', dedupe_key: `${prefix}:${c.dataSet.id}:${c.period.key}:${org.orgId}:${userId}` });
    }
  }
  return rows;
}

function submissionMessage(c: SubmissionContext, orgName: string) {
  const what = `${c.dataSet.name}（${c.period.label}）`;
  if (c.kind === 'submission_due') {
    const left = c.daysLeft === 0 ? '今天截止' : `还剩 ${c.daysLeft} 天`;
    return {
      title: `${orgName}：${what}请于${dateLabel(c.due)}前报送`,
      body: `${orgName}尚未报送${what}，截止日期为 ${dateLabel(c.due)}（含当天），${left}。`,
    };
  }
  return {
    title: `${orgName}：${what}逾期未报送`,
    body: `${orgName}的${what}截止日期 ${dateLabel(c.due)} 已过，仍未报送，请尽快补报。`,
  };
}

/** Open rectifications with a deadline in [from, to]: the station is told; once overdue, the county's inspectors too. */
async function rectificationReminders(db: Executor, kind: 'rectification_due' | 'rectification_overdue', from: string, to: string) {
  const rectifications = await openRectificationsDue(db, from, to);
  const members = await enabledUsersOfOrgs(db, rectifications.map((r) => r.org_id));
  const inspectors = kind === 'rectification_overdue' ? await inspectorsOfCounties(db, rectifications.map((r) => countyPathOf(r.path))) : new Map<string, string[]>();
  const rows: NewNotification[] = [];
  for (const r of rectifications) {
    const recipients = [
      ...(members.get(r.org_id) ?? []).filter((m) => answersForOrg(r.org_kind, m.role)).map((m) => m.userId),
      ...(inspectors.get(countyPathOf(r.path)) ?? []),
    ];
    const { title, body } = rectificationMessage(kind, r);
    const prefix = kind === 'rectification_due' ? 'rectification-due' : 'rectification-overdue';
    // The deadline is in the key: a re-inspection that extends it earns a reminder of the new one.
    for (const userId of new Set(recipients)) {
      rows.push({ user_id: userId, kind, title, body, link: '/rectifications', dedupe_key: `${prefix}:${r.id}:${r.deadline}:${userId}` });
    }
  }
  return rows;
}

function rectificationMessage(kind: 'rectification_due' | 'rectification_overdue', r: DueRectification) {
  return kind === 'rectification_due'
    ? { title: `整改期限将至：${r.unit_name}`, body: `${r.org_name}责令${r.unit_name}整改，期限为 ${dateLabel(r.deadline)}，请按期复查。` }
    : { title: `整改逾期未复查：${r.unit_name}`, body: `${r.org_name}责令${r.unit_name}整改，期限 ${dateLabel(r.deadline)} 已过，尚未复查销号。` };
}

/** Reports unaccepted for 24 hours go to the inspectors of the reporting org's county. */
async function reportPendingReminders(db: Executor, now: Date): Promise<NewNotification[]> {
  const reports = await reportsAwaitingAcceptance(db, new Date(now.getTime() - LOOKBACK_DAYS * DAY), new Date(now.getTime() - REPORT_ACCEPT_HOURS * HOUR + 1));
  const inspectors = await inspectorsOfCounties(db, reports.map((r) => countyPathOf(r.path)));
  const rows: NewNotification[] = [];
  for (const r of reports) {
    const category = reportCategoryByCode(r.category)?.zh ?? r.category;
    const reportedAt = dayjs(r.reported_at).tz(TIME_ZONE).format('YYYY年M月D日 HH:mm');
    const title = `信息报告超过 ${REPORT_ACCEPT_HOURS} 小时未受理：${r.org_name}`;
    const body = `${r.org_name}于 ${reportedAt} 报告的${category}信息尚未受理，请及时处理。`;
    for (const userId of inspectors.get(countyPathOf(r.path)) ?? []) {
      rows.push({ user_id: userId, kind: 'report_pending', title, body, link: '/reports', dedupe_key: `report-pending:${r.id}:${userId}` });
    }
  }
  return rows;
}

/** A complaint unanswered after its reply day: its handler is told, or the county's inspectors while nobody is assigned. */
async function complaintOverdueReminders(db: Executor, from: string, to: string): Promise<NewNotification[]> {
  const complaints = await complaintsUnanswered(db, from, to);
  const inspectors = await inspectorsOfCounties(db, complaints.filter((c) => !c.assignee_id).map((c) => c.path));
  const rows: NewNotification[] = [];
  for (const c of complaints) {
    const title = `投诉举报逾期未答复：${c.tracking_code}`;
    const body = `“${c.subject}”的投诉举报答复期限 ${dateLabel(c.reply_due_on)} 已过，尚未答复。`;
    for (const userId of c.assignee_id ? [c.assignee_id] : (inspectors.get(c.path) ?? [])) {
      rows.push({ user_id: userId, kind: 'complaint_overdue', title, body, link: `/complaints?open=${c.id}`, dedupe_key: `complaint-overdue:${c.id}:${userId}` });
    }
  }
  return rows;
}

/** Licences ending within the notice period, without a renewal accepted: the county's inspectors are told once per end date. */
async function licenceExpiringReminders(db: Executor, from: string, to: string): Promise<NewNotification[]> {
  const units = await licencesExpiring(db, from, to);
  const inspectors = await inspectorsOfCounties(db, units.map((u) => countyPathOf(u.path)));
  const rows: NewNotification[] = [];
  for (const u of units) {
    const title = `许可证将到期：${u.name}`;
    const body = `${u.name}的${u.licence_type}（${u.licence_no}）有效期至 ${dateLabel(u.licence_expires_on!)}，尚未受理延续申请。`;
    for (const userId of inspectors.get(countyPathOf(u.path)) ?? []) {
      rows.push({ user_id: userId, kind: 'licence_expiring', title, body, link: `/units/${u.id}`, dedupe_key: `licence-expiring:${u.id}:${u.licence_expires_on}:${userId}` });
    }
  }
  return rows;
}

/** '/320000/321200/321281/321281001000/' → '/320000/321200/321281/': where the county institute sits. */
export function countyPathOf(path: string): string {
  const codes = path.split('/').filter(Boolean);
  const county = codes.findIndex((code) => divisionLevelOf(code) === 'county');
  return county < 0 ? path : `/${codes.slice(0, county + 1).join('/')}/`;
}

function shiftDate(date: string, days: number): string {
  return dayjs(date).add(days, 'day').format('YYYY-MM-DD');
}

/** '2026-04-19' → '2026年4月19日'. */
function dateLabel(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
