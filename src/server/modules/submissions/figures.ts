/**
 * The figures a station's registers and quarterly summary show, computed from its records the same
 * way the registers are built (registers/repo.ts): patrols by the station's org and patrol date,
 * information reports by report time (Asia/Shanghai) from the station or any org below its path.
 * Grouped by station so the demo seed computes a whole county with one query per period.
 */
import { sql } from 'kysely';
import { patrolCoverageRate } from '../../../core/indicators.js';
import type { Period } from '../../../core/periods.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';
import { localDayRange } from '../../time.js';
import { countCoverageByStation } from '../patrols/repo.js';
import type { Figures } from './schemas.js';

export interface FigureStation {
  id: string;
  path: string;
}

const ZERO: Figures = { patrols: 0, unitsPatrolled: 0, patrolsWithProblems: 0, reports: 0, reportsOnTime: 0 };

async function patrolCounts(db: Executor, scopePath: string, ids: string[], period: Period) {
  return db
    .selectFrom('patrols as p')
    .select(['p.org_id'])
    .select((eb) => [
      eb.fn.countAll<string>().as('patrols'),
      eb.fn.count<string>('p.unit_id').distinct().as('units'),
      // As the dashboard counts 发现问题户次: the outcome decides, not whether the problems text is filled.
      eb.fn.count<string>('p.id').filterWhere('p.outcome', '<>', 'no_problem').as('with_problems'),
    ])
    .where('p.path', 'like', subtreePattern(scopePath))
    .where('p.org_id', 'in', ids)
    .where('p.patrolled_on', '>=', period.start)
    .where('p.patrolled_on', '<=', period.end)
    .groupBy('p.org_id')
    .execute();
}

async function reportCounts(db: Executor, scopePath: string, ids: string[], period: Period) {
  const range = localDayRange(period.start, period.end);
  return db
    .selectFrom('orgs as s')
    .innerJoin('reports as r', (join) =>
      join.on((eb) => eb.or([eb('r.org_id', '=', eb.ref('s.id')), eb.and([sql<boolean>`r.path like s.path || '%'`, eb('r.path', '<>', eb.ref('s.path'))])])))
    .select(['s.id'])
    .select((eb) => [eb.fn.countAll<string>().as('reports'), eb.fn.count<string>('r.id').filterWhere('r.on_time', '=', true).as('on_time')])
    .where('s.id', 'in', ids)
    .where('r.path', 'like', subtreePattern(scopePath))
    .where('r.reported_at', '>=', range.from)
    .where('r.reported_at', '<', range.to)
    .groupBy('s.id')
    .execute();
}

/**
 * Per station: patrols (户次), distinct units patrolled (户), patrols that found problems, reports
 * and reports on time in the period; with `coverage`, also the units to patrol and 巡查覆盖率.
 */
export async function stationFigures(
  db: Executor, scopePath: string, stations: readonly FigureStation[], period: Period, coverage: boolean,
): Promise<Map<string, Figures>> {
  const ids = stations.map((s) => s.id);
  const result = new Map<string, Figures>(ids.map((id) => [id, { ...ZERO }]));
  if (ids.length === 0) return result;
  // One after the other: inside a transaction they share one connection anyway.
  const patrols = await patrolCounts(db, scopePath, ids, period);
  const reports = await reportCounts(db, scopePath, ids, period);
  const covered = coverage ? await countCoverageByStation(db, scopePath, period.start, period.end) : [];
  for (const row of patrols) {
    Object.assign(result.get(row.org_id)!, { patrols: Number(row.patrols), unitsPatrolled: Number(row.units), patrolsWithProblems: Number(row.with_problems) });
  }
  for (const row of reports) Object.assign(result.get(row.id)!, { reports: Number(row.reports), reportsOnTime: Number(row.on_time) });
  if (coverage) {
    const byOrg = new Map(covered.map((c) => [c.org_id, c]));
    for (const [id, figures] of result) {
      const row = byOrg.get(id);
      const activeUnits = Number(row?.active ?? 0);
      figures.activeUnits = activeUnits;
      figures.coverage = patrolCoverageRate({ unitsPatrolled: Number(row?.patrolled ?? 0), activeUnits });
    }
  }
  return result;
}
