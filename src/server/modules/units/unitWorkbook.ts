import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { UNIT_CATEGORIES } from '../../../core/unitCategories.js';
import { ValidationError } from '../../errors.js';
import {
  CATEGORY_LABELS, RISK_LABELS, STATUS_LABELS, UNIT_SHEET_COLUMNS, headerText, normalizeHeader, unitCells,
  type CellPrimitive, type SheetCells,
} from './unitSheet.js';
import type { Unit } from './schemas.js';

/** Reading and writing the register with exceljs; the layout itself is in unitSheet.ts. */

export const MAX_IMPORT_ROWS = 5000;
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** What a 5 MB upload may inflate to; a register of 5,000 rows is a few MB of XML. */
const MAX_UNZIPPED_BYTES = 60 * 1024 * 1024;

export const SHEET_NAME = '单位档案';
export const GUIDE_SHEET_NAME = '填写说明';
const HEADER_ROW = 2;
const FIRST_DATA_ROW = 3;

export interface TownshipEntry {
  code: string;
  name: string;
  stationName: string | null;
}

export interface UnitWorkbook {
  title: string;
  /** Top right, e.g. the export date. */
  note: string;
  townships: readonly TownshipEntry[];
  /** Pages of units to list; none for the template. */
  pages?: AsyncIterable<readonly Unit[]>;
}

// exceljs keeps sheet-level validations (one range, not one per cell) but does not declare them.
interface SheetWithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const GUIDE_LINES = [
  '1. 第 1 行为标题，第 2 行为列名，请从第 3 行起每行填写一家单位；不要改动列名。列名带 * 的必须填写。',
  '2. 单位类别、单位子类可从下拉列表选择，也可填写下表中的代码；子类须属于所填类别。',
  '3. 乡镇（街道）、村（社区）填写 12 位统计用区划代码（见下表），只能填写您管辖范围内已设协管站的乡镇（街道）。',
  '4. 统一社会信用代码 18 位（GB 32100），没有的（如个体工商户）可空；同一文件中不能重复。',
  '5. 日期填写 Excel 日期或 YYYY-MM-DD；风险等级填 低、中、高；经营状态填 营业 或 停业，空白时新单位为营业、已有单位不变。',
  '6. 导入要么全部成功，要么全部不导入：有任何错误时不写入任何数据，并逐行列出错误的行号、列名和原因。',
  '7. 重复导入不会重复建档：有信用代码的按代码匹配，没有的按“单位名称 + 地址 + 乡镇（街道）”匹配；匹配到的单位按文件更新，空白的非必填列保留原值。已注销的单位不能通过导入恢复。',
  `8. 每个文件最多 ${MAX_IMPORT_ROWS} 行、不超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB。`,
];
const CATEGORY_TABLE_ROW = GUIDE_LINES.length + 3;
const SUB_CATEGORIES = UNIT_CATEGORIES.flatMap((c) => c.subCategories.map((s) => ({ category: c, sub: s })));

