import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GRADING_CAP, DEFAULT_GRADING_THRESHOLDS, gradeOfTotal, gradeScoreSheet, gradingVisitFindings, parseGradingCap, parseGradingThresholds, scoreSheetProblems,
  type ScoreSheet,
} from '../../src/core/grading.js';
import { GRADING_CHECKLISTS, gradingChecklistFor, type GradingChecklist } from '../../src/core/gradingChecklists.js';
import { UNIT_CATEGORIES } from '../../src/core/unitCategories.js';
import { loadConfig } from '../../src/server/config.js';

const food = gradingChecklistFor('food')!;
const school = gradingChecklistFor('school')!;
const water = gradingChecklistFor('drinking_water')!;
const full = (checklist: GradingChecklist): ScoreSheet => Object.fromEntries(checklist.items.map((i) => [i.code, i.max]));
const grade = (checklist: GradingChecklist, changes: ScoreSheet) => gradeScoreSheet(checklist, { ...full(checklist), ...changes }, DEFAULT_GRADING_THRESHOLDS, DEFAULT_GRADING_CAP);

describe('grading checklists', () => {
  it('cover 公共场所, 食品, 生活饮用水 and 学校, each worth 100 with unique codes and at least one critical item', () => {
    expect(GRADING_CHECKLISTS.map((c) => c.category)).toEqual(['public_place', 'food', 'drinking_water', 'school']);
    for (const checklist of GRADING_CHECKLISTS) {
      expect(UNIT_CATEGORIES.some((c) => c.code === checklist.category)).toBe(true);
      expect(checklist.items.reduce((sum, i) => sum + i.max, 0)).toBe(100);
      expect(new Set(checklist.items.map((i) => i.code)).size).toBe(checklist.items.length);
      expect(checklist.items.some((i) => i.critical)).toBe(true);
    }
    expect(gradingChecklistFor('medical')).toBeUndefined();
  });
});

describe('gradeScoreSheet: thresholds A ≥ 90, B ≥ 75, C ≥ 60', () => {
  it('gives A for full marks', () => {
    expect(grade(food, {})).toMatchObject({ total: 100, points: 100, applicableMax: 100, totalGrade: 'A', grade: 'A', cappedBy: null, explanation: '总分 100，对应A级。' });
  });

  it('reads 90 as A and 89.5 as B (storage 6/10, environment 4/10 = 90; pest control 9.5 more = 89.5)', () => {
    expect(grade(food, { storage: 6, environment: 4 })).toMatchObject({ total: 90, grade: 'A' });
    expect(grade(food, { storage: 6, environment: 4, pest_control: 9.5 })).toMatchObject({ total: 89.5, grade: 'B', cappedBy: null });
  });

  it('reads 75 as B, 74.5 as C, 60 as C and 59.5 as 不予评级', () => {
    // Non-critical items only, none at 0: storage 1, pest 1, environment 1 take 27 off; licence 3 two more.
    expect(grade(food, { storage: 1, pest_control: 1, environment: 1, licence: 3 })).toMatchObject({ total: 71, grade: 'C' });
    expect(grade(food, { storage: 1, pest_control: 1, environment: 8 })).toMatchObject({ total: 80, grade: 'B' });
    expect(grade(food, { storage: 1, pest_control: 3, environment: 1 })).toMatchObject({ total: 75, grade: 'B' });
    expect(grade(food, { storage: 1, pest_control: 2.5, environment: 1 })).toMatchObject({ total: 74.5, grade: 'C' });
    // 40 off, critical items kept at or above half: staff 7.5/15, purchase 7.5/15, processing 15/20 = 20 off; storage 1, pest 1, environment 8 = 20 off.
    expect(grade(food, { staff_health: 7.5, purchase: 7.5, processing: 15, storage: 1, pest_control: 1, environment: 8 })).toMatchObject({ total: 60, grade: 'C', cappedBy: null });
    expect(grade(food, { staff_health: 7.5, purchase: 7.5, processing: 15, storage: 1, pest_control: 1, environment: 7.5 })).toMatchObject({ total: 59.5, grade: 'none', explanation: '总分 59.5，对应不予评级。' });
  });

  it('applies configured thresholds', () => {
    expect(gradeOfTotal(85, { A: 85, B: 70, C: 50 })).toBe('A');
    expect(gradeOfTotal(69.9, { A: 85, B: 70, C: 50 })).toBe('C');
    expect(gradeOfTotal(49.9, { A: 85, B: 70, C: 50 })).toBe('none');
  });
});

