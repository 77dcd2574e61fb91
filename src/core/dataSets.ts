/**
 * Generic monthly data sets (DESIGN §9, DHIS2-style): fields with units and targets that lower orgs
 * fill per period, with the same submission, approval and completeness rules as the registers.
 */
export const TARGET_KINDS = ['none', 'floor', 'ceiling', 'range'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const TARGET_KIND_LABELS: Record<TargetKind, string> = {
  none: '无目标', floor: '不低于', ceiling: '不高于', range: '区间',
};

export interface Target {
  kind: TargetKind;
  min: number | null;
  max: number | null;
}

export type TargetResult = 'met' | 'below' | 'above' | 'none';

/** Null when the target is well formed, otherwise what is wrong with it. */
export function targetProblem(target: Target): string | null {
  const { kind, min, max } = target;
  if (kind === 'none') return min === null && max === null ? null : '“无目标”不应填写上下限';
  if (kind === 'floor') return min !== null && max === null ? null : '“不低于”只填写下限';
  if (kind === 'ceiling') return max !== null && min === null ? null : '“不高于”只填写上限';
  if (min === null || max === null) return '“区间”需要同时填写下限和上限';
  return min <= max ? null : `下限 ${min} 大于上限 ${max}`;
}

/** Whether a value meets its target; bounds are inclusive (不低于 95 is met by 95). */
export function evaluateTarget(value: number, target: Target): TargetResult {
  if (target.kind === 'none') return 'none';
  if (target.min !== null && value < target.min) return 'below';
  if (target.max !== null && value > target.max) return 'above';
  return 'met';
}

/** '不低于95%', '不高于2例', '4–6个', '' for no target. */
export function describeTarget(target: Target, unit: string): string {
  switch (target.kind) {
    case 'none': return '';
    case 'floor': return `不低于${target.min}${unit}`;
    case 'ceiling': return `不高于${target.max}${unit}`;
    case 'range': return `${target.min}–${target.max}${unit}`;
  }
}

/** Null when a value fits its field: a number, whole when the field takes no decimals, not negative. */
export function valueProblem(value: number, field: { decimals: number; name: string }): string | null {
  if (!Number.isFinite(value)) return `${field.name}应为数字`;
  if (value < 0) return `${field.name}不能为负数`;
  const scaled = value * 10 ** field.decimals;
  if (Math.abs(scaled - Math.round(scaled)) > 1e-9) {
    return field.decimals === 0 ? `${field.name}应为整数` : `${field.name}最多 ${field.decimals} 位小数`;
  }
  return null;
}

/** Month-on-month (or year-on-year) change in percent, null when there is nothing to compare with. */
export function changePercent(current: number, previous: number | null): number | null {
  if (previous === null || previous === 0) return null;
  return ((current - previous) * 100) / previous;
}

/**
 * How an area's figure is made from its orgs' values: counts add up; a rate reported by each org
 * (%, ‰) cannot be added, so the area shows the mean of the reported rates — an approximation a
 * reader must know about, since the orgs' own denominators are not collected.
 */
export type Aggregation = 'sum' | 'mean';

export function aggregationOf(unit: string): Aggregation {
  return unit === '%' || unit === '‰' ? 'mean' : 'sum';
}

/** The area's figure from the sum and the number of values reported; null when nothing was reported. */
export function aggregateValue(total: { sum: number; reports: number }, aggregation: Aggregation): number | null {
  if (total.reports === 0) return null;
  return aggregation === 'sum' ? total.sum : total.sum / total.reports;
}

export interface DataSetFieldTemplate {
  code: string;
  name: string;
  group: string;
  unit: string;
  decimals: number;
  target: Target;
}

export interface DataSetTemplate {
  code: string;
  name: string;
  description: string;
  periodType: 'month';
  reportingOrgKind: 'station';
  deadlineDays: number;
  fields: DataSetFieldTemplate[];
}

const noTarget: Target = { kind: 'none', min: null, max: null };
const disease = (code: string, name: string, group: string): DataSetFieldTemplate => ({ code, name, group, unit: '例', decimals: 0, target: noTarget });

/**
 * The example shipped with weijian: monthly notifiable-disease cases by disease (法定传染病月报),
 * as township health centres report them. Every field must be filled, zeros included, so a month
 * with no cases is a 0 and month-on-month change can be computed.
 */
export const NOTIFIABLE_DISEASES_TEMPLATE: DataSetTemplate = {
  code: 'notifiable-diseases',
  name: '法定传染病报告月报',
  description: '各协管站所在乡镇卫生院每月报告的法定传染病发病例数，无病例填 0。',
  periodType: 'month',
  reportingOrgKind: 'station',
  deadlineDays: 10,
  fields: [
    disease('cholera', '霍乱', '甲类'),
    disease('hepatitis_b', '乙型肝炎', '乙类'),
    disease('tuberculosis', '肺结核', '乙类'),
    disease('syphilis', '梅毒', '乙类'),
    disease('gonorrhea', '淋病', '乙类'),
    disease('dysentery', '细菌性和阿米巴性痢疾', '乙类'),
    disease('scarlet_fever', '猩红热', '乙类'),
    disease('influenza', '流行性感冒', '丙类'),
    disease('mumps', '流行性腮腺炎', '丙类'),
    disease('hfmd', '手足口病', '丙类'),
    disease('other_diarrhea', '其它感染性腹泻病', '丙类'),
    {
      code: 'report_timeliness', name: '网络直报及时率', group: '质量', unit: '%', decimals: 1,
      target: { kind: 'floor', min: 95, max: null },
    },
  ],
};

export const DATA_SET_TEMPLATES: readonly DataSetTemplate[] = [NOTIFIABLE_DISEASES_TEMPLATE];
