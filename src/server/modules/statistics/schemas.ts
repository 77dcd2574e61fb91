import { z } from 'zod';
import { DIVISION_LEVELS } from '../../../core/divisions.js';
import { parsePeriod, PERIOD_TYPES } from '../../../core/periods.js';
import { INDICATOR_KEYS } from '../../../core/statistics.js';
import { CountsWithRates } from '../submissions/schemas.js';

export const DashboardQuery = z.object({
  area: z
    .string()
    .regex(/^(\d{6}|\d{12})$/, { message: '区划代码应为 6 位或 12 位数字' })
    .optional()
    .meta({ description: '区划代码（省、市、县或乡镇）；默认为本人所在机构的区划', example: '321281' }),
  period: z
    .string()
    .max(30, { message: '时段不能超过 30 个字符' })
    .superRefine((key, ctx) => {
      try {
        parsePeriod(key);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: error instanceof RangeError ? error.message : '时段格式不正确' });
      }
    })
    .optional()
    .meta({ description: '时段：2026-03（月）、2026Q1（季）、2026H1（半年）、2026（年）或 2026-03-05..2026-04-10；默认为本季度', example: '2026Q1' }),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

const RateFigure = z.object({
  kind: z.literal('rate'),
  numerator: z.number(),
  denominator: z.number(),
  unit: z.enum(['%', '‰', '/10万']),
  value: z.number().nullable().meta({ description: '分子 ÷ 分母 × 单位，未取整；分母为 0 时为 null' }),
});
const CountFigure = z.object({ kind: z.literal('count'), value: z.number(), unit: z.enum(['户次', '户', '人', '个', '件']) });
export const Figure = z.discriminatedUnion('kind', [RateFigure, CountFigure]);

const IndicatorKey = z.enum(INDICATOR_KEYS);
const Figures = z.record(IndicatorKey, Figure);

const Node = z.object({ code: z.string(), name: z.string(), level: z.enum(DIVISION_LEVELS) });
const PeriodOut = z.object({ type: z.enum(PERIOD_TYPES), key: z.string(), start: z.string(), end: z.string(), label: z.string() });

const Comparison = { current: Figure, previous: Figure, lastYear: Figure };

export const Indicator = z.object({ key: IndicatorKey, label: z.string(), unit: z.string(), ...Comparison });
const CategoryRow = z.object({ category: z.string(), label: z.string(), ...Comparison });
const ChildRow = Node.extend({ figures: Figures });

const RankedItem = z.object({ code: z.string(), name: z.string(), rank: z.number(), previousRank: z.number().nullable(), figure: Figure });
const Ranking = z.object({
  key: IndicatorKey, label: z.string(), unit: z.string(),
  rank: z.number().meta({ description: '本区域在同级中的位次（并列同名次）' }),
  previousRank: z.number().nullable().meta({ description: '上期位次' }),
  total: z.number(), items: z.array(RankedItem),
});

const TrendPoint = z.object({
  month: z.string(), lastYearMonth: z.string(), patrols: z.number().nullable(), reports: z.number().nullable(), lastYearPatrols: z.number(), lastYearReports: z.number(),
});

const OverdueRectification = z.object({
  id: z.string(), unitId: z.string(), unitName: z.string(), orgName: z.string(), requiredOn: z.string(), deadline: z.string(), daysOverdue: z.number(),
});
const MissingRegister = z.object({ orgId: z.string(), orgName: z.string(), status: z.string().nullable() });
const WaitingReport = z.object({ id: z.string(), orgName: z.string(), category: z.string(), categoryLabel: z.string(), content: z.string(), reportedAt: z.string(), hoursWaiting: z.number() });

export const Dashboard = z.object({
  area: Node,
  breadcrumb: z.array(Node),
  period: PeriodOut,
  previousPeriod: PeriodOut,
  lastYearPeriod: PeriodOut,
  registerMonths: z.array(z.string()).meta({ description: '按时上报率、报送完整率计入的月份（报送期限已过的月份）' }),
  indicators: z.array(Indicator),
  categories: z.array(CategoryRow).meta({ description: '巡查户次按单位类别' }),
  children: z.array(ChildRow).meta({ description: '下级区域（市→县→协管站），本期指标' }),
  siblings: z.object({ parent: Node, rankings: z.array(Ranking) }).nullable().meta({ description: '在上级的下级中的排名；上级不在本人管辖范围内时为 null' }),
  trend: z.array(TrendPoint),
  overdue: z.object({
    rectifications: z.object({ total: z.number(), items: z.array(OverdueRectification) }),
    registers: z.object({ month: z.string(), dueDate: z.string(), total: z.number(), items: z.array(MissingRegister) }),
    reports: z.object({ total: z.number(), items: z.array(WaitingReport) }),
  }),
  generatedAt: z.string(),
});
export type Dashboard = z.infer<typeof Dashboard>;
export type DashboardIndicator = z.infer<typeof Indicator>;

export const DashboardWorkbook = z.any().describe('Excel 文件（.xlsx）：指标、下级、排名、分类、趋势、逾期六张表');

const PeriodRef = z.object({ type: z.enum(PERIOD_TYPES), key: z.string(), start: z.string(), end: z.string(), label: z.string() });
const AreaRef = z.object({ code: z.string(), name: z.string(), level: z.enum(DIVISION_LEVELS) });

/** A generic data set's submitted values for an area and period, per field and per child area. */
export const DataSetFiguresOut = z.object({
  dataSet: z.object({ id: z.string(), name: z.string(), periodType: z.enum(['month', 'quarter']) }),
  area: AreaRef,
  breadcrumb: z.array(AreaRef),
  period: PeriodRef,
  previousPeriod: PeriodRef,
  lastYearPeriod: PeriodRef,
  submissionPeriods: z.array(z.string()).meta({ description: '计入报送完整率、按时上报率的时段（报送期限已过的）' }),
  submissions: CountsWithRates,
  fields: z.array(z.object({
    id: z.string(), code: z.string(), name: z.string(), group: z.string(), unit: z.string(),
    aggregation: z.enum(['sum', 'mean']).meta({ description: 'sum：各单位数值合计；mean：各单位报告的率取平均（无分母，近似）' }),
    targetLabel: z.string(),
    current: z.number().nullable(), previous: z.number().nullable(), lastYear: z.number().nullable(),
    change: z.number().nullable().meta({ description: '环比（%），上期为 0 或无数据时为 null' }),
    yearChange: z.number().nullable().meta({ description: '同比（%）' }),
    reports: z.number().meta({ description: '本期报送的数值个数（已报送或已审核的）' }),
    met: z.number().nullable().meta({ description: '其中达到目标的个数；无目标时为 null' }),
  })),
  children: z.array(AreaRef.extend({ submissions: CountsWithRates, values: z.record(z.string(), z.number().nullable()) })),
  generatedAt: z.string(),
});
