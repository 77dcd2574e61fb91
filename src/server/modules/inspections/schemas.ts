import { z } from 'zod';
import { INSPECTION_RESULTS, INSPECTION_SOURCES, MAX_INSPECTORS, ORDER_STATUSES } from '../../../core/inspections.js';
import { BooleanQuery, IsoDate, Pagination, Uuid } from '../../schemas.js';

export const NamedPerson = z.object({ id: z.string(), name: z.string() });

export const CreateInspectionBody = z.object({
  unitId: Uuid.describe('被检查单位（管辖范围内）；复查时须与整改令的单位相同'),
  inspectedOn: IsoDate,
  inspectorIds: z.array(Uuid).min(1, { message: '至少填写一名检查人员' }).max(MAX_INSPECTORS, { message: `检查人员不能超过 ${MAX_INSPECTORS} 人` }),
  source: z.enum(INSPECTION_SOURCES, { message: '检查来源不正确' }).default('routine'),
  sourceId: Uuid.optional().describe('来源记录（投诉、信息报告、整改等）'),
  findings: z.string().trim().max(2000, { message: '检查情况不能超过 2000 个字' }).default(''),
  result: z.enum(INSPECTION_RESULTS, { message: '检查结果应为 compliant、rectify、case 或 other' }),
  deadline: IsoDate.optional().describe('责令整改的期限，须晚于检查日期'),
  followUpOf: Uuid.optional().describe('本次为该整改令的复查：合格即整改完成，责令整改即延期，立案查处即转立案'),
});
export type CreateInspectionBody = z.infer<typeof CreateInspectionBody>;

export const Inspection = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  countyCode: z.string(),
  inspectedOn: z.string(),
  inspectors: z.array(NamedPerson),
  inspectorCount: z.number(),
  source: z.enum(INSPECTION_SOURCES),
  sourceId: z.string().nullable(),
  findings: z.string(),
  result: z.enum(INSPECTION_RESULTS),
  deadline: z.string().nullable(),
  followUpOf: z.string().nullable(),
  orderStatus: z.enum(ORDER_STATUSES).nullable().describe('仅责令整改的首次检查（整改令）有'),
  orderDeadline: z.string().nullable().describe('整改令当前期限（复查延期后为新期限）'),
  orderClosedOn: z.string().nullable(),
  overdue: z.boolean().describe('整改中且已过期限'),
  caseNo: z.string().nullable().describe('由此次检查立案的案件编号'),
  createdAt: z.string(),
});
export type Inspection = z.infer<typeof Inspection>;

export const ListInspectionsQuery = z.object({
  unitId: Uuid.optional(),
  result: z.enum(INSPECTION_RESULTS, { message: '检查结果不正确' }).optional(),
  orderStatus: z.enum(ORDER_STATUSES, { message: '整改状态不正确' }).optional(),
  followUpOf: Uuid.optional(),
  overdue: BooleanQuery.optional().describe('true：整改中且已过期限的整改令'),
  ...Pagination,
});
export type ListInspectionsQuery = z.infer<typeof ListInspectionsQuery>;

export const Officer = z.object({ id: z.string(), name: z.string(), orgName: z.string() });
