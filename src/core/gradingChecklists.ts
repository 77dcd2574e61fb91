/**
 * The scored checklists of 量化分级 (hygiene grading, DESIGN §7), one per unit category that is
 * graded. Separate from the patrol checklists (unitCategories.ts): a patrol answers yes or no, a
 * grading gives points. Each list's maximum is 100, so with every item applicable the total is the
 * sum of points. Item codes are stored in score sheets, so a code never changes meaning once
 * released; labels may be reworded.
 */
import type { UnitCategoryCode } from './unitCategories.js';

export interface GradingItem {
  /** Unique within its checklist. */
  code: string;
  label: string;
  /** Most points the item can give; scores go in steps of half a point. */
  max: number;
  /** A critical item scored below the cap's fraction limits the grade, whatever the total. */
  critical: boolean;
}

export interface GradingChecklist {
  category: UnitCategoryCode;
  items: readonly GradingItem[];
}

function list(category: UnitCategoryCode, rows: [code: string, label: string, max: number, critical?: true][]): GradingChecklist {
  return { category, items: rows.map(([code, label, max, critical]) => ({ code, label, max, critical: critical ?? false })) };
}

const PUBLIC_PLACE = list('public_place', [
  ['licence', '卫生许可证有效并公示', 10],
  ['staff_health', '从业人员健康证明及卫生知识培训', 15, true],
  ['disinfection', '公共用品用具清洗、消毒、保洁', 20, true],
  ['air_ventilation', '空气质量与通风设施', 15],
  ['facilities', '防虫防鼠及废弃物存放设施', 10],
  ['management', '卫生管理制度与档案', 10],
  ['testing', '卫生检测及结果公示', 10],
  ['no_smoking', '控烟措施落实', 10],
]);

const FOOD = list('food', [
  ['licence', '许可证公示', 5],
  ['staff_health', '从业人员健康证明及晨检', 15, true],
  ['purchase', '原料进货查验记录', 15, true],
  ['processing', '加工操作规范（生熟分开）', 20, true],
  ['tableware', '餐饮具清洗消毒', 15, true],
  ['storage', '食品贮存（离地离墙、分类存放）', 10],
  ['pest_control', '防鼠、防蝇、防尘设施', 10],
  ['environment', '环境卫生', 10],
]);

const DRINKING_WATER = list('drinking_water', [
  ['licence', '供水单位卫生许可证', 10],
  ['staff_health', '直接供、管水人员健康证明', 10],
  ['water_quality', '水质检测（按频次且合格）', 25, true],
  ['disinfection', '消毒设施运行及投加记录', 20, true],
  ['protection', '水源或水箱卫生防护', 20, true],
  ['management', '卫生管理制度与应急预案', 15],
]);

const SCHOOL = list('school', [
  ['drinking_water', '饮用水卫生', 20, true],
  ['disease_control', '传染病防控（晨检、因病缺课追踪）', 20, true],
  ['teaching_environment', '教学环境（采光照明、课桌椅）', 15],
  ['toilets', '洗手设施及厕所', 15],
  ['health_room', '卫生室（保健室）及卫生人员', 15],
  ['health_education', '健康教育', 15],
]);

export const GRADING_CHECKLISTS: readonly GradingChecklist[] = [PUBLIC_PLACE, FOOD, DRINKING_WATER, SCHOOL];

/** The checklist a unit of the category is graded on; undefined when the category is not graded. */
export function gradingChecklistFor(category: string): GradingChecklist | undefined {
  return GRADING_CHECKLISTS.find((c) => c.category === category);
}
