import { z } from 'zod';
import { INSPECTION_FREQUENCIES, INSPECTION_METHODS, PLAN_STATUSES, TASK_RESULTS } from '../../../core/randomInspections.js';
import { UNIT_CATEGORY_CODES } from '../../../core/unitCategories.js';
import { IsoDate, Pagination, text, Uuid } from '../../schemas.js';

const CountyCode = z.string().regex(/^\d{6}$/, { message: '县（区）代码应为 6 位' });

export const ItemBody = z.object({
  name: text('事项名称', 200),
  legalBasis: text('检查依据', 1000),
  categories: z.array(z.enum(UNIT_CATEGORY_CODES, { message: '检查对象类别不正确' })).min(1, { message: '请至少选择一类检查对象' }).max(UNIT_CATEGORY_CODES.length)
    .refine((c) => new Set(c).size === c.length, { message: '检查对象类别有重复' }),
  ratio: z.number({ message: '抽查比例应为数字' }).min(0, { message: '抽查比例不能小于 0' }).max(100, { message: '抽查比例不能超过 100' })
    .refine((r) => Math.abs(r * 100 - Math.round(r * 100)) < 1e-9, { message: '抽查比例最多两位小数' }),
  frequency: z.enum(INSPECTION_FREQUENCIES, { message: '抽查频次不正确' }),
  method: z.enum(INSPECTION_METHODS, { message: '检查方式不正确' }),
  active: z.boolean().default(true),
});
export type ItemBody = z.infer<typeof ItemBody>;

export const Item = z.object({
  id: z.string(), orgId: z.string(), orgName: z.string(), name: z.string(), legalBasis: z.string(), categories: z.array(z.string()),
  ratio: z.number().describe('百分比，两位小数'), frequency: z.string(), method: z.string(), active: z.boolean(),
  editable: z.boolean().describe('本人可以修改（事项属于本人管辖范围）'), createdAt: z.string(), updatedAt: z.string(),
});
export type Item = z.infer<typeof Item>;

export const ListItemsQuery = z.object({ countyCode: CountyCode.optional().describe('只列出适用于该县（区）的清单') });

const PlanFields = {
  title: text('计划名称', 200),
  year: z.number().int().min(2000, { message: '年度不正确' }).max(2100, { message: '年度不正确' }),
  batch: z.number().int().min(1, { message: '批次至少为 1' }).max(99, { message: '批次最多为 99' }).default(1),
  windowStart: IsoDate,
  windowEnd: IsoDate,
  unitCount: z.number().int().min(1, { message: '抽取单位数至少为 1' }).nullable().default(null).describe('缺省按事项比例向上取整'),
  inspectorsPerUnit: z.number().int().min(1, { message: '每户检查人员至少 1 人' }).max(10, { message: '每户检查人员最多 10 人' }).default(2),
};
const windowOrdered = (p: { windowStart: string; windowEnd: string }) => p.windowEnd >= p.windowStart;
const windowIssue = { path: ['windowEnd'], message: '检查结束日期不能早于开始日期' };

export const CreatePlanBody = z.object({ itemId: Uuid, countyCode: CountyCode.optional().describe('缺省为本人所在县（区）'), ...PlanFields }).refine(windowOrdered, windowIssue);
export type CreatePlanBody = z.infer<typeof CreatePlanBody>;
export const UpdatePlanBody = z.object(PlanFields).refine(windowOrdered, windowIssue);
export type UpdatePlanBody = z.infer<typeof UpdatePlanBody>;

export const ListPlansQuery = z.object({ status: z.enum(PLAN_STATUSES, { message: '状态不正确' }).optional(), ...Pagination });
export type ListPlansQuery = z.infer<typeof ListPlansQuery>;

const Named = z.object({ id: z.string(), name: z.string() });
const Coded = z.object({ code: z.string(), name: z.string() });

export const Plan = z.object({
  id: z.string(), itemId: z.string(), itemName: z.string(), itemCategories: z.array(z.string()), itemRatio: z.number(), itemMethod: z.string(),
  countyCode: z.string(), countyName: z.string(), title: z.string(), year: z.number(), batch: z.number(),
  windowStart: z.string(), windowEnd: z.string(), unitCount: z.number().nullable(), inspectorsPerUnit: z.number(), status: z.enum(PLAN_STATUSES),
  commitment: z.string().nullable(), seed: z.string().nullable().describe('抽取后公开'),
  candidateCount: z.number().nullable(), drawCount: z.number().nullable(), excludedRecent: z.number().nullable(),
  committedAt: z.string().nullable(), drawnAt: z.string().nullable(), publishedAt: z.string().nullable(), cancelReason: z.string().nullable(),
  createdAt: z.string(), updatedAt: z.string(),
});
export type Plan = z.infer<typeof Plan>;

