import { describe, expect, it } from 'vitest';
import {
  REPORT_GROUP_LABELS,
  UNIT_CATEGORIES,
  UNIT_CATEGORY_CODES,
  categoryByCode,
  checklistFor,
  isUnitCategoryCode,
  isValidSubCategory,
  reportGroupOf,
  requiredLicence,
  subCategoryOf,
} from '../../src/core/unitCategories.js';

const codesOf = (list: readonly { code: string }[]): string[] => list.map((entry) => entry.code);

describe('UNIT_CATEGORIES', () => {
  it('holds the eight categories of DESIGN §3 with their stable codes and labels', () => {
    expect(UNIT_CATEGORIES.map(({ code, zh }) => `${code} ${zh}`)).toEqual([
      'public_place 公共场所',
      'drinking_water 生活饮用水',
      'school 学校卫生',
      'medical 医疗机构',
      'occupational 职业卫生',
      'radiation 放射卫生',
      'food 食品',
      'infectious_disease 传染病防治',
    ]);
    expect(codesOf(UNIT_CATEGORIES)).toEqual([...UNIT_CATEGORY_CODES]);
  });

  it.each([
    ['public_place', ['accommodation 住宿', 'bathing 沐浴', 'beauty 美容美发', 'swimming 游泳场所', 'mall 商场超市', 'waiting_room 候车（机）室', 'entertainment 影剧院/歌舞厅', 'other 其他']],
    ['drinking_water', ['central_supply 集中式供水', 'secondary_supply 二次供水', 'school_own_source 学校自备水源', 'water_products 涉水产品单位']],
    ['school', ['primary_secondary 中小学', 'kindergarten 托幼机构', 'higher_education 高校']],
    ['medical', ['hospital 医院', 'township_health_centre 卫生院', 'clinic 诊所/门诊部', 'village_clinic 村卫生室', 'private_clinic 个体诊所']],
    ['occupational', ['hazard_employer 存在职业病危害的用人单位']],
    ['radiation', ['radiation_user 放射诊疗单位']],
    ['food', ['catering 餐饮', 'food_business 食品生产经营', 'canteen 集体食堂']],
    ['infectious_disease', ['disinfection_products 消毒产品单位', 'tableware_disinfection 餐饮具集中消毒单位']],
  ])('gives %s its sub-categories', (category, expected) => {
    expect(categoryByCode(category)!.subCategories.map(({ code, zh }) => `${code} ${zh}`)).toEqual(expected);
  });

  it('labels everything in Chinese and English', () => {
    for (const category of UNIT_CATEGORIES) {
      for (const entry of [category, ...category.subCategories, ...category.checklist]) {
        expect(entry.zh, entry.code).toMatch(/\p{Script=Han}/u);
        expect(entry.en, entry.code).toMatch(/^[A-Z][\x20-\x7e]+$/);
      }
    }
  });

  it('keeps sub-category codes unique within a category and checklist codes unique everywhere', () => {
    for (const category of UNIT_CATEGORIES) {
      const subs = codesOf(category.subCategories);
      expect(new Set(subs).size, category.code).toBe(subs.length);
    }
    const items = UNIT_CATEGORIES.flatMap((category) => codesOf(category.checklist));
    expect(new Set(items).size).toBe(items.length);
  });

  it('gives each category 4 to 10 checklist items, coded under the category', () => {
    for (const category of UNIT_CATEGORIES) {
      expect(category.checklist.length, category.code).toBeGreaterThanOrEqual(4);
      expect(category.checklist.length, category.code).toBeLessThanOrEqual(10);
      for (const item of category.checklist) expect(item.code).toMatch(new RegExp(`^${category.code}\\.[a-z_]+$`));
    }
  });

  it('restricts checklist items only to sub-categories that exist', () => {
    for (const category of UNIT_CATEGORIES) {
      for (const item of category.checklist) {
        for (const sub of item.onlyFor ?? []) expect(isValidSubCategory(category.code, sub), `${item.code} → ${sub}`).toBe(true);
      }
    }
  });

  it('leaves every sub-category with at least four checklist items', () => {
    for (const category of UNIT_CATEGORIES) {
      for (const sub of category.subCategories) {
        expect(checklistFor(category.code, sub.code).length, `${category.code}/${sub.code}`).toBeGreaterThanOrEqual(4);
      }
    }
  });
});

describe('categoryByCode and isUnitCategoryCode', () => {
  it('finds a category by its code and nothing by its label', () => {
    expect(categoryByCode('medical')?.zh).toBe('医疗机构');
    expect(categoryByCode('医疗机构')).toBeUndefined();
    expect(categoryByCode('')).toBeUndefined();
    expect(isUnitCategoryCode('food')).toBe(true);
    expect(isUnitCategoryCode('Food')).toBe(false);
  });
});

describe('isValidSubCategory and subCategoryOf', () => {
  it('accepts a sub-category under its own category only', () => {
    expect(isValidSubCategory('public_place', 'swimming')).toBe(true);
    expect(isValidSubCategory('school', 'kindergarten')).toBe(true);
    expect(isValidSubCategory('drinking_water', 'swimming')).toBe(false);
    expect(isValidSubCategory('public_place', 'kindergarten')).toBe(false);
    expect(isValidSubCategory('public_place', '')).toBe(false);
    expect(isValidSubCategory('nonsense', 'other')).toBe(false);
    expect(subCategoryOf('medical', 'village_clinic')?.zh).toBe('村卫生室');
  });
});

