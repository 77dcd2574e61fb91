import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCreditCodeCheckChar } from '../../src/core/creditCode.js';
import { localDate } from '../../src/core/dates.js';
import { UNIT_CATEGORIES, categoryByCode, subCategoryOf } from '../../src/core/unitCategories.js';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

const HEADERS = [
  '序号', '单位名称*', '统一社会信用代码', '单位类别*', '单位子类*', '地址*', '乡镇（街道）代码*', '村（社区）代码', '负责人', '联系电话',
  '许可证类型', '许可证号', '发证日期', '有效期至', '从业人员数', '持健康证人数', '风险等级', '纬度', '经度', '经营状态',
];
const COLUMNS = HEADERS.map((h) => h.replace('*', ''));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A valid GB 32100 code for a 17-character body. */
const creditCode = (body: string) => body + computeCreditCodeCheckChar(body);
const CODE_A = creditCode('91990101MA0000001');
const CODE_C = creditCode('92990101MA0000003');
const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A sheet row from cells named by column (without the required mark). */
const row = (cells: Record<string, unknown>) => COLUMNS.map((column) => cells[column] ?? null);

/** An .xlsx like the template: a title row, the header row, then the rows (an empty array is a blank row). */
async function xlsx(rows: unknown[][], headers = HEADERS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('单位档案');
  sheet.addRow(['管理相对人档案']);
  sheet.addRow(headers);
  for (const values of rows) sheet.addRow(values);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function readBook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  return workbook;
}

/** The first `count` cells of a row, empty ones as null. */
const valuesOf = (r: ExcelJS.Row, count: number) => Array.from({ length: count }, (_, i) => r.getCell(i + 1).value ?? null);
const cellsOf = (sheet: ExcelJS.Worksheet, n: number) => valuesOf(sheet.getRow(n), COLUMNS.length);

const RISK = { low: '低', medium: '中', high: '高' } as Record<string, string>;
const STATUS = { operating: '营业', suspended: '停业', closed: '已注销' } as Record<string, string>;

/** What the export should hold for a unit as GET /api/units returns it. */
function expectedCells(unit: any, seq: number) {
  const date = (iso: string | null) => (iso ? utcDate(iso) : null);
  return [
    seq, unit.name, unit.creditCode, categoryByCode(unit.category)!.zh, subCategoryOf(unit.category, unit.subCategory)!.zh, unit.address,
    unit.townshipCode, unit.villageCode, unit.personInCharge, unit.phone, unit.licenceType, unit.licenceNo, date(unit.licenceIssuedOn),
    date(unit.licenceExpiresOn), unit.employees, unit.employeesCertified, unit.riskLevel ? RISK[unit.riskLevel] : null, unit.latitude,
    unit.longitude, STATUS[unit.status],
  ];
}

