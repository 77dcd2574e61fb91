import dayjs from 'dayjs';
import { TIME_ZONE } from '../../../core/dates.js';
import { reportCategoryByCode } from '../../../core/reports.js';
import type { RegisterCell, RegisterColumn } from './registerWorkbook.js';
import type { RegisterPatrolRow, RegisterReportRow } from './repo.js';

/** What goes in each column of the two official registers (DESIGN §4, §5); the layout is registerWorkbook.ts. */

export const PATROL_REGISTER_TITLE = '卫生监督协管巡查登记表';
export const PATROL_REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { header: '序号', width: 6, align: 'center' },
  { header: '机构/单位名称', width: 24, align: 'left' },
  { header: '巡查地点与内容', width: 30, align: 'left' },
  { header: '发现的主要问题', width: 30, align: 'left' },
  { header: '巡查日期', width: 12, align: 'center' },
  { header: '巡查人', width: 16, align: 'center' },
  { header: '备注', width: 24, align: 'left' },
];

export const REPORT_REGISTER_TITLE = '卫生监督协管信息报告登记表';
export const REPORT_REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { header: '序号', width: 6, align: 'center' },
  { header: '发现时间', width: 17, align: 'center' },
  { header: '信息类别', width: 20, align: 'center' },
  { header: '信息内容', width: 52, align: 'left' },
  { header: '报告时间', width: 17, align: 'center' },
  { header: '报告人', width: 22, align: 'center' },
];

export function patrolCells(row: RegisterPatrolRow, index: number): RegisterCell[] {
  return [index + 1, row.unit_name, row.location_content, row.problems || '未发现问题', row.patrolled_on, patrollers(row), patrolRemark(row)];
}

export function patrolTotals(rows: readonly RegisterPatrolRow[]): string {
  return `本月巡查 ${rows.length} 户次，涉及 ${new Set(rows.map((r) => r.unit_id)).size} 户`;
}

/** The patroller first, then the co-patrollers however they were typed (、，, ; or spaces), each once. */
function patrollers(row: RegisterPatrolRow): string {
  const names = [row.patroller_name, ...(row.co_patrollers ?? '').split(/[、,，;；\s]+/)].map((name) => name.trim()).filter(Boolean);
  return [...new Set(names)].join('、');
}

/** The remark, then what the patrol led to, with the deadline that patrol ordered. */
function patrolRemark(row: RegisterPatrolRow): string {
  const reinspection = row.rectification_patrol_id !== null && row.rectification_patrol_id !== row.id;
  const deadline = row.rectification_deadline ? `，整改期限 ${row.rectification_deadline}` : '';
  const outcome =
    row.outcome === 'rectification' ? `${reinspection ? '复查未整改，' : ''}责令整改${deadline}`
      : row.outcome === 'referred' ? `${reinspection ? '复查未整改，' : ''}已移交监督所`
        : reinspection ? '复查，整改已完成'
          : '';
  return [row.remark, outcome].filter(Boolean).join('；');
}

/** `orgId` is the register's org: a report from an org below it (an information point) names that org. */
export function reportCells(row: RegisterReportRow, index: number, orgId: string): RegisterCell[] {
  const reporter = row.org_id === orgId ? row.reporter_name : `${row.reporter_name}（${row.org_name}）`;
  return [index + 1, localDateTime(row.found_at), categoryLabel(row.category, row.sub_category), row.content, localDateTime(row.reported_at), reporter];
}

export function reportTotals(rows: readonly RegisterReportRow[]): string {
  return `本月报告 ${rows.length} 件，其中及时报告 ${rows.filter((r) => r.on_time).length} 件`;
}

function categoryLabel(code: string, subCode: string | null): string {
  const category = reportCategoryByCode(code);
  const label = category?.zh ?? code;
  if (!subCode) return label;
  return `${label}（${category?.subCategories.find((s) => s.code === subCode)?.zh ?? subCode}）`;
}

function localDateTime(at: Date): string {
  return dayjs(at).tz(TIME_ZONE).format('YYYY-MM-DD HH:mm');
}
