import { z } from 'zod';
import { BooleanQuery, Pagination } from '../../schemas.js';

export const INBOX_KINDS = ['complaint', 'report'] as const;

export const InboxQuery = z.object({
  kind: z.enum(INBOX_KINDS, { message: '类型应为 complaint 或 report' }).optional().describe('只看投诉举报或只看信息报告'),
  openOnly: BooleanQuery.default(true).describe('默认只看待办：投诉举报未答复、信息报告未办结'),
  overdueOnly: BooleanQuery.optional().describe('true：只看逾期（投诉未按期答复、信息报告超时未受理）'),
  ...Pagination,
});
export type InboxQuery = z.infer<typeof InboxQuery>;

export const InboxItem = z.object({
  kind: z.enum(INBOX_KINDS),
  id: z.string(),
  code: z.string().nullable().describe('投诉举报的查询码；信息报告为空'),
  category: z.string().describe('投诉类别或信息报告类别的代码'),
  title: z.string().describe('被投诉单位或场所；信息报告为内容摘要'),
  source: z.string().describe('投诉的来源渠道代码；信息报告为报告人'),
  areaName: z.string().describe('投诉所在地；信息报告为报告单位'),
  receivedAt: z.string(),
  status: z.string(),
  replyDueOn: z.string().nullable().describe('投诉举报的答复期限'),
  acceptBy: z.string().nullable().describe('信息报告应受理的时限（未受理时）'),
  overdue: z.boolean(),
});
export type InboxItem = z.infer<typeof InboxItem>;

export const InboxPage = z.object({ items: z.array(InboxItem), total: z.number() });
