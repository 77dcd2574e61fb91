import { z } from 'zod';
import {
  CASE_AREAS, CASE_SOURCES, CASE_STATUSES, DISCRETION_LEVELS, DOCUMENT_KINDS, MIN_CASE_HANDLERS, PENALTY_TYPES,
} from '../../../core/cases.js';
import { isPeriodKey } from '../../../core/periods.js';
import { IsoDate, Pagination, RateSchema, text, Uuid } from '../../schemas.js';
import { NamedPerson } from '../inspections/schemas.js';

const Yuan = z.number({ message: '金额应为数字' }).min(0, { message: '金额不能为负数' }).max(1e11, { message: '金额过大' });

export const CreateCaseBody = z
  .object({
    unitId: Uuid.optional().describe('涉案单位（已建档时）；当事人默认为单位名称'),
    partyName: text('当事人', 200).optional().describe('当事人名称或姓名（个人信息，不公开）'),
    countyCode: z.string().regex(/^\d{6}$/, { message: '县（区）代码应为 6 位' }).optional().describe('立案的县（区）；缺省为单位或本人所在县区'),
    area: z.enum(CASE_AREAS, { message: '案件类别不正确' }),
    cause: text('案由', 500),
    source: z.enum(CASE_SOURCES, { message: '案件来源不正确' }),
    sourceId: Uuid.optional().describe('来源记录：监督检查、投诉、信息报告或上报的整改'),
    handlerIds: z.array(Uuid).min(MIN_CASE_HANDLERS, { message: `承办人至少 ${MIN_CASE_HANDLERS} 名执法人员` }).max(10, { message: '承办人不能超过 10 名' }),
    filedOn: IsoDate.optional().describe('立案日期，缺省为今天'),
  })
  .superRefine((body, ctx) => {
    if (body.source === 'rectification' && !body.sourceId) ctx.addIssue({ code: 'custom', path: ['sourceId'], message: '请选择上报监督所的整改记录' });
  });
export type CreateCaseBody = z.infer<typeof CreateCaseBody>;

export const Case = z.object({
  id: z.string(),
  caseNo: z.string(),
  countyCode: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  partyName: z.string(),
  area: z.enum(CASE_AREAS),
  cause: z.string(),
  source: z.enum(CASE_SOURCES),
  sourceId: z.string().nullable(),
  handlers: z.array(NamedPerson),
  status: z.enum(CASE_STATUSES),
  filedOn: z.string(),
  investigatedOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  penaltyTypes: z.array(z.enum(PENALTY_TYPES)).nullable(),
  fineAmount: z.number().nullable(),
  confiscationAmount: z.number().nullable(),
  violationBasis: z.string().nullable(),
  penaltyBasis: z.string().nullable(),
  discretion: z.enum(DISCRETION_LEVELS).nullable(),
  executedOn: z.string().nullable(),
  amountPaid: z.number().nullable(),
  closedOn: z.string().nullable(),
  closingSummary: z.string().nullable(),
  dismissedOn: z.string().nullable(),
  dismissalReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Case = z.infer<typeof Case>;

export const ListCasesQuery = z.object({
  status: z.enum(CASE_STATUSES, { message: '状态不正确' }).optional(),
  area: z.enum(CASE_AREAS, { message: '案件类别不正确' }).optional(),
  unitId: Uuid.optional(),
  ...Pagination,
});
export type ListCasesQuery = z.infer<typeof ListCasesQuery>;

export const InvestigateBody = z.object({ investigatedOn: IsoDate.optional() });
export const DecideBody = z.object({
  decidedOn: IsoDate.optional(),
  penaltyTypes: z.array(z.enum(PENALTY_TYPES, { message: '处罚种类不正确' })),
  fineAmount: Yuan.optional(),
  confiscationAmount: Yuan.optional(),
  violationBasis: text('违法依据', 1000),
  penaltyBasis: text('处罚依据', 1000),
  discretion: z.enum(DISCRETION_LEVELS, { message: '自由裁量等级应为轻微、一般、较重或严重' }),
});
export const ExecuteBody = z.object({ executedOn: IsoDate.optional(), amountPaid: Yuan.default(0).describe('已缴纳罚没款（元）') });
export const CloseBody = z.object({ closedOn: IsoDate.optional(), summary: text('结案摘要', 2000) });
export const DismissBody = z.object({ dismissedOn: IsoDate.optional(), reason: text('不予处罚或撤销的理由', 500) });
export type CaseActionBody = z.infer<typeof InvestigateBody> & Partial<z.infer<typeof DecideBody>> & Partial<z.infer<typeof ExecuteBody>>
  & Partial<z.infer<typeof CloseBody>> & Partial<z.infer<typeof DismissBody>>;

export const CaseDocument = z.object({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedBy: z.string().nullable().describe('上传人姓名'),
  createdAt: z.string(),
});
export type CaseDocument = z.infer<typeof CaseDocument>;
export const DocumentQuery = z.object({ kind: z.enum(DOCUMENT_KINDS, { message: '文书类别不正确' }) });
export const DocumentParams = z.object({ id: Uuid, documentId: Uuid });

export const CaseIndicatorsQuery = z.object({
  period: z.string().refine(isPeriodKey, { message: '时段格式应为 2026、2026Q3、2026H1 或 2026-10' }).describe('时段，如 2026、2026Q3、2026-10'),
  area: z.string().regex(/^(\d{6}|\d{12})$/, { message: '区划代码应为 6 位或 12 位数字' }).optional().describe('只统计该区划（县或乡镇）；默认为本人的管辖范围'),
});

export const CaseIndicators = z.object({
  period: z.object({ key: z.string(), label: z.string(), start: z.string(), end: z.string() }),
  inspections: z.number().describe('监督检查户次'),
  inspectorVisits: z.number().describe('出动人次'),
  ordersIssued: z.number().describe('下达责令整改'),
  ordersClosed: z.number().describe('整改完成（按完成日期）'),
  ordersOverdue: z.number().describe('本期下达、至今逾期未整改'),
  casesFiled: z.number().describe('立案数'),
  casesFiledByArea: z.record(z.enum(CASE_AREAS), z.number()),
  casesEnded: z.number().describe('本期立案中已结案（含不予处罚、撤销）'),
  closureRate: RateSchema.describe('结案率：已结案 ÷ 立案（同一批案件）'),
  finesDecided: z.number().describe('决定罚款（元）'),
  finesCollected: z.number().describe('已缴纳罚没款（元）'),
});
