/**
 * 量化分级 scoring (DESIGN §7, §12 after the UK Food Hygiene Rating Scheme): the grade comes from
 * the total score *and* a cap on the worst single item, so a good total cannot hide one bad area.
 * Thresholds and caps are configuration (GRADING_THRESHOLDS, GRADING_CRITICAL_CAP); the result
 * says which grade the total gave and which item capped it.
 */
import type { GradingChecklist, GradingItem } from './gradingChecklists.js';

/** 'none' is 不予评级: the total is below the lowest threshold. It is published like a grade. */
export const GRADES = ['A', 'B', 'C', 'none'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, string> = { A: 'A级', B: 'B级', C: 'C级', none: '不予评级' };

/** What the 监督检查 a published grading is recorded as says it found. */
export const gradingVisitFindings = (total: number, grade: Grade) => `量化分级评分：总分 ${total}，${GRADE_LABELS[grade]}`;

/** Lowest total (0–100) of each grade; A > B > C. */
export interface GradingThresholds {
  A: number;
  B: number;
  C: number;
}

/**
 * The worst-item caps. A critical item scored below `criticalBelowPercent` % of its maximum caps
 * the grade at `criticalCap`; any item scored 0 caps it at `zeroCap`. A cap of 'A' switches a rule off.
 */
export interface GradingCap {
  criticalBelowPercent: number;
  criticalCap: Exclude<Grade, 'none'>;
  zeroCap: Exclude<Grade, 'none'>;
}

export const DEFAULT_GRADING_THRESHOLDS: GradingThresholds = { A: 90, B: 75, C: 60 };
export const DEFAULT_GRADING_CAP: GradingCap = { criticalBelowPercent: 50, criticalCap: 'C', zeroCap: 'B' };

/** Points per item code; null marks an item that does not apply (合理缺项). */
export type ScoreSheet = Record<string, number | null>;

export interface GradeCap {
  itemCode: string;
  itemLabel: string;
  rule: 'critical' | 'zero';
  cap: Grade;
}

export interface GradingResult {
  /** Percentage of the applicable maximum, rounded to one decimal; the grade is read from this figure. */
  total: number;
  points: number;
  applicableMax: number;
  /** What the total alone gives. */
  totalGrade: Grade;
  /** After the worst-item cap. */
  grade: Grade;
  /** The item that lowered the grade; null when the total's grade stands. */
  cappedBy: GradeCap | null;
  explanation: string;
}

const RANK: Record<Grade, number> = { A: 3, B: 2, C: 1, none: 0 };
const worse = (a: Grade, b: Grade): Grade => (RANK[a] <= RANK[b] ? a : b);

/** Problems with a score sheet as [item code or '', message]; empty when it can be graded. */
export function scoreSheetProblems(checklist: GradingChecklist, sheet: ScoreSheet): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const codes = new Set(checklist.items.map((i) => i.code));
  for (const code of Object.keys(sheet)) if (!codes.has(code)) problems.push({ path: code, message: `评分表没有“${code}”这一项` });
  for (const item of checklist.items) {
    const points = sheet[item.code];
    if (points === undefined) problems.push({ path: item.code, message: `“${item.label}”未评分（不适用的项请标为合理缺项）` });
    else if (points !== null && (!Number.isFinite(points) || points < 0 || points > item.max || !Number.isInteger(points * 2))) {
      problems.push({ path: item.code, message: `“${item.label}”的得分应为 0–${item.max} 之间的整数或半分` });
    }
  }
  if (problems.length === 0 && checklist.items.every((i) => sheet[i.code] === null)) problems.push({ path: '', message: '评分表至少要有一项适用' });
  return problems;
}

/** Half up to one decimal, on the figure scaled by ten so 89.95 does not become 89.9 in binary. */
const oneDecimal = (value: number) => Math.round(Number((value * 10).toPrecision(12))) / 10;

export function gradeOfTotal(total: number, thresholds: GradingThresholds): Grade {
  if (total >= thresholds.A) return 'A';
  if (total >= thresholds.B) return 'B';
  if (total >= thresholds.C) return 'C';
  return 'none';
}

function capOf(item: GradingItem, points: number, cap: GradingCap): GradeCap | null {
  const base = { itemCode: item.code, itemLabel: item.label };
  const zero = points === 0 ? cap.zeroCap : 'A';
  const critical = item.critical && points * 100 < item.max * cap.criticalBelowPercent ? cap.criticalCap : 'A';
  if (zero === 'A' && critical === 'A') return null;
  return RANK[critical] <= RANK[zero] ? { ...base, rule: 'critical', cap: critical } : { ...base, rule: 'zero', cap: zero };
}

