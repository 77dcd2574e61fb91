import { z } from 'zod';
import { SUBMISSION_STATUSES } from '../../../core/submissions.js';
import { Pagination, RateSchema, text, Uuid } from '../../schemas.js';
import { DataSet, DataSetField } from '../dataSets/schemas.js';

const PeriodKey = z.string().trim().min(1, { message: '请选择时段' }).max(24).meta({ example: '2026-03' });
const DivisionCode = z.string().regex(/^\d{6}(\d{6})?$/, { message: '区划代码应为 6 位或 12 位数字' });
const Status = z.enum(SUBMISSION_STATUSES);

export const SubmissionParams = z.object({ dataSetId: Uuid, orgId: Uuid, period: PeriodKey });
export type SubmissionParams = z.infer<typeof SubmissionParams>;

export const SubmissionQuery = z.object({
  dataSetId: Uuid,
  period: PeriodKey,
  area: DivisionCode.optional().describe('管辖范围内的区划代码；缺省为本单位所在区划'),
});
export type SubmissionQuery = z.infer<typeof SubmissionQuery>;

export const GRID_FILTERS = ['missing', 'submitted', 'accepted', 'returned', 'late'] as const;
export const SubmissionGridQuery = SubmissionQuery.extend({
  state: z.enum(GRID_FILTERS, { message: '筛选条件不正确' }).optional().describe('只看未报送、待审核、已审核、退回/重开或迟报的'),
  ...Pagination,
});
export type SubmissionGridQuery = z.infer<typeof SubmissionGridQuery>;

export const SaveSubmissionBody = z.object({
  values: z
    .record(z.string().max(40), z.number({ message: '应为数字' }).nullable())
    .optional()
    .describe('自定义数据集：字段代码 → 数值（完整表单；null 或未列出即清空）'),
  narrative: z.string().trim().max(5000, { message: '文字说明不能超过 5000 个字' }).nullable().optional().describe('季度工作小结或说明'),
});
export type SaveSubmissionBody = z.infer<typeof SaveSubmissionBody>;

export const CommentBody = z.object({ comment: text('意见', 500) });
export const AcceptBody = z.object({ comment: z.string().trim().max(500, { message: '意见不能超过 500 个字' }).optional() });


export const Counts = z.object({
  expected: z.number(), submitted: z.number(), accepted: z.number(), onTime: z.number(), late: z.number(), returned: z.number(), missing: z.number(),
});
export const CountsWithRates = z.object({ counts: Counts, completeness: RateSchema, onTimeRate: RateSchema });

export const PeriodInfo = z.object({ key: z.string(), label: z.string(), start: z.string(), end: z.string() });

/** The month's register figures (registers), or the quarter's with coverage (quarterly summary). */
export const Figures = z.object({
  patrols: z.number().describe('巡查户次'),
  unitsPatrolled: z.number().describe('巡查单位数（户）'),
  patrolsWithProblems: z.number().describe('发现问题的巡查户次'),
  reports: z.number().describe('信息报告件数'),
  reportsOnTime: z.number().describe('其中按时报告'),
  activeUnits: z.number().optional().describe('应巡查单位数（季度）'),
  coverage: RateSchema.optional().describe('巡查覆盖率（季度）'),
});
export type Figures = z.infer<typeof Figures>;

export const ACTIONS = ['save', 'submit', 'accept', 'return', 'reopen'] as const;
export type Action = (typeof ACTIONS)[number];

export const GridItem = z.object({
  orgId: z.string(),
  orgName: z.string(),
  path: z.string(),
  status: Status.nullable(),
  submittedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  actions: z.array(z.enum(ACTIONS)).describe('当前用户可以执行的操作'),
});

export const SubmissionGrid = CountsWithRates.extend({
  dataSet: DataSet,
  period: PeriodInfo,
  dueDate: z.string(),
  items: z.array(GridItem),
  total: z.number(),
});

export const SummaryNode = CountsWithRates.extend({ code: z.string(), name: z.string(), level: z.string(), path: z.string() });
export const SubmissionSummary = z.object({
  dataSet: DataSet,
  period: PeriodInfo,
  dueDate: z.string(),
  node: SummaryNode,
  children: z.array(SummaryNode),
});

export const MineItem = z.object({
  period: PeriodInfo,
  dueDate: z.string(),
  daysLeft: z.number().describe('距截止日的天数，负数为已逾期'),
  status: Status.nullable(),
  submittedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  reviewComment: z.string().nullable(),
});
export const MySubmissions = z.object({
  orgId: z.string(),
  orgName: z.string(),
  today: z.string(),
  items: z.array(z.object({ dataSet: DataSet, periods: z.array(MineItem) })),
});

export const FieldValue = DataSetField.extend({
  value: z.number().nullable(),
  previousValue: z.number().nullable(),
  /** Month-on-month (or quarter-on-quarter) change in percent; null without a non-zero previous value. */
  change: z.number().nullable(),
  targetResult: z.enum(['met', 'below', 'above', 'none']).nullable(),
});

export const HistoryEntry = z.object({ at: z.string(), action: z.string(), actorUsername: z.string(), summary: z.string() });

export const SubmissionDetail = z.object({
  dataSet: DataSet,
  org: z.object({ id: z.string(), name: z.string(), path: z.string() }),
  period: PeriodInfo,
  previousPeriod: PeriodInfo,
  dueDate: z.string(),
  periodEnded: z.boolean(),
  submissionId: z.string().nullable(),
  status: Status.nullable(),
  firstSubmittedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  narrative: z.string().nullable(),
  snapshot: z.unknown().nullable().describe('报送时的数字快照'),
  updatedAt: z.string().nullable(),
  actions: z.array(z.enum(ACTIONS)),
  fields: z.array(FieldValue),
  figures: Figures.nullable().describe('协管月报：当月登记表数字；季度小结：当季数字（实时）'),
  downloads: z.object({ patrols: z.string(), reports: z.string() }).nullable().describe('两张登记表的下载地址'),
  history: z.array(HistoryEntry),
});
export type SubmissionDetail = z.infer<typeof SubmissionDetail>;
