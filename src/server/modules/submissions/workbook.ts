/**
 * 报送情况 as a workbook, the figures of a monthly submission bulletin: 汇总 (the area and each child
 * with counts, 报送完整率 and 按时上报率 as numerator/denominator/value) and 明细 (every org that must
 * report, its state and timeliness).
 */
import dayjs from 'dayjs';
import ExcelJS from 'exceljs';
import { TIME_ZONE } from '../../../core/dates.js';
import type { Rate } from '../../../core/indicators.js';
import { SUBMISSION_STATUS_LABELS, type SubmissionCounts } from '../../../core/submissions.js';
import type { ExpectedSubmission } from './expected.js';
import { addTable, round2, type Cell } from '../../xlsxTable.js';

interface SummaryRow {
  name: string;
  counts: SubmissionCounts;
  completeness: Rate;
  onTimeRate: Rate;
}

const countCells = (c: SubmissionCounts): Cell[] => [c.expected, c.submitted, c.accepted, c.onTime, c.late, c.returned, c.missing];
const rateCells = (r: Rate): Cell[] => [r.numerator, r.denominator, round2(r.value)];
const time = (at: Date | null) => (at ? dayjs(at).tz(TIME_ZONE).format('YYYY-MM-DD HH:mm') : null);

export async function buildSubmissionWorkbook(input: {
  title: string; dueDate: string; rows: SummaryRow[]; items: ExpectedSubmission[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'weijian';
  const title = `${input.title}（截止 ${input.dueDate}）`;
  addTable(workbook, '汇总', title, [
    { header: '区域', width: 24 }, { header: '应报', width: 8 }, { header: '已报', width: 8 }, { header: '已审核', width: 8 },
    { header: '按时', width: 8 }, { header: '逾期', width: 8 }, { header: '退回/重开', width: 10 }, { header: '未报', width: 8 },
    { header: '完整率分子', width: 10 }, { header: '完整率分母', width: 10 }, { header: '报送完整率(%)', width: 12 },
    { header: '按时分子', width: 10 }, { header: '按时分母', width: 10 }, { header: '按时上报率(%)', width: 12 },
  ], input.rows.map((r) => [r.name, ...countCells(r.counts), ...rateCells(r.completeness), ...rateCells(r.onTimeRate)]));
  addTable(workbook, '明细', title, [
    { header: '报送单位', width: 32 }, { header: '状态', width: 10 }, { header: '报送时间', width: 18 }, { header: '是否按时', width: 10 },
    { header: '审核时间', width: 18 }, { header: '审核意见', width: 40 },
  ], input.items.map((i) => [
    i.orgName, i.status ? SUBMISSION_STATUS_LABELS[i.status] : '未报送', time(i.submittedAt),
    i.onTime === null ? null : i.onTime ? '按时' : '逾期', time(i.reviewedAt), i.reviewComment,
  ]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
