import { z } from 'zod';
import { GRADES } from '../../../core/grading.js';
import { APPEAL_STATUSES } from '../../../core/gradingWorkflow.js';
import { IsoDate } from '../../schemas.js';

const DivisionCode = z.string().regex(/^\d{6}(\d{3})?(\d{3})?$/, { message: '区划代码应为 6、9 或 12 位数字' });
const page = z.coerce.number().int().min(1, { message: '页码至少为 1' }).default(1);

export const PublicUnitQuery = z.object({
  q: z.string().trim().max(50, { message: '查询内容不能超过 50 个字' }).optional().describe('单位名称（部分即可）'),
  divisionCode: DivisionCode.optional().describe('县（区）或乡镇（街道）代码'),
  page,
});

export const LICENCE_STATUSES = ['valid', 'expired', 'not_required', 'not_recorded'] as const;

/**
 * What anyone may see of a unit: what its notice board shows. Never the person in charge, a phone,
 * an inspector or an internal user id.
 */
export const PublicUnit = z.object({
  id: z.string().describe('单位的稳定编号（与开放数据一致）'),
  name: z.string(),
  creditCode: z.string().nullable().describe('统一社会信用代码（公开信息）'),
  category: z.string(),
  categoryLabel: z.string(),
  address: z.string(),
  divisionName: z.string().describe('所在乡镇（街道）'),
  grade: z.enum(GRADES).nullable().describe('现行量化分级等级；none 为不予评级，null 为未评级'),
  noticeDate: z.string().nullable().describe('公示日期'),
  reply: z.string().nullable().describe('单位对评级的回应'),
  appealStatus: z.enum(APPEAL_STATUSES).nullable(),
  licenceStatus: z.enum(LICENCE_STATUSES).describe('valid 有效、expired 已过期、not_required 无需许可、not_recorded 未登记'),
  latestInspection: z.object({ date: z.string(), kind: z.enum(['grading', 'inspection', 'random']), result: z.string() }).nullable().describe('最近一次检查结果：量化分级、监督检查或已公示的双随机抽查'),
});
export type PublicUnit = z.infer<typeof PublicUnit>;

export const PublicUnitPage = z.object({ items: z.array(PublicUnit), total: z.number(), page: z.number(), pageSize: z.number() });

export const UnitAreaQuery = z.object({ parentCode: z.string().regex(/^\d{6}$/, { message: '县（区）代码应为 6 位' }).optional() });
export const UnitArea = z.object({ code: z.string(), name: z.string() });

export const OpenDataQuery = z.object({
  county: z.string().regex(/^\d{6}$/, { message: '县（区）代码应为 6 位' }).optional().describe('县（区）代码'),
  since: IsoDate.optional().describe('只要此日（含）以后更新的记录'),
  page,
  pageSize: z.coerce.number().int().min(1).max(1000, { message: '每页最多 1000 条' }).default(500),
});
export const OpenDataCsvQuery = OpenDataQuery.omit({ page: true, pageSize: true });

/** One graded unit in the open data; column names are stable once published. */
export const GradedUnit = z.object({
  unit_id: z.string().describe('单位的稳定编号（uuid），同一单位始终不变'),
  name: z.string(),
  category: z.string().describe('单位类别代码，如 public_place、food'),
  address: z.string(),
  county_code: z.string(),
  township_code: z.string(),
  grade: z.enum(GRADES).describe('A、B、C 或 none（不予评级）'),
  score: z.number().describe('百分制总分'),
  notice_date: z.string().describe('公示日期 YYYY-MM-DD'),
  reply_present: z.boolean().describe('单位是否作出回应'),
  updated_at: z.string().describe('评级记录最后更新时间（ISO 8601）'),
});
export type GradedUnit = z.infer<typeof GradedUnit>;
export const GRADED_UNIT_COLUMNS = Object.keys(GradedUnit.shape) as (keyof GradedUnit)[];

export const GradedUnitPage = z.object({ items: z.array(GradedUnit), total: z.number(), page: z.number(), pageSize: z.number() });
