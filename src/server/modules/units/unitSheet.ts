import { normalizeCreditCode } from '../../../core/creditCode.js';
import { UNIT_CATEGORIES, categoryByCode, subCategoryOf } from '../../../core/unitCategories.js';
import type { FieldError } from '../../errors.js';
import type { UnitFieldName, UnitStatus } from './filing.js';
import type { Unit } from './schemas.js';

/**
 * The unit register as a sheet (DESIGN §3): one layout for the import template, the export and the
 * import, so an exported file can be edited and imported again. Cells hold what a person reads
 * (Chinese labels, real dates); the import also accepts the codes.
 */

type ColumnKind = 'text' | 'code' | 'date' | 'integer' | 'decimal' | 'category' | 'subCategory' | 'riskLevel' | 'status' | 'seq';
export type SheetField = UnitFieldName | 'status' | 'seq';

export interface SheetColumn {
  field: SheetField;
  /** The header without the required mark. */
  header: string;
  required: boolean;
  kind: ColumnKind;
  width: number;
}

const column = (field: SheetField, header: string, kind: ColumnKind, width: number, required = false): SheetColumn => ({ field, header, kind, width, required });

export const UNIT_SHEET_COLUMNS: readonly SheetColumn[] = [
  column('seq', '序号', 'seq', 6),
  column('name', '单位名称', 'text', 30, true),
  column('creditCode', '统一社会信用代码', 'code', 22),
  column('category', '单位类别', 'category', 12, true),
  column('subCategory', '单位子类', 'subCategory', 16, true),
  column('address', '地址', 'text', 34, true),
  column('townshipCode', '乡镇（街道）代码', 'code', 16, true),
  column('villageCode', '村（社区）代码', 'code', 16),
  column('personInCharge', '负责人', 'text', 10),
  column('phone', '联系电话', 'code', 15),
  column('licenceType', '许可证类型', 'text', 22),
  column('licenceNo', '许可证号', 'text', 24),
  column('licenceIssuedOn', '发证日期', 'date', 12),
  column('licenceExpiresOn', '有效期至', 'date', 12),
  column('employees', '从业人员数', 'integer', 11),
  column('employeesCertified', '持健康证人数', 'integer', 13),
  column('riskLevel', '风险等级', 'riskLevel', 9),
  column('latitude', '纬度', 'decimal', 11),
  column('longitude', '经度', 'decimal', 11),
  column('status', '经营状态', 'status', 10),
];

/** '单位名称*': the header as the template writes it. */
export const headerText = (c: SheetColumn) => (c.required ? `${c.header}*` : c.header);

/** The header of an API field, for row errors. */
export function columnHeader(field: string): string {
  return UNIT_SHEET_COLUMNS.find((c) => c.field === field)?.header ?? field;
}

