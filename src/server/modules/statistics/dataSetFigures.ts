/**
 * Generic data sets on the dashboard (DESIGN §9): the values the orgs of an area submitted for a
 * period, per field, beside the previous period and the same period last year, and per child area.
 * Counted live from the submitted and accepted submissions (drafts and returned ones are not data
 * yet); a rate field shows the mean of the reported rates (core aggregationOf).
 */
import ExcelJS from 'exceljs';
import { sql, type Kysely } from 'kysely';
import { aggregateValue, aggregationOf, changePercent, describeTarget, type Aggregation } from '../../../core/dataSets.js';
import { localDate } from '../../../core/dates.js';
import { can } from '../../../core/roles.js';
import { isWithinPath } from '../../../core/divisions.js';
import { previousPeriod, samePeriodLastYear, type Period } from '../../../core/periods.js';
import {
  addCounts, completenessRate, onTimeSubmissionRate, rollUpByChild, sumCounts, ZERO_SUBMISSION_COUNTS, type SubmissionCounts,
} from '../../../core/submissions.js';
import type { DB } from '../../db/schema.js';
import { numericOrNull, type Executor } from '../../db/types.js';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { addTable, round2 } from '../../xlsxTable.js';
import { subtreePattern } from '../../scope.js';
import { findDataSet, listFields, type DataSetRow } from '../dataSets/repo.js';
import { countsOf, expectedSubmissions } from '../submissions/expected.js';
import { childNodes, resolveArea, withStationName, type AreaNode } from './areas.js';
import { listStations } from './repo.js';
import { periodOf } from './service.js';
import type { DashboardQuery } from './schemas.js';
import { duePeriods } from './workItems.js';

interface ValueRow { i: number; path: string; field_id: string; total: string; reports: string; met: string }

/**
 * Per period (i: 0 current, 1 previous, 2 last year), reporting org path and field: the sum of the
 * values, how many were reported, and how many met the field's target (inclusive bounds, as
 * core evaluateTarget). A submission counts for a period when its own period lies inside it.
 */
async function sumValues(db: Executor, dataSetId: string, scopePath: string, periods: readonly Period[]): Promise<ValueRow[]> {
  const per = sql.join(periods.map((p, i) => sql`(${i}::int, ${p.start}::date, ${p.end}::date)`));
  const { rows } = await sql<ValueRow>`
    select per.i, s.path, dv.field_id, sum(dv.value) as total, count(*) as reports,
      count(*) filter (where f.target_kind <> 'none' and (f.target_min is null or dv.value >= f.target_min)
        and (f.target_max is null or dv.value <= f.target_max)) as met
    from (values ${per}) as per(i, s, e)
      join submissions s on s.data_set_id = ${dataSetId} and s.period_start >= per.s and s.period_end <= per.e
      join data_values dv on dv.submission_id = s.id
      join data_set_fields f on f.id = dv.field_id
    where s.path like ${subtreePattern(scopePath)} and s.status in ('submitted', 'accepted')
    group by per.i, s.path, dv.field_id`.execute(db);
  return rows;
}

interface Total { sum: number; reports: number; met: number }

/** Sums the rows of one period for the orgs inside `path`, by field id. */
function totalsUnder(rows: readonly ValueRow[], i: number, path: string): Map<string, Total> {
  const totals = new Map<string, Total>();
  for (const row of rows) {
    if (row.i !== i || !isWithinPath(row.path, path)) continue;
    const t = totals.get(row.field_id) ?? { sum: 0, reports: 0, met: 0 };
    totals.set(row.field_id, { sum: t.sum + Number(row.total), reports: t.reports + Number(row.reports), met: t.met + Number(row.met) });
  }
  return totals;
}

const valueOf = (totals: Map<string, Total>, fieldId: string, aggregation: Aggregation) =>
  aggregateValue(totals.get(fieldId) ?? { sum: 0, reports: 0 }, aggregation);

const periodOut = ({ type, key, start, end, label }: Period) => ({ type, key, start, end, label });

const withRates = (counts: SubmissionCounts) => ({ counts, completeness: completenessRate(counts), onTimeRate: onTimeSubmissionRate(counts) });

/**
 * Completeness and 按时上报率 of the data set over its periods inside `period` that were due before
 * today (the same rule as the registers on the dashboard), for the area and per child path.
 */
async function submissionCounts(db: Executor, dataSet: DataSetRow, areaPath: string, period: Period, today: string, childPaths: string[]) {
  const due = duePeriods(period, dataSet.period_type, dataSet.deadline_days, today);
  const items = [];
  for (const p of due) items.push(...(await expectedSubmissions(db, areaPath, dataSet, p)).map((e) => ({ path: e.path, value: countsOf(e) })));
  return {
    periods: due.map((p) => p.key),
    area: sumCounts(items.map((i) => i.value)),
    byChild: rollUpByChild(items, childPaths, addCounts, ZERO_SUBMISSION_COUNTS),
  };
}

