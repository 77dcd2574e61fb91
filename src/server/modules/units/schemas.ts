import { z } from 'zod';
import { UNIT_CATEGORY_CODES } from '../../../core/unitCategories.js';
import { IsoDate, Pagination, RateSchema, text, Uuid } from '../../schemas.js';

export const UNIT_STATUSES = ['operating', 'suspended', 'closed'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;

const DivisionCode = z.string().regex(/^\d{12}$/, { message: '应为 12 位统计用区划代码' });
const Phone = z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, { message: '电话号码格式不正确' });
const optionalText = (label: string, max: number) => text(label, max).nullable().optional();

/** Fields a person types when filing or editing a unit; the server derives the rest. */
const UnitFields = z.object({
  name: text('单位名称', 100),
  creditCode: z.string().trim().max(30).nullable().optional().describe('统一社会信用代码（GB 32100，可空）'),
  category: z.enum(UNIT_CATEGORY_CODES, { message: '单位类别不正确' }),
  subCategory: z.string().trim().min(1, { message: '请选择单位子类' }).max(32),
  address: text('地址', 200),
  townshipCode: DivisionCode,
  villageCode: DivisionCode.nullable().optional(),
  latitude: z.number().min(3, { message: '纬度超出我国范围' }).max(54, { message: '纬度超出我国范围' }).nullable().optional(),
  longitude: z.number().min(73, { message: '经度超出我国范围' }).max(136, { message: '经度超出我国范围' }).nullable().optional(),
  personInCharge: optionalText('负责人', 32),
  phone: Phone.nullable().optional(),
  licenceType: optionalText('许可证类型', 50),
  licenceNo: optionalText('许可证号', 50),
  licenceIssuedOn: IsoDate.nullable().optional(),
  licenceExpiresOn: IsoDate.nullable().optional(),
  employees: z.number().int({ message: '应为整数' }).min(0).max(100_000).nullable().optional(),
  employeesCertified: z.number().int({ message: '应为整数' }).min(0).max(100_000).nullable().optional(),
  riskLevel: z.enum(RISK_LEVELS, { message: '风险等级不正确' }).nullable().optional(),
});

export const CreateUnitBody = UnitFields.extend({
  clientId: Uuid.optional().describe('设备生成的 UUID：重发同一请求不会重复建档'),
});
export type CreateUnitBody = z.infer<typeof CreateUnitBody>;

export const UpdateUnitBody = UnitFields.partial().extend({
  status: z.enum(['operating', 'suspended'], { message: '状态只能改为营业或停业；注销请用注销操作' }).optional(),
});
export type UpdateUnitBody = z.infer<typeof UpdateUnitBody>;

export const CloseUnitBody = z.object({ date: IsoDate, reason: text('注销原因', 200) });
export type CloseUnitBody = z.infer<typeof CloseUnitBody>;

export const Unit = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string().nullable(),
  category: z.string(),
  subCategory: z.string(),
  address: z.string(),
  townshipCode: z.string(),
  townshipName: z.string(),
  villageCode: z.string().nullable(),
  orgId: z.string(),
  orgName: z.string(),
  countyCode: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  personInCharge: z.string().nullable(),
  phone: z.string().nullable(),
  licenceType: z.string().nullable(),
  licenceNo: z.string().nullable(),
  licenceIssuedOn: z.string().nullable(),
  licenceExpiresOn: z.string().nullable(),
  employees: z.number().nullable(),
  employeesCertified: z.number().nullable(),
  status: z.enum(UNIT_STATUSES),
  hygieneGrade: z.string().nullable(),
  riskLevel: z.string().nullable(),
  closedOn: z.string().nullable(),
  fileComplete: z.boolean(),
  fileGaps: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Unit = z.infer<typeof Unit>;

export const ListUnitsQuery = z.object({
  q: z.string().trim().max(100).optional().describe('名称、地址、信用代码或许可证号'),
  category: z.enum(UNIT_CATEGORY_CODES, { message: '单位类别不正确' }).optional(),
  subCategory: z.string().trim().max(32).optional(),
  townshipCode: DivisionCode.optional(),
  villageCode: DivisionCode.optional(),
  status: z.enum(UNIT_STATUSES, { message: '状态不正确' }).optional(),
  licenceExpiresBefore: IsoDate.optional().describe('许可证在此日期前（含）到期'),
  ...Pagination,
});
export type ListUnitsQuery = z.infer<typeof ListUnitsQuery>;

export const FilingRateQuery = z.object({ townshipCode: DivisionCode.optional() });
export const FilingRateRow = z.object({
  orgId: z.string(),
  orgName: z.string(),
  townshipCode: z.string(),
  unitsKnown: z.number(),
  unitsWithCompleteFile: z.number(),
  rate: RateSchema,
});

export const ExportUnitsQuery = ListUnitsQuery.omit({ page: true, pageSize: true });
export type ExportUnitsQuery = z.infer<typeof ExportUnitsQuery>;

export const ImportResult = z.object({
  created: z.number().describe('新建档的单位数'),
  updated: z.number().describe('按文件更新的已有单位数'),
  unchanged: z.number().describe('与档案一致、未改动的单位数'),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportRowError = z.object({
  row: z.number().describe('Excel 行号'),
  field: z.string().describe('接口字段名，如 creditCode'),
  column: z.string().describe('列名，如 统一社会信用代码'),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

/** A 400 from the import: a file-level reason, or every row error (then nothing was written). */
export const ImportErrorResponse = z.object({
  error: z.string(),
  message: z.string(),
  rows: z.array(ImportRowError).optional(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
