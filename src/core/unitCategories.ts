/**
 * Supervised-unit categories (管理相对人类别, DESIGN §3) and the patrol checklist of each (DESIGN §4).
 * This is the seed of an editable dictionary: codes are stored in records, so a code never changes
 * meaning once released; labels may be reworded. Every category has at least one sub-category because
 * every unit file records one (occupational and radiation units get a single one).
 */

export interface Label {
  zh: string;
  en: string;
}

/** The licence a unit of a sub-category must hold; its number and expiry belong in a complete file. */
export type LicenceKind = Label;

export interface SubCategory extends Label {
  code: string;
  licence: LicenceKind | null;
}

export interface ChecklistItem extends Label {
  /** Unique across all categories (`category.item`), so a patrol answer is one code. */
  code: string;
  /** Sub-categories the item applies to; absent when it applies to the whole category. */
  onlyFor?: readonly string[];
}

export const UNIT_CATEGORY_CODES = [
  'public_place',
  'drinking_water',
  'school',
  'medical',
  'occupational',
  'radiation',
  'food',
  'infectious_disease',
] as const;
export type UnitCategoryCode = (typeof UNIT_CATEGORY_CODES)[number];

export interface UnitCategory extends Label {
  code: UnitCategoryCode;
  subCategories: readonly SubCategory[];
  checklist: readonly ChecklistItem[];
}

// Which sub-categories need a licence. Health administration issues all of them except the food
// licences (market regulation), which the 协管员 still checks on patrol. Public-place licensing differs
// by province (some no longer license malls or waiting rooms); the seed follows the national regulation
// and a province edits its dictionary. 涉水产品 carry product approvals (批件), not a unit licence;
// 餐饮具集中消毒单位 are not licensed; neither are schools or employers with occupational hazards.
const LICENCES = {
  publicPlace: { zh: '公共场所卫生许可证', en: 'Public place hygiene licence' },
  waterSupply: { zh: '供水单位卫生许可证', en: 'Water supply hygiene licence' },
  medical: { zh: '医疗机构执业许可证', en: 'Medical institution practising licence' },
  // Since 2023 a clinic may be registered (备案) instead of licensed; the record number goes in the file.
  clinic: { zh: '医疗机构执业许可证或诊所备案凭证', en: 'Practising licence or clinic registration' },
  radiation: { zh: '放射诊疗许可证', en: 'Radiological diagnosis and treatment licence' },
  food: { zh: '食品生产或经营许可证', en: 'Food production or business licence' },
  disinfectionProducts: { zh: '消毒产品生产企业卫生许可证', en: 'Disinfection product manufacturer hygiene licence' },
} as const satisfies Record<string, LicenceKind>;

function sub(code: string, zh: string, en: string, licence: LicenceKind | null = null): SubCategory {
  return { code, zh, en, licence };
}

function items(category: UnitCategoryCode, list: [code: string, zh: string, en: string, onlyFor?: string[]][]): ChecklistItem[] {
  return list.map(([code, zh, en, onlyFor]) => ({ code: `${category}.${code}`, zh, en, ...(onlyFor ? { onlyFor } : {}) }));
}

const PUBLIC_PLACE: UnitCategory = {
  code: 'public_place',
  zh: '公共场所',
  en: 'Public places',
  subCategories: [
    sub('accommodation', '住宿', 'Accommodation', LICENCES.publicPlace),
    sub('bathing', '沐浴', 'Bathing', LICENCES.publicPlace),
    sub('beauty', '美容美发', 'Hairdressing and beauty', LICENCES.publicPlace),
    sub('swimming', '游泳场所', 'Swimming venues', LICENCES.publicPlace),
    sub('mall', '商场超市', 'Shopping malls and supermarkets', LICENCES.publicPlace),
    sub('waiting_room', '候车（机）室', 'Waiting rooms at stations and airports', LICENCES.publicPlace),
    sub('entertainment', '影剧院/歌舞厅', 'Cinemas, theatres and dance halls', LICENCES.publicPlace),
    sub('other', '其他', 'Other public places', LICENCES.publicPlace),
  ],
  checklist: items('public_place', [
    ['licence_displayed', '卫生许可证悬挂/公示', 'Hygiene licence displayed'],
    ['staff_health_certificates', '从业人员持有效健康证明', 'Staff hold valid health certificates'],
    ['disinfection_records', '公共用品用具清洗消毒及记录', 'Shared articles cleaned and disinfected, with records'],
    ['ventilation', '通风设施正常运行', 'Ventilation working'],
    ['notice_board', '卫生信息公示栏（检测结果、量化分级）', 'Hygiene notice board (test results, hygiene grade)'],
    ['no_smoking', '禁止吸烟标识及落实', 'No-smoking signs displayed and observed'],
    ['bedding_changed', '床上用品一客一换', 'Bedding changed for every guest', ['accommodation']],
    ['pool_water', '池水水质检测（余氯、pH）及浸脚消毒池', 'Pool water tested (residual chlorine, pH), foot bath in use', ['swimming']],
  ]),
};