describe('gradeScoreSheet: the worst-item cap', () => {
  it('caps at C when a critical item is below half its maximum (processing 9.5/20), but not at exactly half', () => {
    const capped = grade(food, { processing: 9.5 });
    expect(capped).toMatchObject({ total: 89.5, totalGrade: 'B', grade: 'C', cappedBy: { itemCode: 'processing', rule: 'critical', cap: 'C' } });
    expect(capped.explanation).toBe('总分 89.5，对应B级；“加工操作规范（生熟分开）”关键项得分低于满分的 50%，等级最高为C级。');
    expect(grade(food, { processing: 10 })).toMatchObject({ total: 90, grade: 'A', cappedBy: null });
  });

  it('caps at B when any item scores 0 (licence 0/5: total 95)', () => {
    expect(grade(food, { licence: 0 })).toMatchObject({
      total: 95, totalGrade: 'A', grade: 'B', cappedBy: { itemCode: 'licence', itemLabel: '许可证公示', rule: 'zero', cap: 'B' },
    });
  });

  it('names the lowest cap: a critical item at 0 caps at C, not B', () => {
    expect(grade(food, { tableware: 0 })).toMatchObject({ total: 85, totalGrade: 'B', grade: 'C', cappedBy: { itemCode: 'tableware', rule: 'critical', cap: 'C' } });
  });

  it('names the first of equal caps, and no cap when the total already gives a lower grade', () => {
    expect(grade(food, { tableware: 7, processing: 9.5 })).toMatchObject({ total: 81.5, grade: 'C', cappedBy: { itemCode: 'processing', cap: 'C' } });
    expect(grade(food, { purchase: 0, processing: 0 })).toMatchObject({ total: 65, totalGrade: 'C', grade: 'C', cappedBy: null });
  });

  it('follows a configured cap, and "=A" switches a rule off', () => {
    const strict = parseGradingCap('critical<60%=B,zero=C');
    expect(gradeScoreSheet(food, { ...full(food), processing: 11.5 }, DEFAULT_GRADING_THRESHOLDS, strict)).toMatchObject({ total: 91.5, grade: 'B' });
    expect(gradeScoreSheet(food, { ...full(food), licence: 0 }, DEFAULT_GRADING_THRESHOLDS, strict)).toMatchObject({ grade: 'C', cappedBy: { rule: 'zero' } });
    const off = parseGradingCap('critical<50%=A,zero=A');
    expect(gradeScoreSheet(food, { ...full(food), licence: 0, processing: 9 }, DEFAULT_GRADING_THRESHOLDS, off)).toMatchObject({ total: 84, grade: 'B', cappedBy: null });
  });
});

describe('gradeScoreSheet: items that do not apply', () => {
  it('scales the applicable points to 100 (school without its own water: 72 of 80 = 90, A)', () => {
    const result = grade(school, { drinking_water: null, disease_control: 18, teaching_environment: 12, health_education: 12 });
    expect(result).toMatchObject({ total: 90, points: 72, applicableMax: 80, grade: 'A' });
    expect(result.explanation).toBe('总分 90（适用项满分 80，得 72，折算为百分制），对应A级。');
  });

  it('rounds the scaled total half up to one decimal and grades that figure (67 of 75 = 89.33 → 89.3, B; 67.5 of 75 = 90, A)', () => {
    expect(grade(water, { water_quality: null, management: 7 })).toMatchObject({ total: 89.3, grade: 'B' });
    expect(grade(water, { water_quality: null, management: 7.5 })).toMatchObject({ total: 90, grade: 'A' });
    // 84.5 of 90 = 93.888… → 93.9; 71.5 of 80 = 89.375 → 89.4.
    expect(grade(water, { licence: null, staff_health: 4.5, disinfection: 20, protection: 20, management: 15, water_quality: 25 })).toMatchObject({ total: 93.9 });
    expect(grade(gradingChecklistFor('public_place')!, { disinfection: null, facilities: 1.5 })).toMatchObject({ total: 89.4, grade: 'B' });
  });
});