export const Task = z.object({
  id: z.string(), position: z.number(), unitId: z.string(), unitName: z.string(), unitCategory: z.string(), inspectors: z.array(Coded),
  result: z.enum(TASK_RESULTS).nullable(), resultOn: z.string().nullable(), summary: z.string().nullable(),
  deadline: z.string().nullable().describe('发现问题、责令整改时的整改期限'),
  inspectionId: z.string().nullable().describe('登记结果时记录的监督检查（计入户次和出动人次）'),
});
export type Task = z.infer<typeof Task>;

export const PlanDetail = Plan.extend({ candidates: z.array(Named).nullable(), pool: z.array(Coded).nullable(), tasks: z.array(Task) });
export type PlanDetail = z.infer<typeof PlanDetail>;

export const TaskParams = z.object({ id: Uuid, taskId: Uuid });
export const RecordResultBody = z.object({
  result: z.enum(TASK_RESULTS, { message: '检查结果不正确' }),
  resultOn: IsoDate,
  summary: z.string().trim().max(1000, { message: '情况说明不能超过 1000 个字' }).optional(),
  deadline: IsoDate.optional().describe('整改期限：发现问题、责令整改时必填，须晚于检查日期'),
});
export type RecordResultBody = z.infer<typeof RecordResultBody>;
export const CancelPlanBody = z.object({ reason: text('取消理由', 500) });

export const Conflict = z.object({
  id: z.string(), inspectorId: z.string(), inspectorName: z.string(), unitId: z.string(), unitName: z.string(), reason: z.string(), createdAt: z.string(),
});
export type Conflict = z.infer<typeof Conflict>;
export const CreateConflictBody = z.object({ inspectorId: Uuid, unitId: Uuid, reason: text('回避理由', 500) });
export type CreateConflictBody = z.infer<typeof CreateConflictBody>;

/** The public lists (DESIGN §12): no phone, user name, user id or ID number anywhere. */
export const PublicItem = z.object({
  id: z.string(), name: z.string(), legalBasis: z.string(), categories: z.array(z.string()), ratio: z.number(), frequency: z.string(), method: z.string(), ownerName: z.string(),
});
export const PublicItemsQuery = ListItemsQuery;

export const PUBLIC_STAGES = ['plan', 'task', 'result'] as const;
export const PublicPlansQuery = z.object({ stage: z.enum(PUBLIC_STAGES, { message: '应为 plan、task 或 result' }).default('plan'), ...Pagination });

export const PublicPlan = z.object({
  id: z.string(), title: z.string(), itemName: z.string(), method: z.string(), countyName: z.string(), year: z.number(), batch: z.number(),
  windowStart: z.string(), windowEnd: z.string(), status: z.enum(PLAN_STATUSES), commitment: z.string().nullable(), seed: z.string().nullable(),
  candidateCount: z.number().nullable(), unitCount: z.number().nullable(), inspectorsPerUnit: z.number(),
  committedAt: z.string().nullable(), drawnAt: z.string().nullable(), publishedAt: z.string().nullable(),
});
export type PublicPlan = z.infer<typeof PublicPlan>;
export const PublicTask = z.object({
  position: z.number(), unitName: z.string(), unitCategory: z.string(), inspectors: z.array(z.string()).describe('执法人员姓名'),
  result: z.enum(TASK_RESULTS).nullable().describe('结果公示后才有'), resultOn: z.string().nullable(),
});
export const PublicPlanDetail = PublicPlan.extend({ tasks: z.array(PublicTask) });
export type PublicPlanDetail = z.infer<typeof PublicPlanDetail>;

export const DrawRecordSchema = z.object({
  planId: z.string(), commitment: z.string(), seed: z.string().nullable(), candidates: z.array(Named), pool: z.array(Coded),
  conflicts: z.array(z.tuple([z.string(), z.string()])), unitCount: z.number(), inspectorsPerUnit: z.number(),
  result: z.array(z.object({ unitId: z.string(), inspectors: z.array(z.string()) })).nullable(),
});
