import { z } from 'zod';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_STATUSES, isTrackingCode } from '../../../core/complaints.js';
import { BooleanQuery, Pagination, text, Uuid } from '../../schemas.js';

const Category = z.enum(COMPLAINT_CATEGORIES, { message: '投诉类别不正确' });
const DivisionCode = z.string().regex(/^\d{6}$|^\d{12}$/, { message: '区划代码应为 6 位（县）或 12 位（乡镇）' });
const Phone = z.string().trim().regex(/^[0-9+\-\s]{5,20}$/, { message: '联系电话格式不正确' });

const complaintFields = {
  divisionCode: DivisionCode.describe('被投诉事项所在的县（区）或乡镇（街道）区划代码'),
  category: Category,
  subject: text('被投诉单位或场所', 200),
  content: text('投诉内容', 2000),
  location: z.string().trim().max(200, { message: '地点不能超过 200 个字' }).optional(),
  anonymous: z.boolean().default(false),
  reporterName: z.string().trim().max(64, { message: '姓名不能超过 64 个字' }).optional(),
  reporterPhone: Phone.optional(),
};

/** What the public form sends: anonymous, or with a phone to call back. */
export const PublicComplaintBody = z
  .object(complaintFields)
  .superRefine((body, ctx) => {
    if (!body.anonymous && !body.reporterPhone) {
      ctx.addIssue({ code: 'custom', path: ['reporterPhone'], message: '实名投诉请填写联系电话，或选择匿名' });
    }
  });
export type PublicComplaintBody = z.infer<typeof PublicComplaintBody>;

/** Staff record one received by phone, letter, visit or transfer. */
export const CreateComplaintBody = z
  .object({
    ...complaintFields,
    channel: z.enum(COMPLAINT_CHANNELS, { message: '来源渠道不正确' }).exclude(['web']),
    unitId: Uuid.optional(),
  })
  .superRefine((body, ctx) => {
    if (!body.anonymous && !body.reporterPhone && !body.reporterName) {
      ctx.addIssue({ code: 'custom', path: ['reporterName'], message: '实名投诉请填写姓名或联系电话，或选择匿名' });
    }
  });
export type CreateComplaintBody = z.infer<typeof CreateComplaintBody>;

export const TrackingParams = z.object({
  code: z.string().trim().toUpperCase().refine(isTrackingCode, { message: '查询码格式不正确，应为 TS 加 10 位字母数字' }),
});

export const PublicComplaintReceipt = z.object({ trackingCode: z.string(), replyDueOn: z.string() });

/** The only fields the public sees: never who complained, who handles it or internal notes. */
export const PublicComplaintStatus = z.object({
  trackingCode: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  receivedOn: z.string(),
  replyDueOn: z.string(),
  reply: z.string().nullable(),
  repliedOn: z.string().nullable(),
});
export type PublicComplaintStatus = z.infer<typeof PublicComplaintStatus>;

export const Complaint = z.object({
  id: z.string(),
  trackingCode: z.string(),
  channel: z.enum(COMPLAINT_CHANNELS),
  countyCode: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  category: Category,
  subject: z.string(),
  content: z.string(),
  location: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  anonymous: z.boolean(),
  reporterName: z.string().nullable(),
  reporterPhone: z.string().nullable(),
  status: z.enum(COMPLAINT_STATUSES),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  receivedAt: z.string(),
  replyDueOn: z.string(),
  overdue: z.boolean(),
  reply: z.string().nullable(),
  repliedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type Complaint = z.infer<typeof Complaint>;

export const ListComplaintsQuery = z.object({
  status: z.enum(COMPLAINT_STATUSES, { message: '状态不正确' }).optional(),
  overdue: BooleanQuery.optional().describe('true：未在答复期限内答复'),
  ...Pagination,
});
export type ListComplaintsQuery = z.infer<typeof ListComplaintsQuery>;

export const AssignComplaintBody = z.object({ assigneeId: Uuid });
export const ReplyComplaintBody = z.object({ reply: text('答复内容', 2000) });
