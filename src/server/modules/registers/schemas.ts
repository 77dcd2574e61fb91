import { z } from 'zod';
import { Uuid } from '../../schemas.js';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const RegisterQuery = z.object({
  orgId: Uuid.describe('协管站（巡查登记表）或协管站、信息点（信息报告登记表）'),
  month: z.string().regex(MONTH_PATTERN, { message: '月份格式应为 YYYY-MM' }).meta({ example: '2026-03' }),
});
export type RegisterQuery = z.infer<typeof RegisterQuery>;

/** The binary answer, for the OpenAPI document. */
export const XlsxFile = z.any().describe('Excel 文件（.xlsx），按纸质登记表排版，可直接打印');