const bold = { bold: true } as const;
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const thin: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** Writes the register (template or export) to `out` row by row; only the current page is in memory. */
export async function writeUnitWorkbook(out: Writable, book: UnitWorkbook): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'weijian';
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }] });
  sheet.columns = UNIT_SHEET_COLUMNS.map((c) => ({
    width: c.width,
    style: c.kind === 'code' ? { numFmt: '@' } : c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  const lastColumn = UNIT_SHEET_COLUMNS.length;
  const title = sheet.getRow(1);
  title.height = 28;
  title.getCell(1).value = book.title;
  title.getCell(1).font = { bold: true, size: 14 };
  title.getCell(lastColumn - 2).value = book.note;
  title.getCell(lastColumn - 2).alignment = { horizontal: 'right', vertical: 'middle' };
  sheet.mergeCells(1, 1, 1, lastColumn - 3);
  sheet.mergeCells(1, lastColumn - 2, 1, lastColumn);
  title.commit();

  const header = sheet.getRow(HEADER_ROW);
  UNIT_SHEET_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = headerText(c);
    cell.font = c.required ? { bold: true, color: { argb: 'FFC00000' } } : bold;
    cell.fill = headerFill;
    cell.border = thin;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.height = 30;
  header.commit();

  let rowNumber = FIRST_DATA_ROW;
  for await (const page of book.pages ?? []) {
    for (const unit of page) {
      const row = sheet.getRow(rowNumber);
      row.values = unitCells(unit, rowNumber - FIRST_DATA_ROW + 1);
      row.commit();
      rowNumber++;
    }
  }
  addDropDowns(sheet, Math.max(rowNumber + 1000, FIRST_DATA_ROW + MAX_IMPORT_ROWS - 1));
  sheet.commit();
  writeGuide(workbook.addWorksheet(GUIDE_SHEET_NAME), book.townships);
  await workbook.commit();
}

function addDropDowns(sheet: ExcelJS.Worksheet, lastRow: number) {
  const validations = (sheet as unknown as SheetWithValidations).dataValidations;
  const letter = (field: string) => sheet.getColumn(UNIT_SHEET_COLUMNS.findIndex((c) => c.field === field) + 1).letter;
  const range = (field: string) => `${letter(field)}${FIRST_DATA_ROW}:${letter(field)}${lastRow}`;
  // A warning, not a stop: the codes of the dictionary are accepted too.
  const list = (formula: string, error: string): ExcelJS.DataValidation => ({
    type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true, errorStyle: 'warning', errorTitle: '请从列表中选择', error,
  });
  const subRows = `$D$${CATEGORY_TABLE_ROW + 1}:$D$${CATEGORY_TABLE_ROW + SUB_CATEGORIES.length}`;
  validations.add(range('category'), list(`"${CATEGORY_LABELS.join(',')}"`, '单位类别不在字典中'));
  validations.add(range('subCategory'), list(`'${GUIDE_SHEET_NAME}'!${subRows}`, '单位子类不在字典中，见“填写说明”'));
  validations.add(range('riskLevel'), list(`"${Object.values(RISK_LABELS).join(',')}"`, '风险等级应为 低、中、高'));
  validations.add(range('status'), list(`"${Object.values(STATUS_LABELS).join(',')}"`, '经营状态应为 营业、停业 或 已注销'));
}

function writeGuide(guide: ExcelJS.Worksheet, townships: readonly TownshipEntry[]) {
  guide.columns = [{ width: 20 }, { width: 18 }, { width: 24 }, { width: 26 }, { width: 40 }];
  let n = 1;
  const line = (values: (string | null)[], style: { font?: Partial<ExcelJS.Font>; merge?: boolean; table?: boolean } = {}) => {
    const row = guide.getRow(n);
    row.values = values;
    if (style.merge) {
      guide.mergeCells(n, 1, n, 5);
      row.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
      row.height = 32;
    }
    if (style.font) row.font = style.font;
    if (style.table) values.forEach((_, i) => (row.getCell(i + 1).border = thin));
    row.commit();
    n++;
  };
  line(['填写说明'], { font: { bold: true, size: 14 } });
  for (const text of GUIDE_LINES) line([text], { merge: true });
  n++;
  // The sub-category drop-down points at column D of this table: keep it where CATEGORY_TABLE_ROW says.
  line(['类别代码', '单位类别', '子类代码', '单位子类', '须持有的许可证'], { font: bold, table: true });
  for (const { category, sub } of SUB_CATEGORIES) line([category.code, category.zh, sub.code, sub.zh, sub.licence?.zh ?? '—'], { table: true });
  n++;
  line(['乡镇（街道）代码', '乡镇（街道）名称', '协管站'], { font: bold, table: true });
  for (const t of townships) line([t.code, t.name, t.stationName ?? '（无协管站，不能建档）'], { table: true });
  guide.commit();
}

/** A data row of the sheet: its Excel row number and the cells under known headers. */
export interface SheetRow {
  row: number;
  cells: SheetCells;
}

/** Reads the first sheet of an uploaded workbook; a file that is not the register is a 400 with the reason. */
export async function readUnitSheet(buffer: Buffer): Promise<SheetRow[]> {
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new ValidationError('不支持旧版 .xls 文件：请在 Excel 中“另存为” .xlsx 格式后再导入');
  }
  if (!buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw new ValidationError('只能导入 .xlsx 格式的 Excel 文件，请下载“单位档案导入模板”填写后上传');
  }
  const unreadable = new ValidationError('无法读取该 Excel 文件：文件已损坏或不是 .xlsx 格式');
  const size = unzippedSize(buffer);
  if (size === undefined) throw unreadable;
  if (size > MAX_UNZIPPED_BYTES) throw new ValidationError('文件内容过大，请拆分后分批导入');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  } catch {
    throw unreadable;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ValidationError('该 Excel 文件中没有工作表');

  const columns = findHeader(sheet);
  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    if (number <= columns.headerRow) return;
    const cells: SheetCells = {};
    for (const [index, c] of columns.byIndex) {
      const value = primitive(row.getCell(index).value);
      if (value !== undefined) cells[c.field] = value;
    }
    // A row with nothing but its number is blank.
    if (Object.keys(cells).some((field) => field !== 'seq')) rows.push({ row: number, cells });
  });
  if (rows.length === 0) throw new ValidationError('文件中没有单位数据：请在列名下方每行填写一家单位');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ValidationError(`每个文件最多导入 ${MAX_IMPORT_ROWS} 家单位，本文件有 ${rows.length} 行，请拆分后分批导入`);
  }
  return rows;
}

/** The header row (within the first ten) and which column holds which field. */
function findHeader(sheet: ExcelJS.Worksheet) {
  const known = new Map(UNIT_SHEET_COLUMNS.map((c) => [normalizeHeader(c.header), c]));
  for (let headerRow = 1; headerRow <= Math.min(10, sheet.rowCount); headerRow++) {
    const byIndex = new Map<number, (typeof UNIT_SHEET_COLUMNS)[number]>();
    sheet.getRow(headerRow).eachCell((cell, index) => {
      const c = known.get(normalizeHeader(String(primitive(cell.value) ?? '')));
      if (c && ![...byIndex.values()].includes(c)) byIndex.set(index, c);
    });
    if (![...byIndex.values()].some((c) => c.field === 'name')) continue;
    const missing = UNIT_SHEET_COLUMNS.filter((c) => c.required && ![...byIndex.values()].includes(c));
    if (missing.length) {
      throw new ValidationError(`缺少必填列：${missing.map(headerText).join('、')}。请使用“单位档案导入模板”，不要改动列名`);
    }
    return { headerRow, byIndex };
  }
  throw new ValidationError('未找到列名行：请使用“单位档案导入模板”填写（第 2 行为列名）');
}

function primitive(value: ExcelJS.CellValue): CellPrimitive | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return primitive(value.richText.map((part) => part.text).join(''));
  if ('hyperlink' in value) return primitive(value.text);
  if ('error' in value) return value.error;
  return value.result === undefined ? undefined : primitive(value.result);
}

/**
 * The total unpacked size the zip's central directory declares, read before exceljs inflates anything,
 * so that a small upload cannot unpack to gigabytes. Zip64 counts as too big; undefined: no readable directory.
 */
function unzippedSize(zip: Buffer): number | undefined {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) return undefined;
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) return undefined;
    const size = zip.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return total;
}