/**
 * Grades a sheet that scoreSheetProblems accepted. Items that do not apply drop out of the
 * maximum, and the points are scaled to 100. The lowest cap wins; on a tie the first item in the
 * checklist is named.
 */
export function gradeScoreSheet(checklist: GradingChecklist, sheet: ScoreSheet, thresholds: GradingThresholds, cap: GradingCap): GradingResult {
  const problems = scoreSheetProblems(checklist, sheet);
  if (problems.length > 0) throw new RangeError(problems.map((p) => p.message).join('；'));
  let points = 0;
  let applicableMax = 0;
  let cappedBy: GradeCap | null = null;
  for (const item of checklist.items) {
    const score = sheet[item.code];
    if (score === null || score === undefined) continue;
    points += score;
    applicableMax += item.max;
    const itemCap = capOf(item, score, cap);
    if (itemCap && (!cappedBy || RANK[itemCap.cap] < RANK[cappedBy.cap])) cappedBy = itemCap;
  }
  const total = oneDecimal((points / applicableMax) * 100);
  const totalGrade = gradeOfTotal(total, thresholds);
  const grade = cappedBy ? worse(totalGrade, cappedBy.cap) : totalGrade;
  if (cappedBy && grade === totalGrade) cappedBy = null;
  const scaled = applicableMax === 100 ? '' : `（适用项满分 ${applicableMax}，得 ${points}，折算为百分制）`;
  let explanation = `总分 ${total}${scaled}，对应${GRADE_LABELS[totalGrade]}`;
  if (cappedBy) {
    const why = cappedBy.rule === 'critical' ? `关键项得分低于满分的 ${cap.criticalBelowPercent}%` : '得分为 0';
    explanation += `；“${cappedBy.itemLabel}”${why}，等级最高为${GRADE_LABELS[cappedBy.cap]}`;
  }
  return { total, points, applicableMax, totalGrade, grade, cappedBy, explanation: `${explanation}。` };
}

const GRADE_LETTERS = ['A', 'B', 'C'] as const;
const isLetter = (value: string): value is Exclude<Grade, 'none'> => (GRADE_LETTERS as readonly string[]).includes(value);

/** 'A:90,B:75,C:60' → thresholds; all three are needed, each 0–100 and A > B > C. */
export function parseGradingThresholds(value: string | undefined): GradingThresholds {
  if (value === undefined || value.trim() === '') return DEFAULT_GRADING_THRESHOLDS;
  const found: Partial<GradingThresholds> = {};
  for (const pair of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [grade, raw] = pair.split(':').map((p) => p.trim());
    const figure = Number(raw);
    if (!grade || !isLetter(grade) || raw === '' || !Number.isFinite(figure) || figure <= 0 || figure > 100) {
      throw new Error(`GRADING_THRESHOLDS: cannot read "${pair}" (expected e.g. A:90,B:75,C:60)`);
    }
    found[grade] = figure;
  }
  const { A, B, C } = found;
  if (A === undefined || B === undefined || C === undefined) throw new Error('GRADING_THRESHOLDS: give A, B and C');
  if (!(A > B && B > C)) throw new Error(`GRADING_THRESHOLDS: expected A > B > C, got A:${A},B:${B},C:${C}`);
  return { A, B, C };
}

/** 'critical<50%=C,zero=B' → caps; a rule left out keeps its default, '=A' switches it off. */
export function parseGradingCap(value: string | undefined): GradingCap {
  const cap = { ...DEFAULT_GRADING_CAP };
  for (const rule of (value ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const critical = /^critical\s*<\s*(\d{1,3})\s*%\s*=\s*([ABC])$/.exec(rule);
    const zero = /^zero\s*=\s*([ABC])$/.exec(rule);
    if (critical && Number(critical[1]) <= 100) {
      cap.criticalBelowPercent = Number(critical[1]);
      cap.criticalCap = critical[2] as GradingCap['criticalCap'];
    } else if (zero) {
      cap.zeroCap = zero[1] as GradingCap['zeroCap'];
    } else {
      throw new Error(`GRADING_CRITICAL_CAP: cannot read "${rule}" (expected e.g. critical<50%=C,zero=B)`);
    }
  }
  return cap;
}
