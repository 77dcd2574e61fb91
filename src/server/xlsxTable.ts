import type ExcelJS from 'exceljs';

/**
 * A plain table sheet for figures: header row first (styled, frozen, repeated when printed), A4
 * landscape fitted to the page width, the title in the printed page header and page numbers below.
 * Used by the dashboard, data-set and submission exports; the registers have their own paper layout.
 */
export type Cell = string | number | null;
export interface Column { header: string; width: number }

/** A figure rounded to two decimals for a cell; empty stays empty. */
export const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

const FONT = { name: '宋体', charset: 134, size: 11 } as const;
const thin: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };

/** A sheet of rows under a styled header, A4 landscape, the title in the printed page header. */
export function addTable(workbook: ExcelJS.Workbook, name: string, pageTitle: string, columns: readonly Column[], rows: readonly (readonly Cell[])[]) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    headerFooter: { oddHeader: `&C${pageTitle.replace(/&/g, '&&')}`, oddFooter: '&C第 &P 页，共 &N 页' },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const header = sheet.getRow(1);
  header.height = 24;
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = thin;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  rows.forEach((values, r) => {
    const row = sheet.getRow(r + 2);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.font = FONT;
      cell.border = thin;
    });
  });
  return sheet;
}