export function createDataSetFigures({ db, clock = () => new Date() }: { db: Kysely<DB>; clock?: () => Date }) {
  async function figures(actor: Actor, dataSetId: string, query: DashboardQuery) {
    if (!can(actor.role, 'statistics.read')) throw new ForbiddenError();
    const now = clock();
    const period = periodOf(query.period, localDate(now));
    const dataSet = await findDataSet(db, actor.path, dataSetId);
    if (!dataSet) throw new NotFoundError('数据集');
    const { area, breadcrumb } = await resolveArea(db, actor, query.area);
    const periods = [period, previousPeriod(period), samePeriodLastYear(period)];
    const [fields, rows, stations] = await Promise.all([
      listFields(db, [dataSet.id]), sumValues(db, dataSet.id, area.path, periods), listStations(db, area.path),
    ]);
    const [current, previous, lastYear] = [0, 1, 2].map((i) => totalsUnder(rows, i, area.path)) as [Map<string, Total>, Map<string, Total>, Map<string, Total>];
    const named = (node: AreaNode) => { const { code, name, level } = withStationName(node, stations, period); return { code, name, level }; };
    const children = await childNodes(db, actor, area, stations, period);
    const submitted = await submissionCounts(db, dataSet, area.path, period, localDate(now), children.map((c) => c.path));
    return {
      dataSet: { id: dataSet.id, name: dataSet.name, periodType: dataSet.period_type },
      area: named(area),
      breadcrumb: breadcrumb.map(named),
      period: periodOut(period),
      previousPeriod: periodOut(periods[1]!),
      lastYearPeriod: periodOut(periods[2]!),
      submissionPeriods: submitted.periods,
      submissions: withRates(submitted.area),
      fields: fields.map((f) => {
        const aggregation = aggregationOf(f.unit);
        const target = { kind: f.target_kind, min: numericOrNull(f.target_min), max: numericOrNull(f.target_max) };
        const [value, before, yearAgo] = [current, previous, lastYear].map((t) => valueOf(t, f.id, aggregation));
        const total = current.get(f.id);
        return {
          id: f.id, code: f.code, name: f.name, group: f.group_name, unit: f.unit, aggregation, targetLabel: describeTarget(target, f.unit),
          current: value ?? null, previous: before ?? null, lastYear: yearAgo ?? null,
          change: value == null ? null : changePercent(value, before ?? null), yearChange: value == null ? null : changePercent(value, yearAgo ?? null),
          reports: total?.reports ?? 0, met: target.kind === 'none' ? null : total?.met ?? 0,
        };
      }),
      children: children.map((child) => {
        const totals = totalsUnder(rows, 0, child.path);
        return {
          ...named(child), submissions: withRates(submitted.byChild.get(child.path)!),
          values: Object.fromEntries(fields.map((f) => [f.code, valueOf(totals, f.id, aggregationOf(f.unit))])),
        };
      }),
      generatedAt: now.toISOString(),
    };
  }

  return {
    figures,

    /** The same figures as a workbook: 汇总 (fields) and 下级 (child areas × fields). */
    async workbook(actor: Actor, dataSetId: string, query: DashboardQuery) {
      const d = await figures(actor, dataSetId, query);
      const workbook = new ExcelJS.Workbook();
      workbook.creator = 'weijian';
      const title = `${d.dataSet.name} ${d.breadcrumb.map((n) => n.name).join(' / ')} ${d.period.label}`;
      addTable(workbook, '汇总', title, [
        { header: '分组', width: 10 }, { header: '字段', width: 24 }, { header: '单位', width: 8 }, { header: '汇总方式', width: 10 },
        { header: '本期', width: 12 }, { header: '上期', width: 12 }, { header: '环比(%)', width: 10 }, { header: '去年同期', width: 12 },
        { header: '同比(%)', width: 10 }, { header: '目标', width: 14 }, { header: '报送数', width: 8 }, { header: '达标数', width: 8 },
      ], d.fields.map((f) => [
        f.group, f.name, f.unit, f.aggregation === 'sum' ? '合计' : '平均', f.current, f.previous, round2(f.change), f.lastYear,
        round2(f.yearChange), f.targetLabel, f.reports, f.met,
      ]));
      const counted = (c: { counts: SubmissionCounts }) => [c.counts.expected, c.counts.submitted, c.counts.onTime];
      addTable(workbook, '下级', title, [
        { header: '区域', width: 28 }, { header: '应报', width: 8 }, { header: '已报', width: 8 }, { header: '按时', width: 8 },
        ...d.fields.map((f) => ({ header: `${f.name}（${f.unit}）`, width: 12 })),
      ], [
        ...d.children.map((c) => [c.name, ...counted(c.submissions), ...d.fields.map((f) => c.values[f.code] ?? null)]),
        [`合计：${d.area.name}`, ...counted(d.submissions), ...d.fields.map((f) => f.current)],
      ]);
      const content = Buffer.from(await workbook.xlsx.writeBuffer());
      return { filename: `${d.dataSet.name}_${d.area.name}_${d.period.label}.xlsx`, asciiFilename: `data-set-${d.area.code}-${d.period.key}.xlsx`, content };
    },
  };
}


export type DataSetFigures = Awaited<ReturnType<ReturnType<typeof createDataSetFigures>['figures']>>;