const WATER_SUPPLIERS = ['central_supply', 'secondary_supply', 'school_own_source'];
const WATER_SOURCES = ['central_supply', 'school_own_source'];

const DRINKING_WATER: UnitCategory = {
  code: 'drinking_water',
  zh: '生活饮用水',
  en: 'Drinking water',
  subCategories: [
    sub('central_supply', '集中式供水', 'Central water supply', LICENCES.waterSupply),
    sub('secondary_supply', '二次供水', 'Secondary water supply', LICENCES.waterSupply),
    sub('school_own_source', '学校自备水源', 'School-owned water source', LICENCES.waterSupply),
    sub('water_products', '涉水产品单位', 'Makers and sellers of water-related products'),
  ],
  checklist: items('drinking_water', [
    ['staff_health_certificates', '直接供、管水人员持有效健康证明', 'Water-handling staff hold valid health certificates', WATER_SUPPLIERS],
    ['water_quality_report', '水质检测报告（按频次检测且合格）', 'Water-quality reports on schedule and within limits', WATER_SUPPLIERS],
    ['tank_cleaned', '水箱清洗消毒（12个月内）', 'Tank cleaned and disinfected within 12 months', ['secondary_supply']],
    ['tank_covered_locked', '水箱加盖加锁', 'Tank covered and locked', ['secondary_supply']],
    ['disinfection_running', '消毒设施正常运行及投加记录', 'Disinfection equipment running, dosing recorded', WATER_SOURCES],
    ['source_protection', '水源卫生防护（防护范围内无污染源）', 'Source protected (no pollution within the protection zone)', WATER_SOURCES],
    ['product_approval', '涉水产品卫生许可批件在有效期内', 'Product hygiene approval valid', ['water_products']],
    ['product_label', '产品标签与批件一致', 'Product labels match the approval', ['water_products']],
    ['product_test_report', '产品卫生安全性检验报告', 'Product hygiene safety test reports', ['water_products']],
    ['purchase_records', '进货查验记录（索证索票）', 'Purchases checked, certificates and invoices kept', ['water_products']],
  ]),
};

const SCHOOL: UnitCategory = {
  code: 'school',
  zh: '学校卫生',
  en: 'Schools',
  subCategories: [
    sub('primary_secondary', '中小学', 'Primary and secondary schools'),
    sub('kindergarten', '托幼机构', 'Kindergartens and nurseries'),
    sub('higher_education', '高校', 'Universities and colleges'),
  ],
  checklist: items('school', [
    ['drinking_water', '饮用水卫生（供水设施、饮水机清洗消毒）', 'Drinking water (supply, dispensers cleaned and disinfected)'],
    ['morning_check', '传染病晨检记录', 'Morning infectious-disease checks recorded'],
    ['absence_register', '因病缺课登记及追踪', 'Sick absences registered and followed up'],
    ['classroom_lighting', '教室采光照明', 'Classroom daylight and lighting'],
    ['handwashing', '洗手设施及卫生间', 'Hand-washing facilities and toilets'],
    ['vaccination_check', '入学入托预防接种证查验', 'Vaccination certificates checked at enrolment', ['primary_secondary', 'kindergarten']],
    ['health_staff', '卫生室（保健室）及校医或保健人员', 'Health room and school doctor or health worker'],
  ]),
};