describe('scoreSheetProblems', () => {
  it('names missing, unknown and out-of-range items, and refuses a sheet with nothing applicable', () => {
    const sheet: ScoreSheet = { ...full(food), storage: 10.5, pest_control: 3.3, environment: -1, bogus: 1 };
    delete sheet.licence;
    expect(scoreSheetProblems(food, sheet)).toEqual([
      { path: 'bogus', message: '评分表没有“bogus”这一项' },
      { path: 'licence', message: '“许可证公示”未评分（不适用的项请标为合理缺项）' },
      { path: 'storage', message: '“食品贮存（离地离墙、分类存放）”的得分应为 0–10 之间的整数或半分' },
      { path: 'pest_control', message: '“防鼠、防蝇、防尘设施”的得分应为 0–10 之间的整数或半分' },
      { path: 'environment', message: '“环境卫生”的得分应为 0–10 之间的整数或半分' },
    ]);
    expect(scoreSheetProblems(food, Object.fromEntries(food.items.map((i) => [i.code, null])))).toEqual([{ path: '', message: '评分表至少要有一项适用' }]);
    expect(() => gradeScoreSheet(food, {}, DEFAULT_GRADING_THRESHOLDS, DEFAULT_GRADING_CAP)).toThrow(RangeError);
  });
});

describe('configuration', () => {
  it('reads GRADING_THRESHOLDS and falls back to A:90,B:75,C:60', () => {
    expect(parseGradingThresholds(undefined)).toEqual({ A: 90, B: 75, C: 60 });
    expect(parseGradingThresholds(' C:55, A:85.5 ,B:70 ')).toEqual({ A: 85.5, B: 70, C: 55 });
    expect(() => parseGradingThresholds('A:90,B:75')).toThrow('give A, B and C');
    expect(() => parseGradingThresholds('A:70,B:75,C:60')).toThrow('A > B > C');
    expect(() => parseGradingThresholds('A:90,B:75,D:60')).toThrow('cannot read "D:60"');
    expect(() => parseGradingThresholds('A:120,B:75,C:60')).toThrow('cannot read');
    expect(() => parseGradingThresholds('A:,B:75,C:60')).toThrow('cannot read');
  });

  it('reads GRADING_CRITICAL_CAP rule by rule, keeping defaults for rules left out', () => {
    expect(parseGradingCap(undefined)).toEqual({ criticalBelowPercent: 50, criticalCap: 'C', zeroCap: 'B' });
    expect(parseGradingCap('zero=C')).toEqual({ criticalBelowPercent: 50, criticalCap: 'C', zeroCap: 'C' });
    expect(parseGradingCap('critical < 60% = B')).toEqual({ criticalBelowPercent: 60, criticalCap: 'B', zeroCap: 'B' });
    expect(() => parseGradingCap('critical<150%=C')).toThrow('cannot read');
    expect(() => parseGradingCap('zero=D')).toThrow('cannot read');
  });

  it('is read into the server configuration, with the appeal window, and a bad value stops the start', () => {
    expect(loadConfig({})).toMatchObject({ gradingThresholds: { A: 90, B: 75, C: 60 }, gradingCap: DEFAULT_GRADING_CAP, gradingAppealDays: 14 });
    expect(loadConfig({ GRADING_THRESHOLDS: 'A:85,B:70,C:50', GRADING_CRITICAL_CAP: 'zero=A', GRADING_APPEAL_DAYS: '30' })).toMatchObject({
      gradingThresholds: { A: 85, B: 70, C: 50 }, gradingCap: { criticalBelowPercent: 50, criticalCap: 'C', zeroCap: 'A' }, gradingAppealDays: 30,
    });
    expect(() => loadConfig({ GRADING_APPEAL_DAYS: '0' })).toThrow('GRADING_APPEAL_DAYS');
    expect(() => loadConfig({ GRADING_THRESHOLDS: 'A:90' })).toThrow('GRADING_THRESHOLDS');
  });
});

describe('gradingVisitFindings', () => {
  it('says what the graders found, total and grade', () => {
    expect(gradingVisitFindings(89.5, 'C')).toBe('量化分级评分：总分 89.5，C级');
    expect(gradingVisitFindings(58, 'none')).toBe('量化分级评分：总分 58，不予评级');
  });
});
