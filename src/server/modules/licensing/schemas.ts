import { z } from 'zod';
import { APPLICATION_KINDS, LICENCE_TYPES, LICENSING_STATUSES, MAX_REASON_LENGTH } from '../../../core/licensing.js';
import { BooleanQuery, IsoDate, Pagination, RateSchema, text, Uuid } from '../../schemas.js';


const Phone = z.string().trim().regex(/^[0-9+\-\s]{5,20}$/, { message: '联系电话格式不正确' });

export const CreateLicenceApplicationBody = z
  .object({
    licenceType: z.enum(LICENCE_TYPES, { message: '许可证类别不正确' }),
    kind: z.enum(APPLICATION_KINDS, { message: '申请类型应为 new、renewal、change 或 cancellation' }),
    unitId: Uuid.optional().describe('已建档的单位；填写时持证人默认为单位名称，承办县区为单位所在县区'),
    applicantName: text('申请人（持证单位）名称', 200).optional(),
    applicantPhone: Phone.optional(),
    countyCode: z.string().regex(/^\d{6}$/, { message: '县（区）代码应为 6 位' }).optional().describe('承办的县（区）；缺省为单位或本人所在县区'),
  })
  .superRefine((body, ctx) => {
    if (!body.unitId && !body.applicantName) ctx.addIssue({ code: 'custom', path: ['applicantName'], message: '请填写申请人名称，或选择已建档的单位' });
  });
export type CreateLicenceApplicationBody = z.infer<typeof CreateLicenceApplicationBody>;

export const LicenceApplication = z.object({
  id: z.string(),
  applicationNo: z.string(),
  countyCode: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  applicantName: z.string(),
  applicantPhone: z.string().nullable(),
  licenceType: z.string(),
  kind: z.enum(APPLICATION_KINDS),
  status: z.enum(LICENSING_STATUSES),
  acceptedOn: z.string(),
  dueOn: z.string(),
  overdue: z.boolean().describe('尚未办结且已过办理期限'),
  decidedOn: z.string().nullable(),
  refusalReason: z.string().nullable(),
  licenceNo: z.string().nullable(),
  issuedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LicenceApplication = z.infer<typeof LicenceApplication>;

export const ListLicenceApplicationsQuery = z.object({
  status: z.enum(LICENSING_STATUSES, { message: '状态不正确' }).optional(),
  overdue: BooleanQuery.optional().describe('true：尚未办结且已过办理期限'),
  ...Pagination,
});
export type ListLicenceApplicationsQuery = z.infer<typeof ListLicenceApplicationsQuery>;

export const IssueLicenceBody = z
  .object({ licenceNo: text('许可证号', 50).optional().describe('新办必填；延续、变更沿用原证号，注销无需填写') })
  .nullish();
export const RefuseLicenceBody = z.object({ reason: z.string().trim().max(MAX_REASON_LENGTH, { message: `理由不能超过 ${MAX_REASON_LENGTH} 字` }).optional() });

export const LicensingIndicatorsQuery = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((q) => q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' });

export const LicensingIndicators = z.object({
  from: z.string(),
  to: z.string(),
  completionWithinLimit: RateSchema.describe('办结率：期限内办结 ÷ 办结（发证、注销或不予许可）'),
  averageDaysToFinish: z.number().nullable().describe('平均办结天数（工作日，未取整）'),
});

export const PublicLicenceQuery = z.object({ q: z.string().trim().min(2, { message: '查询内容至少 2 个字' }).max(100, { message: '查询内容不能超过 100 个字' }).describe('许可证号或持证单位名称') });

/** What anyone may see of an issued licence: never a person, a phone or an address. */
export const PublicLicence = z.object({
  licenceNo: z.string(),
  holderName: z.string(),
  licenceType: z.string(),
  issuedOn: z.string().nullable().describe('最近一次发证（新办、延续或变更）日期；已注销时为空'),
  expiresOn: z.string().nullable(),
  cancelledOn: z.string().nullable().describe('注销日期'),
  status: z.enum(['valid', 'expired', 'cancelled']),
});
export type PublicLicence = z.infer<typeof PublicLicence>;
