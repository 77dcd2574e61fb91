import ExcelJS from 'exceljs';

/**
 * The layout every official register shares, as on the paper form: a title, the org and the month,
 * the table with its header repeated on each printed page, a totals line and the signature line.
 */


export const TITLE_ROW = 1;
export const ORG_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

export const SIGNATURE_LINE = '填表人：＿＿＿＿＿＿　　　　站长（负责人）签字：＿＿＿＿＿＿　　　　填报日期：＿＿＿＿年＿＿月＿＿日';

export interface RegisterColumn {
  header: string;
  /** In characters of the default font; Chinese characters count about two. */
  width: number;
  align: 'center' | 'left';
}

export type RegisterCell = string | number;

export interface RegisterDocument {
  title: string;
  sheetName: string;
  orgName: string;
  /** 'YYYY-MM'. */
  month: string;
  columns: readonly RegisterColumn[];
  rows: readonly (readonly RegisterCell[])[];
  totals: string;
}

/** '2026-03' → '2026年03月', as on the form and in the file name. */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${month.slice(5, 7)}月`;
}

// 宋体 with the GB2312 charset: what Chinese Excel and WPS print forms in; other systems substitute a CJK font.
const FONT = { name: '宋体', charset: 134, size: 11 } as const;
const thin: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

export async function buildRegisterWorkbook(doc: RegisterDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'weijian';
  const sheet = workbook.addWorksheet(doc.sheetName, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  const n = doc.columns.length;
  sheet.columns = doc.columns.map((c) => ({ width: c.width }));

  const title = sheet.getRow(TITLE_ROW);
  title.height = 36;
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, n);
  styled(title.getCell(1), doc.title, { font: { ...FONT, size: 18, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } });

  const orgLine = sheet.getRow(ORG_ROW);
  orgLine.height = 24;
  sheet.mergeCells(ORG_ROW, 1, ORG_ROW, n - 2);
  sheet.mergeCells(ORG_ROW, n - 1, ORG_ROW, n);
  styled(orgLine.getCell(1), `协管站（机构）名称：${doc.orgName}`, { alignment: { horizontal: 'left', vertical: 'middle' } });
  styled(orgLine.getCell(n - 1), monthLabel(doc.month), { alignment: { horizontal: 'right', vertical: 'middle' } });

  const header = sheet.getRow(HEADER_ROW);
  header.height = 28;
  doc.columns.forEach((c, i) => {
    styled(header.getCell(i + 1), c.header, {
      font: { ...FONT, bold: true }, border: thin, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    });
  });

  // Data rows keep no fixed height, so Excel and WPS grow them to fit the wrapped text.
  doc.rows.forEach((cells, r) => {
    const row = sheet.getRow(FIRST_DATA_ROW + r);
    doc.columns.forEach((c, i) => {
      styled(row.getCell(i + 1), cells[i] ?? '', { border: thin, alignment: { horizontal: c.align, vertical: 'middle', wrapText: true } });
    });
  });

  const totalsRow = FIRST_DATA_ROW + doc.rows.length;
  sheet.mergeCells(totalsRow, 1, totalsRow, n);
  sheet.getRow(totalsRow).height = 24;
  styled(sheet.getCell(totalsRow, 1), doc.totals, { border: thin, alignment: { horizontal: 'left', vertical: 'middle' } });
  for (let i = 2; i <= n; i++) sheet.getCell(totalsRow, i).border = thin;

  const signatureRow = totalsRow + 2;
  sheet.mergeCells(signatureRow, 1, signatureRow, n);
  sheet.getRow(signatureRow).height = 30;
  styled(sheet.getCell(signatureRow, 1), SIGNATURE_LINE, { alignment: { horizontal: 'left', vertical: 'bottom' } });

  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as the rows need
    horizontalCentered: true,
    // No print area: exceljs writes it with relative rows; the used range is the form anyway.
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function styled(
  cell: ExcelJS.Cell,
  value: RegisterCell,
  style: { font?: Partial<ExcelJS.Font>; border?: Partial<ExcelJS.Borders>; alignment: Partial<ExcelJS.Alignment> },
) {
  cell.value = value;
  cell.font = style.font ?? FONT;
  cell.alignment = style.alignment;
  if (style.border) cell.border = style.border;
}