describe('requiredLicence', () => {
  it.each([
    ['public_place', 'accommodation', '公共场所卫生许可证'],
    ['public_place', 'other', '公共场所卫生许可证'],
    ['drinking_water', 'central_supply', '供水单位卫生许可证'],
    ['drinking_water', 'secondary_supply', '供水单位卫生许可证'],
    ['medical', 'hospital', '医疗机构执业许可证'],
    ['medical', 'private_clinic', '医疗机构执业许可证或诊所备案凭证'],
    ['radiation', 'radiation_user', '放射诊疗许可证'],
    ['food', 'canteen', '食品生产或经营许可证'],
    ['infectious_disease', 'disinfection_products', '消毒产品生产企业卫生许可证'],
  ])('%s/%s needs a %s', (category, sub, licence) => {
    expect(requiredLicence(category, sub)?.zh).toBe(licence);
  });

  it.each([
    ['drinking_water', 'water_products'],
    ['school', 'primary_secondary'],
    ['school', 'kindergarten'],
    ['occupational', 'hazard_employer'],
    ['infectious_disease', 'tableware_disinfection'],
    ['public_place', 'no_such_sub'],
  ])('%s/%s needs none', (category, sub) => {
    expect(requiredLicence(category, sub)).toBeNull();
  });
});

describe('checklistFor', () => {
  it('asks a secondary water supplier about its tank, a waterworks not', () => {
    expect(codesOf(checklistFor('drinking_water', 'secondary_supply'))).toEqual([
      'drinking_water.staff_health_certificates',
      'drinking_water.water_quality_report',
      'drinking_water.tank_cleaned',
      'drinking_water.tank_covered_locked',
    ]);
    expect(codesOf(checklistFor('drinking_water', 'central_supply'))).toEqual([
      'drinking_water.staff_health_certificates',
      'drinking_water.water_quality_report',
      'drinking_water.disinfection_running',
      'drinking_water.source_protection',
    ]);
  });

  it('lists the public-place items of DESIGN §4, and pool water only at swimming venues', () => {
    const sut = codesOf(checklistFor('public_place', 'swimming'));
    expect(sut).toEqual([
      'public_place.licence_displayed',
      'public_place.staff_health_certificates',
      'public_place.disinfection_records',
      'public_place.ventilation',
      'public_place.notice_board',
      'public_place.no_smoking',
      'public_place.pool_water',
    ]);
    expect(codesOf(checklistFor('public_place', 'beauty'))).not.toContain('public_place.pool_water');
    expect(checklistFor('public_place', 'accommodation').find((item) => item.code === 'public_place.bedding_changed')?.zh).toBe(
      '床上用品一客一换',
    );
  });

  it('asks schools about water, morning checks, sick absences and lighting; vaccination not at universities', () => {
    const zh = checklistFor('school', 'primary_secondary').map((item) => item.zh);
    expect(zh).toEqual(expect.arrayContaining(['传染病晨检记录', '因病缺课登记及追踪', '教室采光照明']));
    expect(zh[0]).toMatch(/^饮用水卫生/);
    expect(codesOf(checklistFor('school', 'higher_education'))).not.toContain('school.vaccination_check');
    expect(codesOf(checklistFor('school', 'kindergarten'))).toContain('school.vaccination_check');
  });

  it('asks medical institutions about licence, waste, disinfection and illegal-practice leads', () => {
    expect(codesOf(checklistFor('medical', 'village_clinic'))).toEqual([
      'medical.practice_licence',
      'medical.medical_waste',
      'medical.disinfection_isolation',
      'medical.staff_qualification',
      'medical.practice_scope',
      'medical.disease_reporting',
    ]);
  });

  it('gives every item of the category without a sub-category, and nothing for an unknown category', () => {
    expect(checklistFor('drinking_water')).toHaveLength(10);
    expect(checklistFor('food')).toHaveLength(7);
    expect(checklistFor('food', 'food_business')).toHaveLength(5);
    expect(checklistFor('nonsense')).toEqual([]);
    expect(checklistFor('nonsense', 'other')).toEqual([]);
  });
});

describe('reportGroupOf', () => {
  it('counts kindergartens apart from other schools', () => {
    expect(reportGroupOf('school', 'kindergarten')).toBe('kindergarten');
    expect(reportGroupOf('school', 'primary_secondary')).toBe('school');
    expect(reportGroupOf('school', 'higher_education')).toBe('school');
    expect(reportGroupOf('public_place', 'other')).toBe('public_place');
    expect(reportGroupOf('food', 'canteen')).toBe('food');
  });

  it('labels every group', () => {
    expect(Object.keys(REPORT_GROUP_LABELS)).toEqual([...UNIT_CATEGORY_CODES, 'kindergarten']);
    expect(REPORT_GROUP_LABELS.kindergarten.zh).toBe('托幼机构');
    expect(REPORT_GROUP_LABELS.school.zh).toBe('学校卫生');
  });
});
