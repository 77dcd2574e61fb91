import { z } from 'zod';
import { GRADES } from '../../../core/grading.js';
import { APPEAL_STATUSES, GRADING_STATUSES, MAX_GRADING_TEXT } from '../../../core/gradingWorkflow.js';
import { BooleanQuery, IsoDate, Pagination, text, Uuid } from '../../schemas.js';

export const ScoreSheet = z
  .record(z.string(), z.number({ message: '得分应为数字' }).nullable())
  .describe('每一评分项的得分（按评分表项目编码）；不适用的项（合理缺项）为 null');

export const CreateGradingBody = z.object({
  unitId: Uuid,
  inspectedOn: IsoDate.describe('现场检查日期'),
  graderIds: z.array(Uuid).min(1, { message: '至少一名评分人员' }).max(2, { message: '评分人员最多两名' }).describe('评分的卫生监督员（通常两名）'),
  scoreSheet: ScoreSheet,
});
export type CreateGradingBody = z.infer<typeof CreateGradingBody>;

const Person = z.object({ id: z.string(), name: z.string() });
const CappedBy = z.object({ itemCode: z.string(), itemLabel: z.string() });

export const Grading = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  countyCode: z.string(),
  category: z.string(),
  inspectedOn: z.string(),
  graders: z.array(Person),
  scoreSheet: z.record(z.string(), z.number().nullable()),
  total: z.number().describe('百分制总分（不适用项不计入满分后折算），保留一位小数'),
  grade: z.enum(GRADES).describe('A、B、C 或 none（不予评级）'),
  cappedBy: CappedBy.nullable().describe('把等级限制在总分对应等级以下的评分项'),
  status: z.enum(GRADING_STATUSES),
  publishedOn: z.string().nullable().describe('公示日期'),
  supersededOn: z.string().nullable(),
  reply: z.string().nullable(),
  repliedOn: z.string().nullable(),
  appealStatus: z.enum(APPEAL_STATUSES).nullable(),
  appealedOn: z.string().nullable(),
  appealDeadline: z.string().nullable().describe('可提出申诉的最后一天'),
  appealGrounds: z.string().nullable(),
  appealDecidedBy: Person.nullable(),
  appealDecidedOn: z.string().nullable(),
  appealNote: z.string().nullable(),
  regradeRequestedOn: z.string().nullable(),
  regradeReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Grading = z.infer<typeof Grading>;

export const ListGradingsQuery = z.object({
  grade: z.enum(GRADES, { message: '等级应为 A、B、C 或 none' }).optional(),
  status: z.enum(GRADING_STATUSES, { message: '状态不正确' }).optional(),
  appealPending: BooleanQuery.optional().describe('true：有待复核的申诉'),
  regradeRequested: BooleanQuery.optional().describe('true：现行评级已申请重新评级'),
  unitId: Uuid.optional(),
  ...Pagination,
});
export type ListGradingsQuery = z.infer<typeof ListGradingsQuery>;

const longText = (label: string) => text(label, MAX_GRADING_TEXT);
export const ReplyBody = z.object({ reply: longText('单位回应') });
export const AppealBody = z.object({ grounds: longText('申诉理由') });
export const RegradeBody = z.object({ reason: longText('申请理由（整改情况）') });
export const DecideAppealBody = z
  .object({
    decision: z.enum(['upheld', 'dismissed'], { message: '复核结论应为 upheld（申诉成立）或 dismissed（驳回）' }),
    note: longText('复核意见'),
    scoreSheet: ScoreSheet.optional().describe('申诉成立时的重新评分'),
  })
  .superRefine((body, ctx) => {
    if (body.decision === 'upheld' && !body.scoreSheet) ctx.addIssue({ code: 'custom', path: ['scoreSheet'], message: '申诉成立须重新评分' });
    if (body.decision === 'dismissed' && body.scoreSheet) ctx.addIssue({ code: 'custom', path: ['scoreSheet'], message: '驳回申诉时不重新评分' });
  });
export type DecideAppealBody = z.infer<typeof DecideAppealBody>;

const GradeLetter = z.enum(['A', 'B', 'C']);
export const GradingSetup = z.object({
  thresholds: z.object({ A: z.number(), B: z.number(), C: z.number() }).describe('各等级的最低总分'),
  cap: z.object({ criticalBelowPercent: z.number(), criticalCap: GradeLetter, zeroCap: GradeLetter }).describe('单项封顶规则'),
  appealDays: z.number().describe('公示之日起可申诉的天数'),
  checklists: z.array(z.object({
    category: z.string(),
    items: z.array(z.object({ code: z.string(), label: z.string(), max: z.number(), critical: z.boolean() })),
  })),
});
