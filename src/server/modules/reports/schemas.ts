import { z } from 'zod';
import { REPORT_CATEGORY_CODES } from '../../../core/reports.js';
import { IsoDate, Pagination, RateSchema, text, Uuid } from '../../schemas.js';

export const REPORT_STATUSES = ['submitted', 'accepted', 'verifying', 'closed'] as const;
const IsoDateTime = z.iso.datetime({ offset: true, message: '应为带时区的 ISO 时间，如 2026-03-01T08:30:00+08:00' });
const Category = z.enum(REPORT_CATEGORY_CODES, { message: '信息类别不正确' });

export const CreateReportBody = z.object({
  clientId: Uuid.optional().describe('设备生成的 UUID：重发同一请求不会重复报告'),
  category: Category,
  subCategory: z.string().trim().max(32).optional(),
  content: text('信息内容', 1000),
  location: z.string().trim().max(200).optional(),
  unitId: Uuid.optional(),
  foundAt: IsoDateTime.describe('发现时间'),
  reportedAt: IsoDateTime.optional().describe('报告时间（设备上报告的时刻；缺省为服务器收到的时刻）'),
});
export type CreateReportBody = z.infer<typeof CreateReportBody>;

export const Report = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  category: Category,
  subCategory: z.string().nullable(),
  content: z.string(),
  location: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  foundAt: z.string(),
  reportedAt: z.string(),
  deadlineAt: z.string(),
  onTime: z.boolean(),
  reporterId: z.string(),
  reporterName: z.string(),
  status: z.enum(REPORT_STATUSES),
  acceptedAt: z.string().nullable(),
  result: z.string().nullable(),
  closedAt: z.string().nullable(),
  receivedAt: z.string(),
});
export type Report = z.infer<typeof Report>;

export const ListReportsQuery = z.object({
  status: z.enum(REPORT_STATUSES).optional(),
  category: Category.optional(),
  unitId: Uuid.optional(),
  from: IsoDate.optional().describe('报告日期起（含，北京时间）'),
  to: IsoDate.optional().describe('报告日期止（含，北京时间）'),
  ...Pagination,
});
export type ListReportsQuery = z.infer<typeof ListReportsQuery>;

export const CloseReportBody = z.object({ result: text('处理结果', 1000) });

export const MarkMissedBody = z.object({
  orgId: Uuid.describe('应报告而未报告的协管站'),
  category: Category,
  foundAt: IsoDateTime,
  source: z.enum(['complaint', 'inspection', 'agency', 'other'], { message: '来源不正确' }),
  description: text('事件描述', 1000),
});
export type MarkMissedBody = z.infer<typeof MarkMissedBody>;

export const PeriodQuery = z.object({ from: IsoDate, to: IsoDate });

export const ReportIndicators = z.object({
  from: z.string(),
  to: z.string(),
  reported: z.number(),
  reportedOnTime: z.number(),
  markedNotReported: z.number(),
  reportingRate: RateSchema,
  timelyRate: RateSchema,
});
