import { sql, type RawBuilder } from 'kysely';
import type { Period } from '../../../core/periods.js';
import { TIME_ZONE } from '../../../core/dates.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';
import { unitFileCompleteSql } from '../units/repo.js';

/**
 * The dashboard's grouped counts. Each query reads one table once for all the periods compared
 * (current, previous, same period last year), joined to a small VALUES list of periods, and groups by
 * period and station (or by the township part of the path): a fixed number of queries whatever the
 * number of children, each a range scan on the path (and date) indexes. Roll-up is done in memory.
 * `scopePath` is always inside the actor's scope: the service checks it before calling.
 */

/** `(values (0, start, end), …) as per(i, s, e)`: the periods as rows, i being the index in `periods`. */
function periodRows(periods: readonly Period[]): RawBuilder<unknown> {
  const rows = periods.map((p, i) => sql`(${i}::int, ${p.start}::date, ${p.end}::date)`);
  return sql`(values ${sql.join(rows)}) as per(i, s, e)`;
}

/** A path cut at township level ('/…/321281/321281100000/'): the station a village's report belongs to. */
const townshipKey = (column: RawBuilder<unknown>) => sql<string>`substring(${column} from '^(?:/[0-9]+){1,4}/')`;

/** The Asia/Shanghai calendar date of a timestamptz column. */
const localDay = (column: RawBuilder<unknown>) => sql`(${column} at time zone ${TIME_ZONE})::date`;
/** The instant a Shanghai calendar date starts. */
const dayStart = (date: RawBuilder<unknown>) => sql`(${date})::timestamp at time zone ${TIME_ZONE}`;

async function rows<T>(db: Executor, query: RawBuilder<T>): Promise<T[]> {
  return (await query.execute(db)).rows;
}

export interface UnitCountRow { i: number; org_id: string; known: string; complete: string; active: string; patrolled: string }

/**
 * Per period and station: units existing at the period's end and those with a complete file (建档率,
 * judged on the file as it is now: field history is not kept), and units owing patrols during the
 * period (isActiveDuring) with those patrolled in it (巡查覆盖率).
 */
export function countUnits(db: Executor, scopePath: string, periods: readonly Period[]) {
  const filed = localDay(sql`u.created_at`);
  return rows(db, sql<UnitCountRow>`
    select per.i, u.org_id,
      count(*) filter (where u.closed_on is null or u.closed_on > per.e) as known,
      count(*) filter (where (u.closed_on is null or u.closed_on > per.e) and ${unitFileCompleteSql}) as complete,
      count(*) filter (where u.closed_on is null or u.closed_on > per.s) as active,
      count(*) filter (where (u.closed_on is null or u.closed_on > per.s)
        and exists (select 1 from patrols p where p.unit_id = u.id and p.patrolled_on between per.s and per.e)) as patrolled
    from units u join ${periodRows(periods)} on ${filed} <= per.e
    where u.path like ${subtreePattern(scopePath)}
    group by per.i, u.org_id`);
}

export interface PatrolCountRow { i: number; org_id: string; category: string; patrols: string; problems: string }

/** Per period, station and unit category: visits (户次) and visits that found a problem. */
export function countPatrols(db: Executor, scopePath: string, periods: readonly Period[]) {
  return rows(db, sql<PatrolCountRow>`
    select per.i, p.org_id, u.category, count(*) as patrols, count(*) filter (where p.outcome <> 'no_problem') as problems
    from patrols p
      join ${periodRows(periods)} on p.patrolled_on between per.s and per.e
      join units u on u.id = p.unit_id
    where p.path like ${subtreePattern(scopePath)}
    group by per.i, p.org_id, u.category`);
}

export interface RectificationCountRow { i: number; org_id: string; required: string; closed: string }

/**
 * Per period and station: rectifications ordered (the first patrol's outcome was 责令整改; a problem
 * referred straight to the institute is not a rectification the station follows up) and those closed.
 */
export function countRectifications(db: Executor, scopePath: string, periods: readonly Period[]) {
  return rows(db, sql<RectificationCountRow>`
    select per.i, r.org_id, count(*) as required, count(*) filter (where r.status = 'closed') as closed
    from rectifications r
      join ${periodRows(periods)} on r.required_on between per.s and per.e
      join patrols p on p.id = r.patrol_id and p.outcome = 'rectification'
    where r.path like ${subtreePattern(scopePath)}
    group by per.i, r.org_id`);
}

