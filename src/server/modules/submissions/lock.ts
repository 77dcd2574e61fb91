/**
 * Accepted registers lock the month (DESIGN §6, §12 DHIS2 "approved data locks"): once the county
 * has accepted a station's monthly registers, nothing may be added that would change them. Called
 * by the patrols and reports services inside their transactions; reopening from above unlocks.
 */
import { sql } from 'kysely';
import { periodContaining } from '../../../core/periods.js';
import type { Executor } from '../../db/types.js';
import { ConflictError } from '../../errors.js';

/**
 * Throws 409 when `date` falls in a month whose registers are accepted for the station the record
 * belongs to. `record` is where it happened: a patrol's station (its unit's org) and path, or the
 * reporting org and its path; like the information register, a report counts for the station that
 * made it and for the station whose path lies strictly above the reporter's (its information points).
 */
export async function assertMonthOpen(tx: Executor, record: { orgId: string; path: string }, date: string): Promise<void> {
  const month = periodContaining('month', date);
  const locked = await tx
    .selectFrom('submissions as s')
    .innerJoin('data_sets as ds', 'ds.id', 's.data_set_id')
    .innerJoin('orgs as o', 'o.id', 's.org_id')
    .select('o.name')
    .where('ds.kind', '=', 'registers')
    .where('s.period', '=', month.key)
    .where('s.status', '=', 'accepted')
    .where((eb) => eb.or([
      eb('s.org_id', '=', record.orgId),
      eb.and([sql<boolean>`${record.path} like s.path || '%'`, eb('s.path', '<>', record.path)]),
    ]))
    .executeTakeFirst();
  if (locked) throw new ConflictError(`${locked.name}${month.label}协管月报已审核锁定，不能再登记该月的记录；如需补录，请联系上级重开`);
}
