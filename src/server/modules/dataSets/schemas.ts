import { z } from 'zod';
import { TARGET_KINDS } from '../../../core/dataSets.js';
import { ORG_KINDS } from '../../../core/orgs.js';
import { IsoDate, Uuid, text } from '../../schemas.js';

export const DATA_SET_KINDS = ['registers', 'quarterly_summary', 'custom'] as const;
const Code = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, { message: '代码为 1–40 位小写字母、数字、下划线或连字符，以字母开头' });
const Bound = z.number({ message: '应为数字' }).nullable().default(null);

export const Target = z.object({
  kind: z.enum(TARGET_KINDS, { message: '目标类型不正确' }).default('none'),
  min: Bound,
  max: Bound,
});

export const DataSetFieldInput = z.object({
  id: Uuid.optional().describe('已有字段的编号；新字段不填'),
  code: Code,
  name: text('字段名称', 100),
  group: z.string().trim().max(40, { message: '分组不能超过 40 个字' }).default(''),
  unit: text('单位', 16),
  decimals: z.number().int({ message: '小数位数应为整数' }).min(0, { message: '小数位数为 0–4' }).max(4, { message: '小数位数为 0–4' }).default(0),
  target: Target.default({ kind: 'none', min: null, max: null }),
});
export type DataSetFieldInput = z.infer<typeof DataSetFieldInput>;

const Fields = z.array(DataSetFieldInput).min(1, { message: '至少需要一个字段' }).max(200, { message: '最多 200 个字段' });
const DeadlineDays = z.number().int({ message: '报送期限应为整数天' }).min(0, { message: '报送期限为 0–366 天' }).max(366, { message: '报送期限为 0–366 天' });

export const CreateDataSetBody = z.object({
  code: Code,
  name: text('名称', 100),
  description: z.string().trim().max(500, { message: '说明不能超过 500 个字' }).default(''),
  periodType: z.enum(['month', 'quarter'], { message: '报送周期应为月或季度' }),
  reportingOrgKind: z.enum(ORG_KINDS, { message: '报送单位类型不正确' }),
  deadlineDays: DeadlineDays,
  startsOn: IsoDate.optional().describe('开始报送的日期（所在时段起）；缺省为本月 1 日'),
  endsOn: IsoDate.nullable().optional().describe('停止报送的日期（不含）'),
  fields: Fields,
});
export type CreateDataSetBody = z.infer<typeof CreateDataSetBody>;

export const UpdateDataSetBody = z
  .object({
    name: text('名称', 100).optional(),
    description: z.string().trim().max(500, { message: '说明不能超过 500 个字' }).optional(),
    deadlineDays: DeadlineDays.optional(),
    endsOn: IsoDate.nullable().optional(),
    fields: Fields.optional().describe('完整的字段列表：带 id 的为已有字段，不带的为新增，未列出的删除'),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), { message: '没有要修改的内容' });
export type UpdateDataSetBody = z.infer<typeof UpdateDataSetBody>;

export const FromTemplateBody = z.object({ templateCode: z.string().trim().min(1, { message: '请选择模板' }).max(40) });

export const DataSetField = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  group: z.string(),
  unit: z.string(),
  decimals: z.number(),
  target: z.object({ kind: z.enum(TARGET_KINDS), min: z.number().nullable(), max: z.number().nullable() }),
  /** '不低于95%' — the target as a person reads it. */
  targetLabel: z.string(),
  hasValues: z.boolean(),
});
export type DataSetField = z.infer<typeof DataSetField>;

export const DataSet = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(DATA_SET_KINDS),
  builtIn: z.boolean(),
  periodType: z.enum(['month', 'quarter']),
  reportingOrgKind: z.enum(ORG_KINDS),
  deadlineDays: z.number(),
  path: z.string(),
  description: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  /** Whether the signed-in user may edit it (datasets.manage, owner inside their scope, not built in). */
  editable: z.boolean(),
});
export type DataSet = z.infer<typeof DataSet>;

export const DataSetWithFields = DataSet.extend({ fields: z.array(DataSetField) });
export type DataSetWithFields = z.infer<typeof DataSetWithFields>;

export const DataSetTemplate = z.object({ code: z.string(), name: z.string(), description: z.string(), fieldCount: z.number() });
