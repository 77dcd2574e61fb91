import { sql, type Kysely } from 'kysely';
import { localDate } from '../../../core/dates.js';
import { parsePeriod, periodContaining, previousPeriod, samePeriodLastYear, type Period } from '../../../core/periods.js';
import { can } from '../../../core/roles.js';
import { monthlyTrend, type WorkCounts } from '../../../core/statistics.js';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ForbiddenError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { findBuiltInDataSet } from '../submissions/expected.js';
import { childNodes, resolveArea, withStationName, type AreaNode } from './areas.js';
import { categoryRows, childRows, indicatorRows, perChild, siblingRankings, totalUnder } from './assemble.js';
import { loadOverdue } from './overdue.js';
import * as repo from './repo.js';
import type { Dashboard, DashboardQuery } from './schemas.js';
import { buildDashboardWorkbook } from './workbook.js';
import { dueMonths, loadWorkItems, type WorkItem } from './workItems.js';

export interface StatisticsServiceDeps {
  db: Kysely<DB>;
  clock?: () => Date;
}

const periodOut = ({ type, key, start, end, label }: Period) => ({ type, key, start, end, label });

/** The period asked for, the current quarter by default; a 400 naming `period` when the key is wrong. */
export function periodOf(key: string | undefined, today: string): Period {
  if (!key) return periodContaining('quarter', today);
  try {
    return parsePeriod(key);
  } catch (error) {
    throw ValidationError.field('period', error instanceof RangeError ? error.message : '时段格式不正确');
  }
}

/**
 * Live dashboards (DESIGN §9): every figure is counted from the records on each request — a patrol
 * recorded a moment ago shows on the next load; there is no analytics table to rebuild.
 */
export function createStatisticsService({ db, clock = () => new Date() }: StatisticsServiceDeps) {
  /**
   * One read-only snapshot for all the queries of a dashboard, so its figures agree with each other
   * even while patrols come in; with room to group a province's visits in memory instead of on disk,
   * and without JIT compilation, which cost PostgreSQL more than it saved on these short scans.
   */
  async function dashboard(actor: Actor, query: DashboardQuery): Promise<Dashboard> {
    if (!can(actor.role, 'statistics.read')) throw new ForbiddenError();
    return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(async (tx) => {
      await sql`set local work_mem = '64MB'`.execute(tx);
      await sql`set local jit = off`.execute(tx);
      return build(tx, actor, query);
    });
  }

  async function build(db: Executor, actor: Actor, query: DashboardQuery): Promise<Dashboard> {
    const now = clock();
    const today = localDate(now);
    const period = periodOf(query.period, today);
    const periods = [period, previousPeriod(period), samePeriodLastYear(period)] as const;
    const { area, breadcrumb, parent } = await resolveArea(db, actor, query.area);
    // Counted over the parent's subtree when the actor may see it: the same queries give the siblings.
    const root = parent ?? area;
    const stations = await repo.listStations(db, root.path);
    const items = await loadWorkItems(db, root.path, periods, stations, today);
    const [current, previous, lastYear] = items.map((list) => totalUnder(list, area.path)) as [WorkCounts, WorkCounts, WorkCounts];
    const children = await childNodes(db, actor, area, stations, period);
    const named = (node: AreaNode) => withStationName(node, stations, period);
    const months = await repo.countByMonth(db, area.path, [period, periods[2]]);
    const dataSet = await findBuiltInDataSet(db, 'registers');
    return {
      area: named(area),
      breadcrumb: breadcrumb.map(named),
      period: periodOut(period),
      previousPeriod: periodOut(periods[1]),
      lastYearPeriod: periodOut(periods[2]),
      registerMonths: dueMonths(period, dataSet.deadline_days, today).map((m) => m.key),
      indicators: indicatorRows(current, previous, lastYear),
      categories: categoryRows(current, previous, lastYear),
      children: childRows(children, perChild(items[0]!, children)),
      siblings: parent ? await siblings(db, actor, area, parent, stations, period, items) : null,
      trend: monthlyTrend(period, new Map(months.map((m) => [m.month, Number(m.patrols)])), new Map(months.map((m) => [m.month, Number(m.reports)])), today),
      overdue: await loadOverdue(db, area.path, now, today),
      generatedAt: now.toISOString(),
    };
  }

  async function siblings(
    db: Executor, actor: Actor, area: AreaNode, parent: AreaNode, stations: readonly repo.StationRow[], period: Period, items: WorkItem[][],
  ) {
    const nodes = await childNodes(db, actor, parent, stations, period);
    return {
      parent: withStationName(parent, stations, period),
      rankings: siblingRankings(area, nodes, perChild(items[0]!, nodes), perChild(items[1]!, nodes)),
    };
  }

  return {
    dashboard,

    /** The dashboard as a workbook: every figure shown, with numerators and denominators. */
    async workbook(actor: Actor, query: DashboardQuery) {
      const data = await dashboard(actor, query);
      const content = await buildDashboardWorkbook(data);
      return {
        filename: `统计_${data.area.name}_${data.period.label}.xlsx`,
        asciiFilename: `statistics-${data.area.code}-${data.period.key}.xlsx`,
        content,
      };
    },
  };
}
export type StatisticsService = ReturnType<typeof createStatisticsService>;
