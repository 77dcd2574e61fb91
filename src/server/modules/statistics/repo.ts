import { sql, type RawBuilder } from 'kysely';
import type { Period } from '../../../core/periods.js';
import { TIME_ZONE } from '../../../core/dates.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';
import { unitFileCompleteSql } from '../units/repo.js';

/**
 * The dashboard's grouped counts. Each query reads a table for all the periods compared (current,
 * previous, same period last year) as one UNION ALL of per-period branches, each a range scan on the
 * path (and date) indexes grouped by station (or by the township part of the path): a fixed number of
 * queries whatever the number of children. Roll-up is done in memory. (A join to a VALUES list of
 * periods reads the same but made PostgreSQL test every row against every period: four times slower
 * at province scale.) `scopePath` is always inside the actor's scope: the service checks it first.
 */

/** The periods as rows, i being the index in `periods`: for the small tables where a join is cheap. */
function periodRows(periods: readonly Period[]): RawBuilder<unknown> {
  const rows = periods.map((p, i) => sql`(${i}::int, ${p.start}::date, ${p.end}::date)`);
  return sql`(values ${sql.join(rows)}) as per(i, s, e)`;
}

/** One branch per period, glued with UNION ALL; each branch selects its index as `i`. */
function perPeriod(periods: readonly Period[], branch: (period: Period, i: RawBuilder<number>) => RawBuilder<unknown>): RawBuilder<unknown> {
  return sql.join(periods.map((period, i) => branch(period, sql<number>`${i}::int`)), sql` union all `);
}

/** A path cut at township level ('/…/321281/321281100000/'): the station a village's report belongs to. */
const townshipKey = (column: RawBuilder<unknown>) => sql<string>`substring(${column} from '^(?:/[0-9]+){1,4}/')`;

/** The Asia/Shanghai calendar date of a timestamptz column. */
const localDay = (column: RawBuilder<unknown>) => sql`(${column} at time zone ${TIME_ZONE})::date`;
/** The instant a Shanghai calendar date starts. */
const dayStart = (date: RawBuilder<unknown>) => sql`(${date})::timestamp at time zone ${TIME_ZONE}`;
/** A timestamptz column within the Shanghai days of a period. */
const withinDays = (column: RawBuilder<unknown>, p: Period) =>
  sql`${column} >= ${dayStart(sql`${p.start}::date`)} and ${column} < ${dayStart(sql`${p.end}::date + 1`)}`;

async function rows<T>(db: Executor, query: RawBuilder<unknown>): Promise<T[]> {
  return (await query.execute(db)).rows as T[];
}

export interface UnitCountRow { i: number; org_id: string; known: string; complete: string; active: string }

/**
 * Per period and station: units existing at the period's end and those with a complete file (建档率,
 * judged on the file as it is now: field history is not kept), and units owing patrols during the
 * period (isActiveDuring: filed by its end, not closed before its start). One pass over the units for
 * all periods: the file check is worked out once per unit (OFFSET 0 keeps PostgreSQL from copying it
 * into every FILTER), and the wide row is turned into one row per period in memory.
 */
export async function countUnits(db: Executor, scopePath: string, periods: readonly Period[]): Promise<UnitCountRow[]> {
  const existsAt = (day: string) => sql`(u.closed_on is null or u.closed_on > ${day}::date)`;
  const columns = periods.map((p, i) => sql`
    count(*) filter (where u.filed <= ${p.end}::date and ${existsAt(p.end)}) as ${sql.ref(`known_${i}`)},
    count(*) filter (where u.filed <= ${p.end}::date and ${existsAt(p.end)} and u.complete) as ${sql.ref(`complete_${i}`)},
    count(*) filter (where u.filed <= ${p.end}::date and ${existsAt(p.start)}) as ${sql.ref(`active_${i}`)}`);
  const wide = await rows<Record<string, string>>(db, sql`
    select u.org_id, ${sql.join(columns)}
    from (
      select u.org_id, u.closed_on, ${localDay(sql`u.created_at`)} as filed, ${unitFileCompleteSql} as complete
      from units u where u.path like ${subtreePattern(scopePath)} offset 0
    ) u
    group by u.org_id`);
  return wide.flatMap((row) => periods.map((_, i) => ({
    i, org_id: row.org_id!, known: row[`known_${i}`]!, complete: row[`complete_${i}`]!, active: row[`active_${i}`]!,
  })));
}

export interface PatrolCountRow {
  i: number; org_id: string; unit_org_id: string; category: string; patrols: string; problems: string; units_patrolled: string;
}

/**
 * Per period, station and unit category: visits (户次), visits that found a problem, and the distinct
 * units patrolled among those owing patrols in the period (巡查覆盖率's numerator, counted at the
 * unit's station like its denominator; visits stay at the station that made them). The visits are
 * first summed per unit, so the join to units and the distinct count work on units, not on visits.
 */
