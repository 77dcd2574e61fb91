import { z } from 'zod';
import { isIsoDate } from '../core/dates.js';

// Messages zod writes itself (missing field, wrong type) in Chinese, like ours.
z.config(z.locales.zhCN());

/** Shared schema pieces; messages are Chinese because they reach the user as they are. */
export const IsoDate = z
  .string()
  .refine(isIsoDate, { message: '日期格式应为 YYYY-MM-DD' })
  .meta({ example: '2026-01-01' });

export const Uuid = z.uuid({ message: '编号格式不正确' });

export const IdParams = z.object({ id: Uuid });

/** A rate as every indicator carries it (core/indicators Rate): never a bare percentage. */
export const RateSchema = z.object({
  numerator: z.number(), denominator: z.number(), unit: z.string(),
  value: z.number().nullable().meta({ description: '分子 ÷ 分母 × 单位，未取整；分母为 0 时为 null' }),
});

export const Pagination = {
  page: z.coerce.number().int().min(1, { message: '页码至少为 1' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, { message: '每页最多 100 条' }).default(20),
};

export const BooleanQuery = z
  .enum(['true', 'false'], { message: '应为 true 或 false' })
  .transform((value) => value === 'true');

export const ErrorResponse = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** Trimmed text with a length limit; `label` names the field in the error message. */
export function text(label: string, max: number, min = 1) {
  return z
    .string()
    .trim()
    .min(min, { message: `${label}不能为空` })
    .max(max, { message: `${label}不能超过 ${max} 个字` });
}

/** Error responses every authenticated route may give, for the OpenAPI document. */
export const errorResponses = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
