import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PATROL_COLUMNS = ['序号', '机构/单位名称', '巡查地点与内容', '发现的主要问题', '巡查日期', '巡查人', '备注'];
const REPORT_COLUMNS = ['序号', '发现时间', '信息类别', '信息内容', '报告时间', '报告人'];
const SIGNATURE = '填表人：＿＿＿＿＿＿　　　　站长（负责人）签字：＿＿＿＿＿＿　　　　填报日期：＿＿＿＿年＿＿月＿＿日';

async function sheetOf(response: LightMyRequestResponse): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer);
  return workbook.worksheets[0]!;
}

/** Row `n`'s first `count` cell values; a merged cell reads as its first cell's value. */
const rowValues = (sheet: ExcelJS.Worksheet, n: number, count: number) =>
  Array.from({ length: count }, (_, i) => sheet.getRow(n).getCell(i + 1).value ?? null);

describe('registers', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let admin: string;
  let otherAdmin: string;
  let assistant: string;
  let informant: string;
  let stationId: string;
  let infoPointId: string;
  let stationName: string;
  let infoPointName: string;

  async function newUnit(name: string, townshipCode = home.townshipCodes[0]) {
    const response = await ctx.request(admin, 'POST', '/api/units', { name, category: 'public_place', subCategory: 'accommodation', address: '人民路', townshipCode });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  }

  async function patrol(cookie: string, body: Record<string, unknown>) {
    const response = await ctx.request(cookie, 'POST', '/api/patrols', { locationContent: '经营场所', outcome: 'no_problem', ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function report(cookie: string, body: Record<string, unknown>) {
    const response = await ctx.request(cookie, 'POST', '/api/reports', body);
    expect(response.statusCode, response.body).toBe(201);
  }

  async function user(orgId: string, role: 'assistant' | 'informant', displayName: string) {
    const { username } = await ctx.newUser({ orgId, role });
    await ctx.database.db.updateTable('users').set({ display_name: displayName }).where('username', '=', username).execute();
    return ctx.login(username);
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    // Sessions expire by the service clock: set it before anyone signs in.
    ctx.setNow(new Date('2026-04-10T02:00:00Z'));
    ({ home, admin, otherAdmin } = await ctx.twoCounties());
    stationId = home.stationIds[0]!;
    infoPointId = home.infoPointIds[0]!;
    stationName = `测试station${home.townshipCodes[0]}`;
    infoPointName = `测试info_point${home.villageCodes[0]}`;
    assistant = await user(stationId, 'assistant', '张三');
    informant = await user(infoPointId, 'informant', '王五');
    const neighbour = await user(home.stationIds[1]!, 'assistant', '赵六');

    const hotel = await newUnit('悦来宾馆');
    const barber = await newUnit('张记理发店');
    const bath = await newUnit('安康浴室');
    const elsewhere = await newUnit('远方宾馆', home.townshipCodes[1]);

    const first = await patrol(assistant, {
      unitId: hotel, patrolledOn: '2026-03-05', locationContent: '客房、消毒间', problems: '未悬挂卫生许可证',
      outcome: 'rectification', rectificationDeadline: '2026-03-15', coPatrollers: '李四',
    });
    await patrol(assistant, { unitId: barber, patrolledOn: '2026-03-12', locationContent: '操作间', coPatrollers: '李四，王五', remark: '持证上岗' });
    await patrol(assistant, { unitId: bath, patrolledOn: '2026-03-12', locationContent: '浴池、更衣室', problems: '无证经营', outcome: 'referred', remark: '已告知停业' });
    await patrol(assistant, { unitId: hotel, patrolledOn: '2026-03-31', locationContent: '复查许可证悬挂', rectificationId: first.rectificationId });
    // Outside the register: another month on either side, and another station in the same month.
    await patrol(assistant, { unitId: hotel, patrolledOn: '2026-02-28', locationContent: '二月巡查' });
    await patrol(assistant, { unitId: hotel, patrolledOn: '2026-04-01', locationContent: '四月巡查' });
    await patrol(admin, { unitId: elsewhere, patrolledOn: '2026-03-20', locationContent: '邻站巡查' });

    await report(assistant, { category: 'food_safety', content: '集体聚餐后多人腹泻', foundAt: '2026-02-28T20:00:00+08:00', reportedAt: '2026-03-01T00:05:00+08:00' });
    await report(assistant, { category: 'drinking_water', content: '二次供水水箱未清洗', foundAt: '2026-03-10T08:00:00+08:00', reportedAt: '2026-03-12T09:00:00+08:00' });
    await report(informant, {
      category: 'illegal_practice', subCategory: 'illegal_medical_practice', content: '村内有无证人员开展静脉输液',
      foundAt: '2026-03-31T23:30:00+08:00', reportedAt: '2026-03-31T23:50:00+08:00',
    });
    // Outside: reported on 1 April in Beijing time (still 31 March in UTC), and by another station.
    await report(assistant, { category: 'school', content: '学校饮水机无消毒记录', foundAt: '2026-03-31T22:00:00+08:00', reportedAt: '2026-04-01T00:10:00+08:00' });
    await report(neighbour, { category: 'food_safety', content: '邻站报告', foundAt: '2026-03-15T08:00:00+08:00', reportedAt: '2026-03-15T09:00:00+08:00' });
  });
  afterAll(() => ctx.close());

  describe('GET /api/registers/patrols', () => {
    it('is the station’s month as the official form: title, station and month, header, rows in order, totals, signatures', async () => {
      const sut = await ctx.request(assistant, 'GET', `/api/registers/patrols?orgId=${stationId}&month=2026-03`);
      expect(sut.statusCode).toBe(200);
      expect(sut.headers['content-type']).toBe(XLSX);
      const filename = encodeURIComponent(`卫生监督协管巡查登记表-${stationName}-2026年03月.xlsx`);
      expect(sut.headers['content-disposition']).toBe(`attachment; filename="patrol-register-2026-03.xlsx"; filename*=UTF-8''${filename}`);

      const sheet = await sheetOf(sut);
      expect(sheet.getCell('A1').value).toBe('卫生监督协管巡查登记表');
      expect(sheet.getCell('A1').font).toMatchObject({ name: '宋体', bold: true, size: 18 });
      const orgLine = `协管站（机构）名称：${stationName}`;
      expect(rowValues(sheet, 2, 7)).toEqual([orgLine, orgLine, orgLine, orgLine, orgLine, '2026年03月', '2026年03月']);
      expect(rowValues(sheet, 3, 8)).toEqual([...PATROL_COLUMNS, null]);
      expect(rowValues(sheet, 4, 7)).toEqual([1, '悦来宾馆', '客房、消毒间', '未悬挂卫生许可证', '2026-03-05', '张三、李四', '责令整改，整改期限 2026-03-15']);
      expect(rowValues(sheet, 5, 7)).toEqual([2, '安康浴室', '浴池、更衣室', '无证经营', '2026-03-12', '张三', '已告知停业；已移交监督所']);
      expect(rowValues(sheet, 6, 7)).toEqual([3, '张记理发店', '操作间', '未发现问题', '2026-03-12', '张三、李四、王五', '持证上岗']);
      expect(rowValues(sheet, 7, 7)).toEqual([4, '悦来宾馆', '复查许可证悬挂', '未发现问题', '2026-03-31', '张三', '复查，整改已完成']);
      expect(sheet.getCell('A8').value).toBe('本月巡查 4 户次，涉及 3 户');
      expect(sheet.getCell('A9').value).toBeNull();
      expect(sheet.getCell('A10').value).toBe(SIGNATURE);
      expect(sheet.rowCount).toBe(10);
      expect(sheet.model.merges.sort()).toEqual(['A10:G10', 'A1:G1', 'A2:E2', 'A8:G8', 'F2:G2'].sort());
      expect(sheet.getCell('G4').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
      expect(sheet.getCell('C4').alignment).toMatchObject({ wrapText: true });
      expect(sheet.pageSetup).toMatchObject({
        orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3',
      });
    });

    it('answers an empty month with the header, an empty table and zero totals', async () => {
      const sheet = await sheetOf(await ctx.request(assistant, 'GET', `/api/registers/patrols?orgId=${stationId}&month=2026-01`));
      expect(rowValues(sheet, 3, 7)).toEqual(PATROL_COLUMNS);
      expect(sheet.getCell('F2').value).toBe('2026年01月');
      expect(sheet.getCell('A4').value).toBe('本月巡查 0 户次，涉及 0 户');
      expect(sheet.getCell('A6').value).toBe(SIGNATURE);
    });

    it('keeps the deadline each patrol ordered when a re-inspection extends it', async () => {
      const unit = await newUnit('拖延浴室');
      const first = await patrol(assistant, { unitId: unit, patrolledOn: '2025-12-05', problems: '无消毒记录', outcome: 'rectification', rectificationDeadline: '2025-12-15' });
      await patrol(assistant, { unitId: unit, patrolledOn: '2025-12-16', problems: '仍无消毒记录', outcome: 'rectification', rectificationDeadline: '2025-12-31', rectificationId: first.rectificationId });
      const sheet = await sheetOf(await ctx.request(admin, 'GET', `/api/registers/patrols?orgId=${stationId}&month=2025-12`));
      expect(rowValues(sheet, 4, 7)[6]).toBe('责令整改，整改期限 2025-12-15');
      expect(rowValues(sheet, 5, 7)[6]).toBe('复查未整改，责令整改，整改期限 2025-12-31');
    });

    it('is only for a station', async () => {
      const sut = await ctx.request(admin, 'GET', `/api/registers/patrols?orgId=${infoPointId}&month=2026-03`);
      expect(sut.statusCode).toBe(400);
      expect(sut.json().fields).toEqual([{ path: 'orgId', message: '巡查登记表须选择协管站' }]);
    });
  });

  describe('GET /api/registers/reports', () => {
    it('lists the station’s and its information points’ reports of the month by report time, in Beijing time', async () => {
      const sut = await ctx.request(admin, 'GET', `/api/registers/reports?orgId=${stationId}&month=2026-03`);
      expect(sut.statusCode).toBe(200);
      expect(sut.headers['content-type']).toBe(XLSX);
      const filename = encodeURIComponent(`卫生监督协管信息报告登记表-${stationName}-2026年03月.xlsx`);
      expect(sut.headers['content-disposition']).toBe(`attachment; filename="report-register-2026-03.xlsx"; filename*=UTF-8''${filename}`);

      const sheet = await sheetOf(sut);
      expect(sheet.getCell('A1').value).toBe('卫生监督协管信息报告登记表');
      expect(sheet.getCell('A2').value).toBe(`协管站（机构）名称：${stationName}`);
      expect(sheet.getCell('E2').value).toBe('2026年03月');
      expect(rowValues(sheet, 3, 7)).toEqual([...REPORT_COLUMNS, null]);
      expect(rowValues(sheet, 4, 6)).toEqual([1, '2026-02-28 20:00', '食品安全', '集体聚餐后多人腹泻', '2026-03-01 00:05', '张三']);
      expect(rowValues(sheet, 5, 6)).toEqual([2, '2026-03-10 08:00', '饮用水卫生', '二次供水水箱未清洗', '2026-03-12 09:00', '张三']);
      expect(rowValues(sheet, 6, 6)).toEqual([
        3, '2026-03-31 23:30', '非法行医（采供血）（非法行医）', '村内有无证人员开展静脉输液', '2026-03-31 23:50', `王五（${infoPointName}）`,
      ]);
      expect(sheet.getCell('A7').value).toBe('本月报告 3 件，其中及时报告 2 件');
      expect(sheet.getCell('A9').value).toBe(SIGNATURE);
      expect(sheet.rowCount).toBe(9);
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, printTitlesRow: '3:3' });
    });

    it('for an information point holds only its own reports; its informant may print it', async () => {
      const sheet = await sheetOf(await ctx.request(informant, 'GET', `/api/registers/reports?orgId=${infoPointId}&month=2026-03`));
      expect(sheet.getCell('A2').value).toBe(`协管站（机构）名称：${infoPointName}`);
      expect(rowValues(sheet, 4, 6)).toEqual([1, '2026-03-31 23:30', '非法行医（采供血）（非法行医）', '村内有无证人员开展静脉输液', '2026-03-31 23:50', '王五']);
      expect(sheet.getCell('A5').value).toBe('本月报告 1 件，其中及时报告 1 件');
    });

    it('answers an empty month with the header and zero totals', async () => {
      const sheet = await sheetOf(await ctx.request(admin, 'GET', `/api/registers/reports?orgId=${stationId}&month=2026-02`));
      expect(rowValues(sheet, 3, 6)).toEqual(REPORT_COLUMNS);
      expect(sheet.getCell('A4').value).toBe('本月报告 0 件，其中及时报告 0 件');
      expect(sheet.getCell('A6').value).toBe(SIGNATURE);
    });

    it('is only for a station or an information point', async () => {
      const sut = await ctx.request(admin, 'GET', `/api/registers/reports?orgId=${home.instituteId}&month=2026-03`);
      expect(sut.statusCode).toBe(400);
      expect(sut.json().fields).toEqual([{ path: 'orgId', message: '信息报告登记表须选择协管站或信息点' }]);
    });
  });

  describe('both registers', () => {
    it('are not for another county, nor for an org outside the user’s own', async () => {
      for (const kind of ['patrols', 'reports']) {
        for (const [cookie, orgId] of [[otherAdmin, stationId], [informant, stationId], [assistant, home.stationIds[1]!]] as const) {
          const sut = await ctx.request(cookie, 'GET', `/api/registers/${kind}?orgId=${orgId}&month=2026-03`);
          expect(sut.statusCode, kind).toBe(404);
          expect(sut.json(), kind).toEqual({ error: 'NotFound', message: '机构不存在或不在您的管辖范围内' });
        }
      }
    });

    it('validate the month and the org id, naming the field', async () => {
      for (const kind of ['patrols', 'reports']) {
        for (const month of ['2026-13', '2026-3', '2026-00', '202603', '']) {
          const sut = await ctx.request(admin, 'GET', `/api/registers/${kind}?orgId=${stationId}&month=${month}`);
          expect(sut.statusCode, month).toBe(400);
          expect(sut.json().fields, month).toEqual([{ path: 'month', message: '月份格式应为 YYYY-MM' }]);
        }
        const badId = await ctx.request(admin, 'GET', `/api/registers/${kind}?orgId=x&month=2026-03`);
        expect(badId.json().fields).toEqual([{ path: 'orgId', message: '编号格式不正确' }]);
      }
    });

    it('print the name the station bore in that month', async () => {
      const renamed = await ctx.request(admin, 'POST', `/api/orgs/${stationId}/rename`, { name: '城关镇卫生监督协管站', effectiveFrom: '2026-04-01' });
      expect(renamed.statusCode, renamed.body).toBe(200);
      const march = await ctx.request(admin, 'GET', `/api/registers/patrols?orgId=${stationId}&month=2026-03`);
      const april = await ctx.request(admin, 'GET', `/api/registers/patrols?orgId=${stationId}&month=2026-04`);
      expect((await sheetOf(march)).getCell('A2').value).toBe(`协管站（机构）名称：${stationName}`);
      expect((await sheetOf(april)).getCell('A2').value).toBe('协管站（机构）名称：城关镇卫生监督协管站');
      expect(april.headers['content-disposition']).toContain(encodeURIComponent('卫生监督协管巡查登记表-城关镇卫生监督协管站-2026年04月.xlsx'));
      expect(rowValues(await sheetOf(april), 4, 5)).toEqual([1, '悦来宾馆', '四月巡查', '未发现问题', '2026-04-01']);
    });
  });
});