export interface ReportCountRow { i: number; key: string; reported: string; on_time: string; missed: string }

/**
 * Per period and township: information reports of things found in the period (Asia/Shanghai days),
 * those on time, and events an inspector marked as not reported. Reports come from stations and their
 * village information points, so they are grouped by the township part of the path.
 */
export function countReports(db: Executor, scopePath: string, periods: readonly Period[]) {
  const within = (column: RawBuilder<unknown>) => sql`${column} >= ${dayStart(sql`per.s`)} and ${column} < ${dayStart(sql`per.e + 1`)}`;
  const scope = subtreePattern(scopePath);
  return rows(db, sql<ReportCountRow>`
    select i, key, sum(reported) as reported, sum(on_time) as on_time, sum(missed) as missed from (
      select per.i, ${townshipKey(sql`r.path`)} as key, count(*) as reported, count(*) filter (where r.on_time) as on_time, 0 as missed
      from reports r join ${periodRows(periods)} on ${within(sql`r.found_at`)}
      where r.path like ${scope}
      group by 1, 2
      union all
      select per.i, ${townshipKey(sql`m.path`)}, 0, 0, count(*)
      from missed_reports m join ${periodRows(periods)} on ${within(sql`m.found_at`)}
      where m.path like ${scope}
      group by 1, 2
    ) t group by i, key`);
}

export interface AssistantCountRow { i: number; org_id: string; assistants: string; certified: string }

/**
 * Per period and station: enabled assistants and station heads, and those whose 协管员证 is valid on
 * the period's last day (isCertificateValid: through the expiry date). Accounts keep no history of
 * when a person joined or left, so every period counts today's people; only the certificate is dated.
 */
export function countAssistants(db: Executor, scopePath: string, periods: readonly Period[]) {
  return rows(db, sql<AssistantCountRow>`
    select per.i, u.org_id, count(*) as assistants,
      count(*) filter (where u.certificate_expires_on is not null and u.certificate_expires_on >= per.e) as certified
    from users u
      join orgs o on o.id = u.org_id and o.kind = 'station'
      cross join ${periodRows(periods)}
    where o.path like ${subtreePattern(scopePath)} and u.enabled and u.role in ('assistant', 'station_head')
    group by per.i, u.org_id`);
}

export interface StationRow { id: string; name: string; path: string; division_code: string; valid_from: string; valid_to: string | null }

/** Every station inside the scope, whatever its status: records keep the station they were made at. */
export async function listStations(db: Executor, scopePath: string): Promise<StationRow[]> {
  return db
    .selectFrom('orgs')
    .select(['id', 'name', 'path', 'division_code', 'valid_from', 'valid_to'])
    .where('kind', '=', 'station')
    .where('path', 'like', subtreePattern(scopePath))
    .orderBy('path')
    .orderBy('valid_from')
    .execute();
}

export interface MonthCountRow { month: string; patrols: string; reports: string }

/** Visits, and reports by the month the thing was found, per calendar month of the periods. */
export function countByMonth(db: Executor, scopePath: string, periods: readonly Period[]) {
  const scope = subtreePattern(scopePath);
  const anyOf = (test: (p: Period) => RawBuilder<unknown>) => sql`(${sql.join(periods.map(test), sql` or `)})`;
  const visited = anyOf((p) => sql`p.patrolled_on between ${p.start}::date and ${p.end}::date`);
  const found = anyOf((p) => sql`r.found_at >= ${dayStart(sql`${p.start}::date`)} and r.found_at < ${dayStart(sql`${p.end}::date + 1`)}`);
  return rows(db, sql<MonthCountRow>`
    select month, sum(patrols) as patrols, sum(reports) as reports from (
      select to_char(p.patrolled_on, 'YYYY-MM') as month, count(*) as patrols, 0 as reports
      from patrols p where p.path like ${scope} and ${visited}
      group by 1
      union all
      select to_char(${localDay(sql`r.found_at`)}, 'YYYY-MM'), 0, count(*)
      from reports r where r.path like ${scope} and ${found}
      group by 1
    ) t group by month`);
}
