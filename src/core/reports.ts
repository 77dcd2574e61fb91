/**
 * Information reports (信息报告, DESIGN §5): categories, report deadlines and the checks on the two
 * times every report records — when the thing was found (发现时间) and when it was reported (报告时间).
 */
import type { Label } from './unitCategories.js';

export const REPORT_CATEGORY_CODES = [
  'food_safety',
  'drinking_water',
  'occupational',
  'school',
  'illegal_practice',
  'family_planning',
  'public_place',
  'public_health_emergency',
] as const;
export type ReportCategoryCode = (typeof REPORT_CATEGORY_CODES)[number];

export interface ReportSubCategory extends Label {
  code: string;
}

export interface ReportCategory extends Label {
  code: ReportCategoryCode;
  /** True for the categories of the national service standard; false for weijian's extensions. */
  official: boolean;
  subCategories: readonly ReportSubCategory[];
}

export const REPORT_CATEGORIES: readonly ReportCategory[] = [
  { code: 'food_safety', zh: '食品安全', en: 'Food safety', official: true, subCategories: [] },
  { code: 'drinking_water', zh: '饮用水卫生', en: 'Drinking water hygiene', official: true, subCategories: [] },
  { code: 'occupational', zh: '职业病危害', en: 'Occupational hazards', official: true, subCategories: [] },
  { code: 'school', zh: '学校卫生', en: 'School hygiene', official: true, subCategories: [] },
  {
    code: 'illegal_practice',
    zh: '非法行医（采供血）',
    en: 'Illegal medical practice and blood collection',
    official: true,
    // The standard has one category; telling the two apart is optional, so a report may carry neither.
    subCategories: [
      { code: 'illegal_medical_practice', zh: '非法行医', en: 'Illegal medical practice' },
      { code: 'illegal_blood', zh: '非法采供血', en: 'Illegal blood collection and supply' },
    ],
  },
  // Added in the third edition of the national service standard.
  { code: 'family_planning', zh: '计划生育', en: 'Family planning', official: true, subCategories: [] },
  { code: 'public_place', zh: '公共场所', en: 'Public places', official: false, subCategories: [] },
  { code: 'public_health_emergency', zh: '其他公共卫生事件', en: 'Other public health events', official: false, subCategories: [] },
];

export function isReportCategoryCode(code: string): code is ReportCategoryCode {
  return (REPORT_CATEGORY_CODES as readonly string[]).includes(code);
}

export function reportCategoryByCode(code: string): ReportCategory | undefined {
  return REPORT_CATEGORIES.find((category) => category.code === code);
}

export function isValidReportSubCategory(category: string, sub: string): boolean {
  return reportCategoryByCode(category)?.subCategories.some((candidate) => candidate.code === sub) ?? false;
}

/** Hours from finding to reporting, per category; configuration overrides any of them. */
export type ReportDeadlineHours = Partial<Record<ReportCategoryCode, number>>;

/** DESIGN §5: public-health emergencies within 2 hours, everything else within 24. */
export const DEFAULT_REPORT_DEADLINE_HOURS: Readonly<Record<ReportCategoryCode, number>> = {
  food_safety: 24,
  drinking_water: 24,
  occupational: 24,
  school: 24,
  illegal_practice: 24,
  family_planning: 24,
  public_place: 24,
  public_health_emergency: 2,
};

const HOUR_MS = 3_600_000;

export function reportDeadlineHours(category: ReportCategoryCode, config: ReportDeadlineHours = {}): number {
  const hours = config[category] ?? DEFAULT_REPORT_DEADLINE_HOURS[category];
  // A zero, negative or NaN deadline would make every report late or none: a configuration error.
  if (!Number.isFinite(hours) || hours <= 0) throw new RangeError(`信息报告时限配置无效：${category} = ${hours}`);
  return hours;
}

/**
 * The latest moment a report of something found at `foundAt` counts as on time. The deadline is a
 * duration from the finding, not an end of day, so no time zone enters: 2 hours after 23:30 is 01:30.
 */
export function reportDeadline(foundAt: Date, category: ReportCategoryCode, config?: ReportDeadlineHours): Date {
  return new Date(foundAt.getTime() + reportDeadlineHours(category, config) * HOUR_MS);
}

/**
 * Inclusive: a report made exactly at the deadline is on time. `reportedAt` is when the reporter
 * reported (captured on the device), not when the server received a late sync.
 */
export function isReportedOnTime(
  foundAt: Date,
  reportedAt: Date,
  category: ReportCategoryCode,
  config?: ReportDeadlineHours,
): boolean {
  return reportedAt.getTime() <= reportDeadline(foundAt, category, config).getTime();
}

/** The institute accepts a station's report within this many hours; later, it is overdue and reminded. */
export const REPORT_ACCEPT_HOURS = 24;

/** Device clocks drift; a time this far ahead of the server's is still believed. */
export const CLOCK_SKEW_ALLOWANCE_MS = 5 * 60_000;

export interface ReportTimesProblem {
  field: 'foundAt' | 'reportedAt';
  message: string;
}

const FIELD_LABELS = { foundAt: '发现时间', reportedAt: '报告时间' } as const;

function timeProblem(field: ReportTimesProblem['field'], at: Date, now: Date): ReportTimesProblem | undefined {
  if (Number.isNaN(at.getTime())) return { field, message: `${FIELD_LABELS[field]}不是有效的时间` };
  if (at.getTime() - now.getTime() > CLOCK_SKEW_ALLOWANCE_MS) {
    return { field, message: `${FIELD_LABELS[field]}晚于当前时间，请核对设备时钟` };
  }
  return undefined;
}

/**
 * What is wrong with a report's two times, or undefined. The field lets the server answer with a
 * field error (`ValidationError.field(problem.field, problem.message)`). Checked in this order: each
 * time on its own, then their order (something cannot be reported before it was found).
 */
export function reportTimesProblem(foundAt: Date, reportedAt: Date, now: Date): ReportTimesProblem | undefined {
  const problem = timeProblem('foundAt', foundAt, now) ?? timeProblem('reportedAt', reportedAt, now);
  if (problem) return problem;
  if (foundAt.getTime() > reportedAt.getTime()) return { field: 'foundAt', message: '发现时间不能晚于报告时间' };
  return undefined;
}
