import { isWithinPath } from '../../../core/divisions.js';
import {
  addWorkCounts, figuresOf, INDICATOR_KEYS, INDICATORS, RANKED_INDICATORS, rankByValue, sumWorkCounts, ZERO_WORK_COUNTS, type Figure, type IndicatorKey, type WorkCounts,
} from '../../../core/statistics.js';
import { rollUpByChild } from '../../../core/submissions.js';
import { categoryByCode } from '../../../core/unitCategories.js';
import type { AreaNode } from './areas.js';
import type { Dashboard } from './schemas.js';
import type { WorkItem } from './workItems.js';

/** Pure assembly of the dashboard from rolled-up counts: no database here. */

/** The sum of the items inside a subtree. */
export function totalUnder(items: readonly WorkItem[], path: string): WorkCounts {
  return sumWorkCounts(items.filter((item) => isWithinPath(item.path, path)).map((item) => item.value));
}

/** Each child's summed counts, in the children's order. */
export function perChild(items: readonly WorkItem[], children: readonly AreaNode[]): WorkCounts[] {
  const totals = rollUpByChild(items, children.map((c) => c.path), addWorkCounts, ZERO_WORK_COUNTS);
  return children.map((c) => totals.get(c.path) ?? ZERO_WORK_COUNTS);
}

export function indicatorRows(current: WorkCounts, previous: WorkCounts, lastYear: WorkCounts): Dashboard['indicators'] {
  const [now, before, yearAgo] = [figuresOf(current), figuresOf(previous), figuresOf(lastYear)];
  return INDICATOR_KEYS.map((key) => ({
    key, label: INDICATORS[key].label, unit: INDICATORS[key].unit, current: now[key], previous: before[key], lastYear: yearAgo[key],
  }));
}

/** 巡查户次 by unit category, in dictionary order, for every category seen in any of the periods. */
export function categoryRows(current: WorkCounts, previous: WorkCounts, lastYear: WorkCounts): Dashboard['categories'] {
  const codes = new Set([current, previous, lastYear].flatMap((c) => Object.keys(c.patrolsByCategory)));
  const visits = (c: WorkCounts, code: string): Figure => ({ kind: 'count', value: c.patrolsByCategory[code] ?? 0, unit: '户次' });
  return [...codes]
    .sort()
    .map((code) => ({ category: code, label: categoryByCode(code)?.zh ?? code, current: visits(current, code), previous: visits(previous, code), lastYear: visits(lastYear, code) }));
}

export function childRows(children: readonly AreaNode[], counts: readonly WorkCounts[]): Dashboard['children'] {
  return children.map((child, i) => ({
    code: child.code, name: child.name, level: child.level, figures: figuresOf(counts[i]!),
  }));
}

/**
 * The area's place among its parent's children by every ranked indicator, this period and the
 * previous one (位次 up or down, as monthly bulletins compare).
 */
export function siblingRankings(
  area: AreaNode, siblings: readonly AreaNode[], current: readonly WorkCounts[], previous: readonly WorkCounts[],
): NonNullable<Dashboard['siblings']>['rankings'] {
  const now = current.map(figuresOf);
  const before = previous.map(figuresOf);
  return RANKED_INDICATORS.map((key: IndicatorKey) => {
    const previousRanks = new Map(rankByValue(siblings.map((s, i) => ({ code: s.code, value: before[i]![key].value }))).map((r) => [r.code, r.rank]));
    const items = rankByValue(siblings.map((s, i) => ({ code: s.code, name: s.name, value: now[i]![key].value, figure: now[i]![key] })))
      .map(({ code, name, rank, figure }) => ({ code, name, rank, previousRank: previousRanks.get(code) ?? null, figure }));
    const mine = items.find((item) => item.code === area.code);
    return {
      key, label: INDICATORS[key].label, unit: INDICATORS[key].unit, rank: mine?.rank ?? items.length,
      previousRank: mine?.previousRank ?? null, total: items.length, items,
    };
  });
}
