import { sql, type Insertable, type Updateable } from 'kysely';
import { DECIDED_LICENSING_STATUSES, OPEN_LICENSING_STATUSES, type LicensingStatus } from '../../../core/licensing.js';
import type { LicenceApplicationTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { containsPattern, subtreePattern } from '../../scope.js';

function selectApplications(db: Executor, scopePath: string) {
  return db
    .selectFrom('licence_applications as l')
    .leftJoin('units as u', 'u.id', 'l.unit_id')
    .where('l.path', 'like', subtreePattern(scopePath));
}
function withColumns(query: ReturnType<typeof selectApplications>) {
  return query.select([
    'l.id', 'l.application_no', 'l.county_code', 'l.path', 'l.unit_id', 'l.applicant_name', 'l.applicant_phone', 'l.licence_type',
    'l.kind', 'l.status', 'l.accepted_on', 'l.due_on', 'l.decided_on', 'l.refusal_reason', 'l.licence_no', 'l.issued_on',
    'l.expires_on', 'l.created_at', 'l.updated_at', 'u.name as unit_name',
  ]);
}
export type LicenceApplicationRow = Awaited<ReturnType<ReturnType<typeof withColumns>['executeTakeFirstOrThrow']>>;

export async function findApplication(db: Executor, scopePath: string, id: string): Promise<LicenceApplicationRow | undefined> {
  return withColumns(selectApplications(db, scopePath)).where('l.id', '=', id).executeTakeFirst();
}

export interface LicenceApplicationFilter {
  status?: LicensingStatus | undefined;
  overdue?: boolean | undefined;
}

/** Still owed a decision after the due day: the SQL twin of the `overdue` flag in the service. */
const overdueSql = (today: string) => sql<boolean>`(l.status in (${sql.join([...OPEN_LICENSING_STATUSES])}) and l.due_on < ${today}::date)`;

export async function listApplications(db: Executor, scopePath: string, filter: LicenceApplicationFilter, today: string, page: { offset: number; limit: number }) {
  let query = selectApplications(db, scopePath);
  if (filter.status) query = query.where('l.status', '=', filter.status);
  if (filter.overdue !== undefined) query = query.where(filter.overdue ? overdueSql(today) : sql<boolean>`not ${overdueSql(today)}`);
  const [items, count] = await Promise.all([
    withColumns(query).orderBy('l.accepted_on', 'desc').orderBy('l.application_no', 'desc').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

/** Applications decided (issued or refused) between two days inclusive: the 办结 the indicators count. */
export async function listDecidedBetween(db: Executor, scopePath: string, from: string, to: string) {
  return db
    .selectFrom('licence_applications')
    .select(['status', 'accepted_on', 'due_on', 'decided_on'])
    .where('path', 'like', subtreePattern(scopePath))
    .where('status', 'in', [...DECIDED_LICENSING_STATUSES])
    .where('decided_on', '>=', from)
    .where('decided_on', '<=', to)
    .execute();
}

/** Issued licences by number or holder name, for the public query: only what may be published. */
/**
 * Licences by number or holder, each as its latest grant says: a renewal or change replaces the
 * dates of the 新办, a granted cancellation ends it.
 */
export async function searchIssuedLicences(db: Executor, q: string, limit: number) {
  const like = containsPattern(q);
  const latest = db
    .selectFrom('licence_applications')
    .distinctOn('licence_no')
    .select(['licence_no', 'applicant_name', 'licence_type', 'issued_on', 'expires_on', 'status', 'decided_on'])
    .where('status', 'in', ['issued', 'cancelled'])
    .where('licence_no', 'in', (eb) =>
      eb.selectFrom('licence_applications').select('licence_no').where('status', '=', 'issued')
        .where((w) => w.or([w('licence_no', 'ilike', like), w('applicant_name', 'ilike', like)])),
    )
    .orderBy('licence_no')
    .orderBy('decided_on', 'desc')
    .orderBy('created_at', 'desc');
  return db.selectFrom(latest.as('l')).selectAll().orderBy('decided_on', 'desc').orderBy('licence_no').limit(limit).execute();
}

export async function applicationNoTaken(db: Executor, applicationNo: string): Promise<boolean> {
  return !!(await db.selectFrom('licence_applications').select('id').where('application_no', '=', applicationNo).executeTakeFirst());
}

export async function licenceNoTaken(db: Executor, licenceNo: string): Promise<boolean> {
  return !!(await db.selectFrom('licence_applications').select('id').where('licence_no', '=', licenceNo).executeTakeFirst());
}

export async function insertApplication(db: Executor, values: Insertable<LicenceApplicationTable>): Promise<string> {
  return (await db.insertInto('licence_applications').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateApplication(db: Executor, id: string, values: Updateable<LicenceApplicationTable>): Promise<void> {
  await db.updateTable('licence_applications').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
}