/** Headers as people retype them: without the mark or spaces, with half-width brackets. */
export function normalizeHeader(text: string): string {
  return text.replace(/[\s*＊]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

export const RISK_LABELS = { low: '低', medium: '中', high: '高' } as const;
export const STATUS_LABELS = { operating: '营业', suspended: '停业', closed: '已注销' } as const satisfies Record<UnitStatus, string>;
export const CATEGORY_LABELS = UNIT_CATEGORIES.map((c) => c.zh);

/** A cell's value once exceljs's wrappers (rich text, formulas, links) are taken off. */
export type CellPrimitive = string | number | boolean | Date;
export type SheetCells = Partial<Record<SheetField, CellPrimitive>>;

/** One unit as the cells of a row, in column order. */
export function unitCells(unit: Unit, seq: number): (CellPrimitive | null)[] {
  const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  const category = categoryByCode(unit.category);
  const values: Record<SheetField, CellPrimitive | null> = {
    seq, name: unit.name, creditCode: unit.creditCode, category: category?.zh ?? unit.category,
    subCategory: subCategoryOf(unit.category, unit.subCategory)?.zh ?? unit.subCategory, address: unit.address,
    townshipCode: unit.townshipCode, villageCode: unit.villageCode, personInCharge: unit.personInCharge, phone: unit.phone,
    licenceType: unit.licenceType, licenceNo: unit.licenceNo, licenceIssuedOn: date(unit.licenceIssuedOn),
    licenceExpiresOn: date(unit.licenceExpiresOn), employees: unit.employees, employeesCertified: unit.employeesCertified,
    riskLevel: unit.riskLevel ? RISK_LABELS[unit.riskLevel as keyof typeof RISK_LABELS] ?? unit.riskLevel : null,
    latitude: unit.latitude, longitude: unit.longitude, status: STATUS_LABELS[unit.status],
  };
  return UNIT_SHEET_COLUMNS.map((c) => values[c.field]);
}

/** What a row says, before the schema: field values as the API takes them, and cells it could not read. */
export interface RowInput {
  values: Partial<Record<UnitFieldName, unknown>>;
  status: UnitStatus | undefined;
  problems: FieldError[];
}

const isoFromDate = (d: Date) => d.toISOString().slice(0, 10);

function asText(value: CellPrimitive): string {
  if (value instanceof Date) return isoFromDate(value);
  return String(value).trim();
}

/** Looks a label up in a code → label table; codes are accepted as they are. */
function codeOf<T extends string>(labels: Record<T, string>, value: string, aliases: Record<string, T> = {}): T | undefined {
  const entries = Object.entries(labels) as [T, string][];
  return entries.find(([code, label]) => label === value || code === value)?.[0] ?? aliases[value];
}

const EXCEL_ERROR = /^#(N\/A|REF!|NAME\?|DIV\/0!|NULL!|VALUE!|NUM!)$/;
const RISK_ALIASES = { 低风险: 'low', 中风险: 'medium', 高风险: 'high' } as const;

/** Reads one row's cells into API field values; a value it cannot place is left for the schema to reject. */
export function rowInput(cells: SheetCells): RowInput {
  const values: RowInput['values'] = {};
  const problems: FieldError[] = [];
  let status: UnitStatus | undefined;
  for (const c of UNIT_SHEET_COLUMNS) {
    const raw = cells[c.field];
    const text = raw === undefined ? '' : asText(raw);
    if (c.field === 'seq') continue;
    if (EXCEL_ERROR.test(text)) {
      problems.push({ path: c.field, message: `单元格是公式错误 ${text}，请填写实际内容` });
      continue;
    }
    if (text === '') {
      if (c.required) problems.push({ path: c.field, message: `${c.header}不能为空` });
      continue;
    }
    if (c.field === 'status') {
      status = codeOf(STATUS_LABELS, text);
      if (!status) problems.push({ path: 'status', message: '经营状态应为 营业、停业 或 已注销' });
      continue;
    }
    const field = c.field;
    switch (c.kind) {
      case 'date': {
        const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
        values[field] = parts ? `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}` : text;
        break;
      }
      case 'integer':
      case 'decimal': {
        const number = typeof raw === 'number' ? raw : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
        if (number === undefined) problems.push({ path: field, message: `${c.header}应为数字` });
        else values[field] = c.kind === 'decimal' ? Math.round(number * 1e6) / 1e6 : number;
        break;
      }
      case 'category':
        values[field] = UNIT_CATEGORIES.find((cat) => cat.zh === text || cat.code === text)?.code ?? text;
        break;
      case 'subCategory': {
        // Within the row's category when it is known; a label alone is unique across the dictionary.
        const category = categoryByCode(String(values.category ?? ''));
        const candidates = category ? category.subCategories : UNIT_CATEGORIES.flatMap((cat) => cat.subCategories);
        values[field] = candidates.find((s) => s.zh === text || s.code === text)?.code ?? text;
        break;
      }
      case 'riskLevel':
        values[field] = codeOf(RISK_LABELS, text, RISK_ALIASES) ?? text;
        break;
      default:
        values[field] = field === 'creditCode' ? normalizeCreditCode(text) : text;
    }
  }
  return { values, status, problems };
}