const MEDICAL: UnitCategory = {
  code: 'medical',
  zh: '医疗机构',
  en: 'Medical institutions',
  subCategories: [
    sub('hospital', '医院', 'Hospitals', LICENCES.medical),
    sub('township_health_centre', '卫生院', 'Township health centres', LICENCES.medical),
    sub('clinic', '诊所/门诊部', 'Clinics and outpatient departments', LICENCES.clinic),
    sub('village_clinic', '村卫生室', 'Village clinics', LICENCES.medical),
    sub('private_clinic', '个体诊所', 'Private practices', LICENCES.clinic),
  ],
  checklist: items('medical', [
    ['practice_licence', '执业许可证（备案凭证）有效并悬挂', 'Practising licence (or registration) valid and displayed'],
    ['medical_waste', '医疗废物分类收集、暂存及交接登记', 'Medical waste sorted, stored and handed over with records'],
    ['disinfection_isolation', '消毒隔离（器械消毒、一次性用品不重复使用）', 'Disinfection and isolation (instruments, no reuse of disposables)'],
    ['staff_qualification', '人员资质（非法行医线索）', 'Staff qualifications (leads on illegal practice)'],
    ['practice_scope', '按核准诊疗科目执业', 'Practice within the approved departments'],
    ['disease_reporting', '传染病登记报告（门诊日志）', 'Infectious diseases registered and reported (outpatient log)'],
  ]),
};

const OCCUPATIONAL: UnitCategory = {
  code: 'occupational',
  zh: '职业卫生',
  en: 'Occupational health',
  subCategories: [sub('hazard_employer', '存在职业病危害的用人单位', 'Employers with occupational hazards')],
  checklist: items('occupational', [
    ['hazard_declaration', '职业病危害项目申报', 'Occupational hazards declared'],
    ['hazard_monitoring', '工作场所职业病危害因素检测', 'Workplace hazards measured'],
    ['health_examinations', '劳动者职业健康检查（上岗前、在岗期间、离岗时）', 'Workers examined before, during and after the job'],
    ['protective_equipment', '个人防护用品发放及使用', 'Personal protective equipment issued and worn'],
    ['warning_signs', '警示标识及职业病危害告知卡', 'Warning signs and hazard notice cards'],
    ['training', '职业卫生培训', 'Occupational health training'],
  ]),
};

const RADIATION: UnitCategory = {
  code: 'radiation',
  zh: '放射卫生',
  en: 'Radiation health',
  subCategories: [sub('radiation_user', '放射诊疗单位', 'Users of medical radiation', LICENCES.radiation)],
  checklist: items('radiation', [
    ['radiation_licence', '放射诊疗许可证有效', 'Radiological diagnosis and treatment licence valid'],
    ['personal_dosimetry', '放射工作人员个人剂量监测', 'Personal dose monitoring of radiation workers'],
    ['staff_health_examinations', '放射工作人员职业健康检查', 'Health examinations of radiation workers'],
    ['shielding_signs', '防护设施、电离辐射警告标志及工作指示灯', 'Shielding, ionising-radiation warning signs and indicator lights'],
    ['patient_protection', '受检者防护用品', 'Protective equipment for patients'],
    ['equipment_testing', '设备状态检测及稳定性检测', 'Equipment status and constancy tests'],
  ]),
};

const FOOD: UnitCategory = {
  code: 'food',
  zh: '食品',
  en: 'Food and catering',
  subCategories: [
    sub('catering', '餐饮', 'Catering', LICENCES.food),
    sub('food_business', '食品生产经营', 'Food production and trade', LICENCES.food),
    sub('canteen', '集体食堂', 'Canteens', LICENCES.food),
  ],
  checklist: items('food', [
    ['licence_displayed', '许可证公示', 'Licence displayed'],
    ['staff_health_certificates', '从业人员持有效健康证明', 'Staff hold valid health certificates'],
    ['purchase_records', '原料进货查验记录', 'Incoming ingredients checked and recorded'],
    ['tableware_disinfection', '餐饮具清洗消毒', 'Tableware cleaned and disinfected', ['catering', 'canteen']],
    ['storage', '食品贮存（生熟分开、离地离墙）', 'Food storage (raw and cooked apart, off floor and walls)'],
    ['pest_control', '防鼠、防蝇、防尘设施', 'Rodent, fly and dust protection'],
    ['food_samples', '食品留样', 'Food samples kept', ['canteen']],
  ]),
};