describe('units Excel import and export', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let other: TestCounty;
  let admin: string;
  let otherAdmin: string;
  let assistant: string;

  const upload = (cookie: string, file: Buffer, filename = 'units.xlsx', field = 'file') => {
    const boundary = `----weijian${Math.random().toString(16).slice(2)}`;
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${XLSX}\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return ctx.app.inject({ method: 'POST', url: '/api/units/import', headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
  };
  const list = async (cookie: string, q: string) => (await ctx.request(cookie, 'GET', `/api/units?q=${encodeURIComponent(q)}`)).json();
  const exportBook = async (cookie: string, query = '') => {
    const response = await ctx.request(cookie, 'GET', `/api/units/export${query}`);
    expect(response.statusCode).toBe(200);
    return { response, book: await readBook(response.rawPayload) };
  };

  /** Three units: a hotel with every column, a school without a credit code (codes, not labels), a clinic. */
  const threeRows = () => [
    row({
      序号: 1, 单位名称: '悦来宾馆（甲）', 统一社会信用代码: CODE_A, 单位类别: '公共场所', 单位子类: '住宿', 地址: '人民路 1 号',
      '乡镇（街道）代码': home.townshipCodes[0], '村（社区）代码': home.villageCodes[0], 负责人: '王经理', 联系电话: '0523-8888888',
      许可证类型: '公共场所卫生许可证', 许可证号: '兴卫公字〔2024〕第001号', 发证日期: utcDate('2024-01-10'), 有效期至: '2028-01-09',
      从业人员数: 12, 持健康证人数: 11, 风险等级: '低', 纬度: 32.93, 经度: 119.83, 经营状态: '营业',
    }),
    row({
      序号: 2, 单位名称: '城东小学（甲）', 单位类别: 'school', 单位子类: 'primary_secondary', 地址: '学府路 8 号',
      '乡镇（街道）代码': Number(home.townshipCodes[1]), 负责人: '李校长', 联系电话: 13800000000, 从业人员数: 40,
    }),
    [],
    row({
      序号: 3, 单位名称: '仁心诊所（甲）', 统一社会信用代码: CODE_C.toLowerCase(), 单位类别: '医疗机构', 单位子类: '诊所/门诊部',
      地址: '健康路 3 号', '乡镇（街道）代码': home.townshipCodes[0], 许可证号: 'PDY-2023-06', 发证日期: '2023/5/6', 有效期至: '2028-05-05', 风险等级: '高',
    }),
  ];

  beforeAll(async () => {
    ctx = await createTestContext();
    ({ home, other, admin, otherAdmin } = await ctx.twoCounties());
    assistant = await ctx.login((await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' })).username);
  });
  afterAll(() => ctx.close());

  describe('GET /api/units/import-template', () => {
    it('is an .xlsx with a title, the fixed header row frozen, drop-downs and a guide with the scope’s township codes', async () => {
      const response = await ctx.request(admin, 'GET', '/api/units/import-template');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(XLSX);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="unit-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent('单位档案导入模板.xlsx')}`,
      );
      const book = await readBook(response.rawPayload);
      expect(book.worksheets.map((s) => s.name)).toEqual(['单位档案', '填写说明']);
      const sheet = book.worksheets[0]!;
      expect(sheet.getCell('A1').value).toBe(`管理相对人档案导入模板（测试区划${home.countyCode}）`);
      expect(cellsOf(sheet, 2)).toEqual(HEADERS);
      expect(sheet.actualRowCount).toBe(2);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(sheet.getColumn(2).width).toBe(30);
      expect(sheet.getCell('D3').dataValidation).toMatchObject({
        type: 'list', formulae: [`"${UNIT_CATEGORIES.map((c) => c.zh).join(',')}"`],
      });
      expect(sheet.getCell('D5002').dataValidation.type).toBe('list');

      // The sub-category list points at the guide's table, which holds every label of the dictionary.
      const formula = String(sheet.getCell('E3').dataValidation.formulae[0]);
      const [, first, last] = /^'填写说明'!\$D\$(\d+):\$D\$(\d+)$/.exec(formula)!;
      const guide = book.getWorksheet('填写说明')!;
      const labels = [];
      for (let n = Number(first); n <= Number(last); n++) labels.push(guide.getCell(`D${n}`).value);
      expect(labels).toEqual(UNIT_CATEGORIES.flatMap((c) => c.subCategories.map((s) => s.zh)));
      expect(valuesOf(guide.getRow(Number(first)), 5)).toEqual(['public_place', '公共场所', 'accommodation', '住宿', '公共场所卫生许可证']);

      const rowOf = new Map<unknown, number>();
      guide.eachRow((r, n) => rowOf.set(r.getCell(1).value, n));
      expect(rowOf.has(home.townshipCodes[1])).toBe(true);
      expect(rowOf.has(other.townshipCodes[0])).toBe(false);
      expect(valuesOf(guide.getRow(rowOf.get(home.townshipCodes[0])!), 3)).toEqual([home.townshipCodes[0], `测试区划${home.townshipCodes[0]}`, `测试station${home.townshipCodes[0]}`]);
    });
  });

  describe('POST /api/units/import', () => {
    it('files every row of a valid file (labels or codes, Excel or text dates, blank rows skipped), each audited', async () => {
      const response = await upload(admin, await xlsx(threeRows()));
      expect(response.json()).toEqual({ created: 3, updated: 0, unchanged: 0 });
      expect(response.statusCode).toBe(200);

      const { items, total } = await list(admin, '（甲）');
      expect(total).toBe(3);
      const byName = Object.fromEntries(items.map((u: any) => [u.name, u]));
      expect(byName['悦来宾馆（甲）']).toMatchObject({
        creditCode: CODE_A, category: 'public_place', subCategory: 'accommodation', address: '人民路 1 号',
        townshipCode: home.townshipCodes[0], villageCode: home.villageCodes[0], orgId: home.stationIds[0], personInCharge: '王经理',
        phone: '0523-8888888', licenceType: '公共场所卫生许可证', licenceNo: '兴卫公字〔2024〕第001号', licenceIssuedOn: '2024-01-10',
        licenceExpiresOn: '2028-01-09', employees: 12, employeesCertified: 11, riskLevel: 'low', latitude: 32.93, longitude: 119.83,
        status: 'operating', fileComplete: true,
      });
      expect(byName['城东小学（甲）']).toMatchObject({
        creditCode: null, category: 'school', subCategory: 'primary_secondary', townshipCode: home.townshipCodes[1], villageCode: null,
        orgId: home.stationIds[1], phone: '13800000000', employees: 40, employeesCertified: null, fileComplete: true,
      });
      expect(byName['仁心诊所（甲）']).toMatchObject({
        creditCode: CODE_C, category: 'medical', subCategory: 'clinic', licenceIssuedOn: '2023-05-06', riskLevel: 'high',
        fileGaps: ['personInCharge', 'phone'],
      });

      const entries = (await ctx.request(admin, 'GET', `/api/audit?entityType=unit&entityId=${byName['悦来宾馆（甲）'].id}`)).json().items;
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'create', summary: '导入建档 悦来宾馆（甲）', after: { name: '悦来宾馆（甲）', creditCode: CODE_A } });
      for (const unit of items) {
        expect((await ctx.request(admin, 'GET', `/api/audit?entityType=unit&action=create&entityId=${unit.id}`)).json().total).toBe(1);
      }
    });

    it('files nothing twice when the same file is imported again', async () => {
      const response = await upload(admin, await xlsx(threeRows()));
      expect(response.json()).toEqual({ created: 0, updated: 0, unchanged: 3 });
      expect((await list(admin, '（甲）')).total).toBe(3);
    });

    it('updates the unit of an edited row, audited with before and after, and leaves the others alone', async () => {
      const rows = threeRows();
      rows[0]![COLUMNS.indexOf('联系电话')] = '0523-6666666';
      rows[0]![COLUMNS.indexOf('从业人员数')] = 15;
      const response = await upload(admin, await xlsx(rows));
      expect(response.json()).toEqual({ created: 0, updated: 1, unchanged: 2 });

      const hotel = (await list(admin, '悦来宾馆（甲）')).items[0];
      expect(hotel).toMatchObject({ phone: '0523-6666666', employees: 15, employeesCertified: 11 });
      const entries = (await ctx.request(admin, 'GET', `/api/audit?entityType=unit&action=update&entityId=${hotel.id}`)).json().items;
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        summary: '导入修改单位档案 悦来宾馆（甲）',
        before: { phone: '0523-8888888', employees: 12 },
        after: { phone: '0523-6666666', employees: 15 },
      });
    });

    it('keeps what is filed when an optional cell is blank', async () => {
      const rows = threeRows();
      rows[0]![COLUMNS.indexOf('联系电话')] = '0523-6666666';
      rows[0]![COLUMNS.indexOf('从业人员数')] = 15;
      rows[0]![COLUMNS.indexOf('负责人')] = null;
      rows[0]![COLUMNS.indexOf('风险等级')] = null;
      expect((await upload(admin, await xlsx(rows))).json()).toEqual({ created: 0, updated: 0, unchanged: 3 });
      expect((await list(admin, '悦来宾馆（甲）')).items[0]).toMatchObject({ personInCharge: '王经理', riskLevel: 'low' });
    });

    it('rejects the whole file for one row with a wrong check character, naming row and field, and writes nothing', async () => {
      const body = '91990101MA0000009';
      const right = computeCreditCodeCheckChar(body);
      const wrong = right === '0' ? '1' : '0';
      const response = await upload(admin, await xlsx([
        row({ 单位名称: '好单位一（乙）', 单位类别: '食品', 单位子类: '餐饮', 地址: '东街 1 号', '乡镇（街道）代码': home.townshipCodes[0] }),
        row({ 单位名称: '错码单位（乙）', 统一社会信用代码: body + wrong, 单位类别: '食品', 单位子类: '餐饮', 地址: '东街 2 号', '乡镇（街道）代码': home.townshipCodes[0] }),
        row({ 单位名称: '好单位二（乙）', 单位类别: '食品', 单位子类: '餐饮', 地址: '东街 3 号', '乡镇（街道）代码': home.townshipCodes[0] }),
      ]));
      const message = `统一社会信用代码校验位错误：第 18 位应为“${right}”，实际为“${wrong}”`;
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'ValidationError',
        message: `导入失败：第 4 行“统一社会信用代码”：${message}（共 1 处错误，未导入任何数据）`,
        rows: [{ row: 4, field: 'creditCode', column: '统一社会信用代码', message }],
      });
      expect((await list(admin, '（乙）')).total).toBe(0);
    });

    it('lists every error of every row, duplicates inside the file included', async () => {
      const base = { 单位类别: '公共场所', 单位子类: '住宿', '乡镇（街道）代码': home.townshipCodes[0] };
      const response = await upload(admin, await xlsx([
        row({ ...base, 统一社会信用代码: creditCode('91990101MA0000010'), 地址: '一号' }),
        row({ ...base, 单位名称: '错类别（丙）', 单位类别: '赌场', 地址: '二号' }),
        row({ ...base, 单位名称: '未来证（丙）', 地址: '三号', 发证日期: '2999-01-01', 有效期至: '2999-12-31' }),
        row({ ...base, 单位名称: '人数（丙）', 地址: '四号', 从业人员数: 5, 持健康证人数: 6 }),
        row({ ...base, 单位名称: '错村（丙）', 地址: '五号', '村（社区）代码': home.villageCodes[1] }),
        row({ ...base, 单位名称: '乱填（丙）', 地址: '六号', 从业人员数: '很多', 风险等级: '极高', 发证日期: '去年' }),
        row({ ...base, 单位名称: '重码（丙）', 统一社会信用代码: creditCode('91990101MA0000010'), 地址: '七号' }),
        row({ ...base, 单位名称: '错村（丙）', 地址: '五号' }),
      ]));
      expect(response.statusCode).toBe(400);
      const at = (r: number, field: string, column: string, message: string) => ({ row: r, field, column, message });
      expect(response.json().rows).toEqual([
        at(3, 'name', '单位名称', '单位名称不能为空'),
        at(4, 'category', '单位类别', '单位类别不正确'),
        at(5, 'licenceIssuedOn', '发证日期', '发证日期不能晚于今天'),
        at(6, 'employeesCertified', '持健康证人数', '持健康证人数不能多于从业人员数'),
        at(7, 'villageCode', '村（社区）代码', '村（社区）不属于所选乡镇（街道）'),
        at(8, 'licenceIssuedOn', '发证日期', '日期格式应为 YYYY-MM-DD'),
        at(8, 'employees', '从业人员数', '从业人员数应为数字'),
        at(8, 'riskLevel', '风险等级', '风险等级不正确'),
        at(9, 'creditCode', '统一社会信用代码', '与第 3 行的统一社会信用代码重复'),
        at(10, 'name', '单位名称', '与第 7 行的单位名称、地址、乡镇（街道）都相同，是同一家单位'),
      ]);
      expect(response.json().message).toBe('导入失败：第 3 行“单位名称”：单位名称不能为空（共 10 处错误，未导入任何数据）');
      expect((await list(admin, '（丙）')).total).toBe(0);
    });

    it('refuses more than 5,000 rows', async () => {
      const rows = Array.from({ length: 5001 }, (_, i) => row({ 单位名称: `单位${i}`, 单位类别: '食品', 单位子类: '餐饮', 地址: `${i} 号`, '乡镇（街道）代码': home.townshipCodes[0] }));
      const response = await upload(admin, await xlsx(rows));
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ error: 'ValidationError', message: '每个文件最多导入 5000 家单位，本文件有 5001 行，请拆分后分批导入' });
    });

    it('answers a file that is not an .xlsx register with 400 and a reason in Chinese, never 500', async () => {
      const cases: [Buffer, string, string][] = [
        [Buffer.from('单位名称,地址\n悦来宾馆,人民路\n'), 'units.csv', '只能导入 .xlsx 格式的 Excel 文件，请下载“单位档案导入模板”填写后上传'],
        [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'units.xls', '不支持旧版 .xls 文件：请在 Excel 中“另存为” .xlsx 格式后再导入'],
        [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]), 'broken.xlsx', '无法读取该 Excel 文件：文件已损坏或不是 .xlsx 格式'],
        [await xlsx([['悦来宾馆', '人民路']], ['名称', '地址']), 'other.xlsx', '未找到列名行：请使用“单位档案导入模板”填写（第 2 行为列名）'],
        [await xlsx([], HEADERS.filter((h) => h !== '地址*')), 'no-address.xlsx', '缺少必填列：地址*。请使用“单位档案导入模板”，不要改动列名'],
        [await xlsx([]), 'empty.xlsx', '文件中没有单位数据：请在列名下方每行填写一家单位'],
        [Buffer.alloc(6 * 1024 * 1024), 'huge.xlsx', '文件不能超过 5 MB，请拆分后分批导入'],
      ];
      for (const [file, name, message] of cases) {
        const response = await upload(admin, file, name);
        expect(response.statusCode, name).toBe(400);
        expect(response.json(), name).toEqual({ error: 'ValidationError', message });
      }
      const wrongField = await upload(admin, await xlsx(threeRows()), 'units.xlsx', 'attachment');
      expect(wrongField.json()).toEqual({ error: 'ValidationError', message: '上传文件的字段名应为 file' });
      const json = await ctx.request(admin, 'POST', '/api/units/import', { file: 'x' });
      expect(json.statusCode).toBe(400);
      expect(json.json()).toEqual({ error: 'ValidationError', message: '请以 multipart/form-data 方式上传 Excel 文件（字段名 file）' });
    });

    it('needs units.manage: an information officer may export but not import', async () => {
      const informant = await ctx.login((await ctx.newUser({ orgId: home.infoPointIds[0]!, role: 'informant' })).username);
      const response = await upload(informant, await xlsx(threeRows()));
      expect(response.statusCode).toBe(403);
      expect((await ctx.request(informant, 'GET', '/api/units/export')).statusCode).toBe(200);
    });
  });

  describe('GET /api/units/export', () => {
    it('holds the units the list shows, in the template’s layout, with title and export date', async () => {
      const { response, book } = await exportBook(admin, `?q=${encodeURIComponent('（甲）')}`);
      expect(response.headers['content-type']).toBe(XLSX);
      const date = localDate(new Date());
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="units-${date}.xlsx"; filename*=UTF-8''${encodeURIComponent(`单位档案_${date}.xlsx`)}`,
      );
      const sheet = book.worksheets[0]!;
      expect(sheet.getCell('A1').value).toBe(`管理相对人档案（测试区划${home.countyCode}）`);
      expect(sheet.getCell('R1').value).toBe(`导出日期：${date}`);
      expect(cellsOf(sheet, 2)).toEqual(HEADERS);
      const { items } = await list(admin, '（甲）');
      expect(sheet.actualRowCount).toBe(2 + items.length);
      items.forEach((unit: any, i: number) => expect(cellsOf(sheet, 3 + i)).toEqual(expectedCells(unit, i + 1)));
      // Codes stay text, dates are real dates shown as such.
      expect([sheet.getCell('C3').numFmt, sheet.getCell('G3').numFmt, sheet.getCell('M3').numFmt]).toEqual(['@', '@', 'yyyy-mm-dd']);
    });

    it('can be imported again as it is: everything unchanged', async () => {
      const { response } = await exportBook(admin, `?q=${encodeURIComponent('（甲）')}`);
      expect((await upload(admin, response.rawPayload)).json()).toEqual({ created: 0, updated: 0, unchanged: 3 });
    });

    it('applies the list’s filters', async () => {
      const { book } = await exportBook(admin, `?q=${encodeURIComponent('（甲）')}&category=school`);
      expect(book.worksheets[0]!.actualRowCount).toBe(3);
      expect(book.worksheets[0]!.getCell('B3').value).toBe('城东小学（甲）');
    });
  });

  describe('GET /api/units/export of more than one page', () => {
    it('lists every unit once, in the list’s order, across the 1,000-row pages', async () => {
      const county = await ctx.newCounty();
      const countyAdmin = await ctx.login((await ctx.newUser({ orgId: county.instituteId, role: 'admin' })).username);
      const names = Array.from({ length: 1001 }, (_, i) => `商店${String(i).padStart(4, '0')}`);
      const rows = names.map((name, i) => row({ 单位名称: name, 单位类别: '食品', 单位子类: '食品生产经营', 地址: '集贸市场', '乡镇（街道）代码': county.townshipCodes[i % 2] }));
      expect((await upload(countyAdmin, await xlsx(rows))).json()).toEqual({ created: 1001, updated: 0, unchanged: 0 });

      const sheet = (await exportBook(countyAdmin)).book.worksheets[0]!;
      expect(sheet.actualRowCount).toBe(2 + 1001);
      const exported: unknown[][] = [];
      sheet.eachRow((r, n) => {
        if (n > 2) exported.push([r.getCell(1).value, r.getCell(2).value, r.getCell(7).value]);
      });
      const inOrder = [0, 1].flatMap((t) => names.filter((_, i) => i % 2 === t).map((name) => [name, county.townshipCodes[t]]));
      expect(exported).toEqual(inOrder.map(([name, township], i) => [i + 1, name, township]));
    });
  });

  describe('closed units', () => {
    it('are not revived by an import, and an exported closed unit re-imports as unchanged', async () => {
      const file = await xlsx([row({
        单位名称: '歇业浴室（丁）', 统一社会信用代码: creditCode('91990101MA0000020'), 单位类别: '公共场所', 单位子类: '沐浴', 地址: '河街 9 号',
        '乡镇（街道）代码': home.townshipCodes[0],
      })]);
      expect((await upload(admin, file)).json()).toEqual({ created: 1, updated: 0, unchanged: 0 });
      const unit = (await list(admin, '（丁）')).items[0];
      await ctx.request(admin, 'POST', `/api/units/${unit.id}/close`, { date: '2025-06-30', reason: '歇业' });

      const again = await upload(admin, file);
      expect(again.statusCode).toBe(400);
      expect(again.json().rows).toEqual([{ row: 3, field: 'creditCode', column: '统一社会信用代码', message: '该单位已注销，不能通过导入恢复' }]);

      const { response, book } = await exportBook(admin, `?q=${encodeURIComponent('（丁）')}`);
      expect(book.worksheets[0]!.getCell('T3').value).toBe('已注销');
      expect((await upload(admin, response.rawPayload)).json()).toEqual({ created: 0, updated: 0, unchanged: 1 });
      expect((await list(admin, '（丁）')).items[0].status).toBe('closed');
    });
  });

  describe('another county', () => {
    it('cannot import into this county’s townships: an error per row, nothing written, nothing told about its units', async () => {
      const response = await upload(otherAdmin, await xlsx(threeRows().map((r) => r.map((v) => (v === '悦来宾馆（甲）' ? '悦来宾馆（戊）' : v)))));
      expect(response.statusCode).toBe(400);
      const township = { field: 'townshipCode', column: '乡镇（街道）代码', message: '乡镇（街道）不存在或不在您的管辖范围内' };
      expect(response.json().rows).toEqual([{ row: 3, ...township }, { row: 4, ...township }, { row: 6, ...township }]);
      expect((await list(admin, '（戊）')).total).toBe(0);
      expect((await list(admin, '（甲）')).total).toBe(3);
    });

    it('exports none of this county’s units', async () => {
      const { book } = await exportBook(otherAdmin);
      const sheet = book.worksheets[0]!;
      expect(sheet.getCell('A1').value).toBe(`管理相对人档案（测试区划${other.countyCode}）`);
      expect(sheet.actualRowCount).toBe(2);
      const codes: unknown[] = [];
      book.getWorksheet('填写说明')!.eachRow((r) => codes.push(r.getCell(1).value));
      expect(codes).not.toContain(home.townshipCodes[0]);
      expect(codes).toContain(other.townshipCodes[0]);
    });
  });

  describe('an assistant', () => {
    it('imports only into the own township', async () => {
      const unit = (name: string, township: string) =>
        row({ 单位名称: name, 单位类别: '食品', 单位子类: '集体食堂', 地址: '厂区', '乡镇（街道）代码': township });
      const refused = await upload(assistant, await xlsx([unit('本镇食堂（己）', home.townshipCodes[0]!), unit('邻镇食堂（己）', home.townshipCodes[1]!)]));
      expect(refused.statusCode).toBe(400);
      expect(refused.json().rows).toEqual([
        { row: 4, field: 'townshipCode', column: '乡镇（街道）代码', message: '乡镇（街道）不存在或不在您的管辖范围内' },
      ]);
      expect((await list(admin, '（己）')).total).toBe(0);

      expect((await upload(assistant, await xlsx([unit('本镇食堂（己）', home.townshipCodes[0]!)]))).json()).toEqual({ created: 1, updated: 0, unchanged: 0 });
      const { book } = await exportBook(assistant);
      const townships = new Set<unknown>();
      book.worksheets[0]!.eachRow((r, n) => {
        if (n > 2) townships.add(r.getCell(7).value);
      });
      expect([...townships]).toEqual([home.townshipCodes[0]]);
    });
  });
});
