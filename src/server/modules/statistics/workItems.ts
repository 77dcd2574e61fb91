import { periodsOf, submissionDueDate, type Period } from '../../../core/periods.js';
import { workCounts, type WorkCounts } from '../../../core/statistics.js';
import type { Executor } from '../../db/types.js';
import { countsOf, expectedSubmissions, findBuiltInDataSet } from '../submissions/expected.js';
import { stationsDuring } from './areas.js';
import * as repo from './repo.js';

/** Counts found at one place of the tree (a station's path, or a township's for reports). */
export interface WorkItem {
  path: string;
  value: WorkCounts;
}

const n = (text: string | number) => Number(text);

/**
 * Everything the dashboard counts under `scopePath`, per period (same order as `periods`), as items
 * to roll up by path. A fixed set of queries: one per table for all periods, plus one expected-
 * submissions query per month whose registers were due by `today`.
 */
export async function loadWorkItems(
  db: Executor, scopePath: string, periods: readonly Period[], stations: readonly repo.StationRow[], today: string,
): Promise<WorkItem[][]> {
  // A year's previous period is also its same period last year: count it once.
  const distinct = [...new Map(periods.map((p) => [p.key, p])).values()];
  const items = await loadDistinct(db, scopePath, distinct, stations, today);
  return periods.map((p) => items[distinct.findIndex((d) => d.key === p.key)]!);
}

async function loadDistinct(
  db: Executor, scopePath: string, periods: readonly Period[], stations: readonly repo.StationRow[], today: string,
): Promise<WorkItem[][]> {
  const stationPath = new Map(stations.map((s) => [s.id, s.path]));
  const items: WorkItem[][] = periods.map(() => []);
  const add = (i: number, path: string | undefined, value: Partial<WorkCounts>) => {
    if (path !== undefined) items[i]!.push({ path, value: workCounts(value) });
  };

  for (const r of await repo.countUnits(db, scopePath, periods)) {
    add(r.i, stationPath.get(r.org_id), { unitsKnown: n(r.known), unitsWithCompleteFile: n(r.complete), activeUnits: n(r.active) });
  }
  // A station worked in a period when it recorded a patrol or a report (its own or its information points').
  const worked = periods.map(() => new Set<string>());
  for (const r of await repo.countPatrols(db, scopePath, periods)) {
    const path = stationPath.get(r.org_id);
    add(r.i, path, { patrols: n(r.patrols), patrolsWithProblems: n(r.problems), patrolsByCategory: { [r.category]: n(r.patrols) } });
    add(r.i, stationPath.get(r.unit_org_id), { unitsPatrolled: n(r.units_patrolled) });
    if (path) worked[r.i]!.add(path);
  }
  for (const r of await repo.countRectifications(db, scopePath, periods)) {
    add(r.i, stationPath.get(r.org_id), { rectificationsRequired: n(r.required), rectificationsClosed: n(r.closed) });
  }
  for (const r of await repo.countReports(db, scopePath, periods)) {
    add(r.i, r.key, { reported: n(r.reported), reportedOnTime: n(r.on_time), markedNotReported: n(r.missed) });
    if (n(r.reported) > 0) worked[r.i]!.add(r.key);
  }
  for (const r of await repo.countAssistants(db, scopePath, periods)) {
    add(r.i, stationPath.get(r.org_id), { assistants: n(r.assistants), assistantsCertified: n(r.certified) });
  }
  for (const [i, period] of periods.entries()) {
    for (const s of stationsDuring(stations, period)) add(i, s.path, { stationsExpected: 1, stationsWorking: worked[i]!.has(s.path) ? 1 : 0 });
  }
  await addRegisters(db, scopePath, periods, today, add);
  return items;
}

/**
 * 按时上报率 and 报送完整率 of the monthly registers, summed over the months of each period whose
 * registers were due before `today`: a month still open for submission is not yet expected.
 */
async function addRegisters(
  db: Executor, scopePath: string, periods: readonly Period[], today: string,
  add: (i: number, path: string, value: Partial<WorkCounts>) => void,
): Promise<void> {
  const dataSet = await findBuiltInDataSet(db, 'registers');
  for (const [i, period] of periods.entries()) {
    for (const month of dueMonths(period, dataSet.deadline_days, today)) {
      for (const expected of await expectedSubmissions(db, scopePath, dataSet, month)) add(i, expected.path, { registers: countsOf(expected) });
    }
  }
}

/**
 * The periods of a data set's type inside a period whose submissions were due before `today`: the
 * ones completeness and 按时上报率 cover (a period still open for submission is not yet expected).
 */
export function duePeriods(period: Period, type: 'month' | 'quarter', deadlineDays: number, today: string): Period[] {
  return periodsOf(type, period).filter((p) => submissionDueDate(p, deadlineDays) < today);
}

/** The months whose registers were due before `today`. */
export function dueMonths(period: Period, deadlineDays: number, today: string): Period[] {
  return duePeriods(period, 'month', deadlineDays, today);
}
