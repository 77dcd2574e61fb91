import { sql, type Insertable, type Updateable } from 'kysely';
import type { ComplaintStatus } from '../../../core/complaints.js';
import { TIME_ZONE } from '../../../core/dates.js';
import type { ComplaintTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

function selectComplaints(db: Executor, scopePath: string) {
  return db
    .selectFrom('complaints as c')
    .innerJoin('divisions as d', 'd.code', 'c.division_code')
    .leftJoin('units as u', 'u.id', 'c.unit_id')
    .leftJoin('users as a', 'a.id', 'c.assignee_id')
    .where('c.path', 'like', subtreePattern(scopePath));
}
function withColumns(query: ReturnType<typeof selectComplaints>) {
  return query.select([
    'c.id', 'c.tracking_code', 'c.channel', 'c.county_code', 'c.path', 'c.division_code', 'c.category', 'c.subject', 'c.content',
    'c.location', 'c.unit_id', 'c.anonymous', 'c.reporter_name', 'c.reporter_phone', 'c.status', 'c.assignee_id', 'c.received_at',
    'c.reply_due_on', 'c.reply', 'c.replied_at', 'c.closed_at', 'd.name as division_name', 'u.name as unit_name', 'a.display_name as assignee_name',
  ]);
}
export type ComplaintRow = Awaited<ReturnType<ReturnType<typeof withColumns>['executeTakeFirstOrThrow']>>;

export async function findComplaint(db: Executor, scopePath: string, id: string): Promise<ComplaintRow | undefined> {
  return withColumns(selectComplaints(db, scopePath)).where('c.id', '=', id).executeTakeFirst();
}

/** The public lookup: only the fields a member of the public may see, by tracking code. */
export async function findPublicComplaint(db: Executor, trackingCode: string) {
  return db
    .selectFrom('complaints')
    .select(['tracking_code', 'status', 'received_at', 'reply_due_on', 'reply', 'replied_at'])
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirst();
}

export interface ComplaintFilter {
  status?: ComplaintStatus | undefined;
  overdue?: boolean | undefined;
}

/** Not answered by the end of the due day (Asia/Shanghai): the SQL twin of core isReplyOverdue. */
const overdueSql = (today: string) =>
  sql<boolean>`c.reply_due_on < coalesce((c.replied_at at time zone ${TIME_ZONE})::date, ${today}::date)`;

export async function listComplaints(db: Executor, scopePath: string, filter: ComplaintFilter, today: string, page: { offset: number; limit: number }) {
  let query = selectComplaints(db, scopePath);
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.overdue !== undefined) query = query.where(filter.overdue ? overdueSql(today) : sql<boolean>`not (${overdueSql(today)})`);
  const [items, count] = await Promise.all([
    withColumns(query).orderBy('c.received_at', 'desc').orderBy('c.id').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

export async function trackingCodeTaken(db: Executor, code: string): Promise<boolean> {
  return !!(await db.selectFrom('complaints').select('id').where('tracking_code', '=', code).executeTakeFirst());
}

export async function insertComplaint(db: Executor, values: Insertable<ComplaintTable>): Promise<string> {
  return (await db.insertInto('complaints').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateComplaint(db: Executor, id: string, values: Updateable<ComplaintTable>): Promise<void> {
  await db.updateTable('complaints').set(values).where('id', '=', id).execute();
}
