import { sql } from 'kysely';
import { TIME_ZONE } from '../../../core/dates.js';
import { REPORT_ACCEPT_HOURS } from '../../../core/reports.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

/** Still waiting for the institute: complaints before their reply, reports before they are closed. */
const OPEN_COMPLAINT = ['received', 'assigned', 'investigating'] as const;
const OPEN_REPORT = ['submitted', 'accepted', 'verifying'] as const;

export interface InboxFilter {
  kind?: 'complaint' | 'report' | undefined;
  openOnly: boolean;
  overdueOnly: boolean;
}

/**
 * The institute's inbox: complaints and the stations' information reports in one list, newest
 * first. A complaint is overdue when unanswered after its reply day; a report when still
 * unaccepted REPORT_ACCEPT_HOURS after it was reported, the same rule the reminders use.
 */
export async function listInbox(db: Executor, scopePath: string, filter: InboxFilter, now: Date, page: { offset: number; limit: number }) {
  const pattern = subtreePattern(scopePath);
  const today = sql`(${now}::timestamptz at time zone ${TIME_ZONE})::date`;
  const complaintOverdue = sql<boolean>`c.reply_due_on < coalesce((c.replied_at at time zone ${TIME_ZONE})::date, ${today})`;
  const reportAcceptBy = sql<Date>`r.reported_at + make_interval(hours => ${REPORT_ACCEPT_HOURS})`;
  const reportOverdue = sql<boolean>`(r.status = 'submitted' and ${reportAcceptBy} < ${now}::timestamptz)`;

  let complaints = db
    .selectFrom('complaints as c')
    .innerJoin('divisions as d', 'd.code', 'c.division_code')
    .where('c.path', 'like', pattern)
    .select([
      sql<'complaint' | 'report'>`'complaint'`.as('kind'), 'c.id', sql<string | null>`c.tracking_code`.as('code'), 'c.category',
      sql<string>`c.subject`.as('title'), sql<string>`c.channel`.as('source'), sql<string>`d.name`.as('area_name'),
      sql<Date>`c.received_at`.as('received_at'), sql<string>`c.status`.as('status'), sql<string | null>`c.reply_due_on::text`.as('reply_due_on'),
      sql<Date | null>`null::timestamptz`.as('accept_by'), complaintOverdue.as('overdue'),
    ]);
  let reports = db
    .selectFrom('reports as r')
    .innerJoin('orgs as o', 'o.id', 'r.org_id')
    .where('r.path', 'like', pattern)
    .select([
      sql<'complaint' | 'report'>`'report'`.as('kind'), 'r.id', sql<string | null>`null::text`.as('code'), 'r.category',
      sql<string>`left(r.content, 120)`.as('title'), sql<string>`r.reporter_name`.as('source'), sql<string>`o.name`.as('area_name'),
      sql<Date>`r.reported_at`.as('received_at'), sql<string>`r.status`.as('status'), sql<string | null>`null::text`.as('reply_due_on'),
      sql<Date | null>`case when r.status = 'submitted' then ${reportAcceptBy} end`.as('accept_by'), reportOverdue.as('overdue'),
    ]);
  if (filter.openOnly) {
    complaints = complaints.where('c.status', 'in', OPEN_COMPLAINT);
    reports = reports.where('r.status', 'in', OPEN_REPORT);
  }
  if (filter.overdueOnly) {
    complaints = complaints.where(complaintOverdue).where('c.status', 'in', OPEN_COMPLAINT);
    reports = reports.where(reportOverdue);
  }
  const union = filter.kind === 'complaint' ? complaints : filter.kind === 'report' ? reports : complaints.unionAll(reports);
  const [items, count] = await Promise.all([
    db.selectFrom(union.as('i')).selectAll().orderBy('received_at', 'desc').orderBy('id').offset(page.offset).limit(page.limit).execute(),
    db.selectFrom(union.as('i')).select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}
export type InboxRow = Awaited<ReturnType<typeof listInbox>>['items'][number];
