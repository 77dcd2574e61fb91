import dayjs from 'dayjs';
import ExcelJS from 'exceljs';
import { TIME_ZONE } from '../../../core/dates.js';
import { formatRate, type Rate } from '../../../core/indicators.js';
import { figureChange, INDICATORS, type Figure } from '../../../core/statistics.js';
import { addTable, round2, type Cell, type Column } from '../../xlsxTable.js';
import type { Dashboard } from './schemas.js';

/**
 * The dashboard as a workbook, one sheet per block, every figure with its numerator and denominator:
 * 指标, 下级, 排名, 分类, 趋势, 逾期. Header row first (styled, frozen, repeated when printed), A4
 * landscape fitted to the page width, the area and period in the printed page header.
 */

/** The rate as shown on the dashboard (two decimals, half up from the counts) but as a number; null without a denominator. */
export function shownValue(figure: Figure): number | null {
  if (figure.kind === 'count') return figure.value;
  return figure.value === null ? null : Number.parseFloat(formatRate(figure as Rate));
}

const numerator = (f: Figure): Cell => (f.kind === 'rate' ? f.numerator : f.value);
const denominator = (f: Figure): Cell => (f.kind === 'rate' ? f.denominator : null);


function indicatorSheet(workbook: ExcelJS.Workbook, title: string, d: Dashboard) {
  addTable(workbook, '指标', title, [
    { header: '指标', width: 16 }, { header: '分子', width: 10 }, { header: '分母', width: 10 }, { header: '单位', width: 8 },
    { header: `本期（${d.period.label}）`, width: 18 }, { header: `上期（${d.previousPeriod.label}）`, width: 18 },
    { header: `去年同期（${d.lastYearPeriod.label}）`, width: 20 }, { header: '比上期增减', width: 12 }, { header: '比去年同期增减', width: 14 },
  ], d.indicators.map((row) => [
    row.label, numerator(row.current), denominator(row.current), row.unit, shownValue(row.current), shownValue(row.previous), shownValue(row.lastYear),
    round2(figureChange(row.current, row.previous)), round2(figureChange(row.current, row.lastYear)),
  ]));
}

/** One row per child; a rate takes three columns (分子, 分母, value), a count one. */
function childrenSheet(workbook: ExcelJS.Workbook, title: string, d: Dashboard) {
  const keys = d.indicators.map((row) => row.key);
  const columns: Column[] = [{ header: '区划代码', width: 14 }, { header: '名称', width: 24 }];
  for (const key of keys) {
    const { label, unit } = INDICATORS[key];
    if (unit === '%') columns.push({ header: `${label}分子`, width: 10 }, { header: `${label}分母`, width: 10 }, { header: `${label}（%）`, width: 12 });
    else columns.push({ header: `${label}（${unit}）`, width: 12 });
  }
  const rows = d.children.map((child) => [
    child.code, child.name,
    ...keys.flatMap((key): Cell[] => {
      const f = child.figures[key]!;
      return f.kind === 'rate' ? [f.numerator, f.denominator, shownValue(f)] : [f.value];
    }),
  ]);
  addTable(workbook, '下级', title, columns, rows);
}

function rankingSheet(workbook: ExcelJS.Workbook, title: string, d: Dashboard) {
  const rows = (d.siblings?.rankings ?? []).flatMap((ranking) => ranking.items.map((item) => [
    ranking.label, item.rank, item.previousRank, item.code, item.name, numerator(item.figure), denominator(item.figure), ranking.unit, shownValue(item.figure),
  ]));
  addTable(workbook, '排名', title, [
    { header: '指标', width: 16 }, { header: '位次', width: 8 }, { header: '上期位次', width: 10 }, { header: '区划代码', width: 14 },
    { header: '名称', width: 24 }, { header: '分子', width: 10 }, { header: '分母', width: 10 }, { header: '单位', width: 8 }, { header: '值', width: 10 },
  ], rows.length > 0 ? rows : [[d.siblings ? '无同级区域' : '上级不在本人管辖范围内，不排名']]);
}

function categorySheet(workbook: ExcelJS.Workbook, title: string, d: Dashboard) {
  addTable(workbook, '分类', title, [
    { header: '单位类别', width: 18 }, { header: '本期巡查户次', width: 14 }, { header: '上期', width: 10 }, { header: '去年同期', width: 10 },
  ], d.categories.map((c) => [c.label, shownValue(c.current), shownValue(c.previous), shownValue(c.lastYear)]));
}

function trendSheet(workbook: ExcelJS.Workbook, title: string, d: Dashboard) {
  addTable(workbook, '趋势', title, [
    { header: '月份', width: 10 }, { header: '巡查户次', width: 10 }, { header: '信息报告（件）', width: 14 },
    { header: '去年同月', width: 10 }, { header: '去年同月巡查户次', width: 16 }, { header: '去年同月信息报告（件）', width: 20 },
  ], d.trend.map((p) => [p.month, p.patrols, p.reports, p.lastYearMonth, p.lastYearPatrols, p.lastYearReports]));
}

/** Three lists one under the other, each with a heading line giving its total. */
function overdueSheet(workbook: ExcelJS.Workbook, title: string, d: Dashboard) {
  const { rectifications, registers, reports } = d.overdue;
  const rows: Cell[][] = [
    [`逾期未整改（共 ${rectifications.total} 户，列出最早 ${rectifications.items.length} 户）`],
    ...rectifications.items.map((r) => ['逾期未整改', r.unitName, r.orgName, r.deadline, r.daysOverdue]),
    [`${registers.month} 月报未报送（期限 ${registers.dueDate}，共 ${registers.total} 个协管站）`],
    ...registers.items.map((r) => ['月报未报送', r.orgName, registers.month, registers.dueDate, null]),
    [`信息报告待受理（共 ${reports.total} 件）`],
    ...reports.items.map((r) => ['信息报告待受理', `${r.categoryLabel}：${r.content}`, r.orgName, dayjs(r.reportedAt).tz(TIME_ZONE).format('YYYY-MM-DD HH:mm'), r.hoursWaiting]),
  ];
  addTable(workbook, '逾期', title, [
    { header: '事项', width: 16 }, { header: '单位 / 内容', width: 36 }, { header: '协管站', width: 28 },
    { header: '期限 / 报告时间', width: 22 }, { header: '逾期天数 / 等待小时', width: 18 },
  ], rows);
}

export async function buildDashboardWorkbook(d: Dashboard): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'weijian';
  const title = `${d.breadcrumb.map((n) => n.name).join(' / ')} ${d.period.label}（${d.period.start} 至 ${d.period.end}）`;
  indicatorSheet(workbook, title, d);
  childrenSheet(workbook, title, d);
  rankingSheet(workbook, title, d);
  categorySheet(workbook, title, d);
  trendSheet(workbook, title, d);
  overdueSheet(workbook, title, d);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