const INFECTIOUS_DISEASE: UnitCategory = {
  code: 'infectious_disease',
  zh: '传染病防治',
  en: 'Infectious disease control',
  subCategories: [
    sub('disinfection_products', '消毒产品单位', 'Disinfection product makers', LICENCES.disinfectionProducts),
    sub('tableware_disinfection', '餐饮具集中消毒单位', 'Central tableware disinfection services'),
  ],
  checklist: items('infectious_disease', [
    ['manufacturer_licence', '消毒产品生产企业卫生许可证有效', 'Manufacturer hygiene licence valid', ['disinfection_products']],
    ['product_labels', '产品标签、说明书符合规定', 'Product labels and instructions comply', ['disinfection_products']],
    ['safety_assessment', '产品卫生安全评价报告', 'Product hygiene safety assessments', ['disinfection_products']],
    ['staff_health_certificates', '从业人员持有效健康证明', 'Staff hold valid health certificates'],
    ['process_layout', '工艺流程布局合理（回收、清洗、消毒、包装分区）', 'Process layout (return, washing, disinfection, packing separated)', ['tableware_disinfection']],
    ['batch_testing', '出厂检验记录（每批检验合格）', 'Every batch tested before release'],
    ['package_labels', '消毒餐饮具包装标注单位、消毒日期及保质期', 'Packs show the company, disinfection date and shelf life', ['tableware_disinfection']],
  ]),
};

export const UNIT_CATEGORIES: readonly UnitCategory[] = [
  PUBLIC_PLACE,
  DRINKING_WATER,
  SCHOOL,
  MEDICAL,
  OCCUPATIONAL,
  RADIATION,
  FOOD,
  INFECTIOUS_DISEASE,
];

export function isUnitCategoryCode(code: string): code is UnitCategoryCode {
  return (UNIT_CATEGORY_CODES as readonly string[]).includes(code);
}

export function categoryByCode(code: string): UnitCategory | undefined {
  return UNIT_CATEGORIES.find((category) => category.code === code);
}

export function subCategoryOf(category: string, sub: string): SubCategory | undefined {
  return categoryByCode(category)?.subCategories.find((candidate) => candidate.code === sub);
}

export function isValidSubCategory(category: string, sub: string): boolean {
  return subCategoryOf(category, sub) !== undefined;
}

/** The licence a unit must hold, or null when its sub-category needs none (or the pair is unknown). */
export function requiredLicence(category: string, sub: string): LicenceKind | null {
  return subCategoryOf(category, sub)?.licence ?? null;
}

/**
 * The items to check on a patrol. With a sub-category, items meant for other sub-categories are left
 * out (no tank questions at a waterworks); without one, every item of the category. Unknown: none.
 */
export function checklistFor(category: string, sub?: string): readonly ChecklistItem[] {
  const checklist = categoryByCode(category)?.checklist ?? [];
  if (sub === undefined) return checklist;
  return checklist.filter((item) => !item.onlyFor || item.onlyFor.includes(sub));
}

/** Reports count kindergartens (托幼机构) apart from other schools (DESIGN §3); every other unit by category. */
export type ReportGroup = UnitCategoryCode | 'kindergarten';

export const REPORT_GROUP_LABELS: Record<ReportGroup, Label> = {
  ...(Object.fromEntries(UNIT_CATEGORIES.map(({ code, zh, en }) => [code, { zh, en }])) as Record<UnitCategoryCode, Label>),
  kindergarten: { zh: '托幼机构', en: 'Kindergartens and nurseries' },
};

export function reportGroupOf(category: UnitCategoryCode, sub: string): ReportGroup {
  return category === 'school' && sub === 'kindergarten' ? 'kindergarten' : category;
}