export function countPatrols(db: Executor, scopePath: string, periods: readonly Period[]) {
  const scope = subtreePattern(scopePath);
  return rows<PatrolCountRow>(db, perPeriod(periods, (p, i) => sql`
    select ${i} as i, v.org_id, u.org_id as unit_org_id, u.category, sum(v.visits) as patrols, sum(v.problems) as problems,
      count(*) filter (where (u.closed_on is null or u.closed_on > ${p.start}::date)
        and ${localDay(sql`u.created_at`)} <= ${p.end}::date) as units_patrolled
    from (
      select p.unit_id, p.org_id, count(*) as visits, count(*) filter (where p.outcome <> 'no_problem') as problems
      from patrols p
      where p.path like ${scope} and p.patrolled_on between ${p.start}::date and ${p.end}::date
      group by p.unit_id, p.org_id
    ) v join units u on u.id = v.unit_id
    group by v.org_id, u.org_id, u.category`));
}

export interface RectificationCountRow { i: number; org_id: string; required: string; closed: string }

/**
 * Per period and station: rectifications ordered (the first patrol's outcome was 责令整改; a problem
 * referred straight to the institute also opens a row, escalated at once, which is not a rectification
 * the station follows up) and those closed. The patrol is matched with EXISTS on the partial index of
 * patrols ordering a rectification (0006): a county probes it per row, a province hashes it whole
 * (a join to all patrols made PostgreSQL hash every patrol of the province; a subquery per row made
 * it look up every rectification's patrol by primary key).
 */
export function countRectifications(db: Executor, scopePath: string, periods: readonly Period[]) {
  const scope = subtreePattern(scopePath);
  return rows<RectificationCountRow>(db, perPeriod(periods, (p, i) => sql`
    select ${i} as i, r.org_id, count(*) as required, count(*) filter (where r.status = 'closed') as closed
    from rectifications r
    where r.path like ${scope} and r.required_on between ${p.start}::date and ${p.end}::date
      and exists (select from patrols p where p.id = r.patrol_id and p.outcome = 'rectification')
    group by r.org_id`));
}

export interface ReportCountRow { i: number; key: string; reported: string; on_time: string; missed: string }

/**
 * Per period and township: information reports of things found in the period (Asia/Shanghai days),
 * those on time, and events an inspector marked as not reported. Reports come from stations and their
 * village information points, so they are grouped by the township part of the path.
 */
export function countReports(db: Executor, scopePath: string, periods: readonly Period[]) {
  const scope = subtreePattern(scopePath);
  return rows<ReportCountRow>(db, sql`
    select i, key, sum(reported) as reported, sum(on_time) as on_time, sum(missed) as missed from (
      ${perPeriod(periods, (p, i) => sql`
        select ${i} as i, ${townshipKey(sql`r.path`)} as key, count(*) as reported, count(*) filter (where r.on_time) as on_time, 0 as missed
        from reports r where r.path like ${scope} and ${withinDays(sql`r.found_at`, p)}
        group by 2
        union all
        select ${i}, ${townshipKey(sql`m.path`)}, 0, 0, count(*)
        from missed_reports m where m.path like ${scope} and ${withinDays(sql`m.found_at`, p)}
        group by 2`)}
    ) t group by i, key`);
}

export interface AssistantCountRow { i: number; org_id: string; assistants: string; certified: string }

/**
 * Per period and station: enabled assistants and station heads, and those whose 协管员证 is valid on
 * the period's last day (isCertificateValid: through the expiry date). Accounts keep no history of
 * when a person joined or left, so every period counts today's people; only the certificate is dated.
 */
export function countAssistants(db: Executor, scopePath: string, periods: readonly Period[]) {
  return rows<AssistantCountRow>(db, sql`
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

/**
 * Visits, and reports by the month the thing was found, per calendar month of the periods. Counted
 * per day first and the days turned into months after: to_char on every visit of a province cost
 * more than reading them.
 */
export function countByMonth(db: Executor, scopePath: string, periods: readonly Period[]) {
  const scope = subtreePattern(scopePath);
  const anyOf = (test: (p: Period) => RawBuilder<unknown>) => sql`(${sql.join(periods.map(test), sql` or `)})`;
  const visited = anyOf((p) => sql`p.patrolled_on between ${p.start}::date and ${p.end}::date`);
  const found = anyOf((p) => withinDays(sql`r.found_at`, p));
  return rows<MonthCountRow>(db, sql`
    select to_char(day, 'YYYY-MM') as month, sum(patrols) as patrols, sum(reports) as reports from (
      select p.patrolled_on as day, count(*) as patrols, 0 as reports
      from patrols p where p.path like ${scope} and ${visited}
      group by 1
      union all
      select ${localDay(sql`r.found_at`)}, 0, count(*)
      from reports r where r.path like ${scope} and ${found}
      group by 1
    ) t group by 1`);
}
