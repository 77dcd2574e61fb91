import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBuiltInDataSet } from '../../src/server/modules/submissions/expected.js';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

/**
 * A city (990100) with two counties: home (990101, stations S1 and S2) and other (990102, stations T1
 * and T2). The clock stands at 10 April 2026; most figures are for 2026Q1.
 *   S1: 宾馆 (complete file) patrolled 31 Dec 2025, 10 Jan (no problem) and 31 Mar (advised);
 *       饭店 (no person in charge: incomplete) patrolled 1 Apr; one report found 31 Mar 23:30, on time;
 *       one assistant whose 协管员证 expires 31 Mar; January's registers accepted on time, February's late.
 *   S2: 超市 patrolled 15 Feb with rectification by 25 Feb, still open.
 *   T1: 浴室 patrolled 5 Mar.   T2: nothing.
 */
describe('statistics dashboard', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let other: TestCounty;
  let homeAdmin: string;
  let otherAdmin: string;
  let cityOfficial: string;
  const units: Record<string, string> = {};

  const dashboard = async (cookie: string, query: string) => {
    const response = await ctx.request(cookie, 'GET', `/api/statistics/dashboard?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const indicator = (d: any, key: string): any => d.indicators.find((i: { key: string }) => i.key === key);
  const child = (d: any, code: string): any => d.children.find((c: { code: string }) => c.code === code);

  async function file(cookie: string, name: string, townshipCode: string, fields: Record<string, unknown> = {}) {
    const response = await ctx.request(cookie, 'POST', '/api/units', {
      name, category: 'public_place', subCategory: 'accommodation', address: '人民路 1 号', townshipCode,
      personInCharge: '王经理', phone: '13900000000', licenceNo: '卫证字001', licenceExpiresOn: '2028-12-31', ...fields,
    });
    expect(response.statusCode, response.body).toBe(201);
    units[name] = response.json().id;
    return units[name]!;
  }
  const patrol = (cookie: string, unit: string, on: string, extra: Record<string, unknown> = {}) =>
    ctx.request(cookie, 'POST', '/api/patrols', { unitId: units[unit], patrolledOn: on, locationContent: '现场', outcome: 'no_problem', ...extra })
      .then((r) => {
        expect(r.statusCode, r.body).toBe(201);
        return r.json();
      });

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.setNow(new Date('2026-04-10T04:00:00Z'));
    ({ home, other, admin: homeAdmin, otherAdmin } = await ctx.twoCounties());
    const cityCommission = await ctx.newOrg('health_commission', '990100');
    cityOfficial = await ctx.login((await ctx.newUser({ orgId: cityCommission, role: 'official' })).username);
    const assistant = await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' });
    const { db } = ctx.database;
    await db.updateTable('users').set({ certificate_no: '协管证001', certificate_expires_on: '2026-03-31' }).where('id', '=', assistant.id).execute();
    const assistantCookie = await ctx.login(assistant.username);

    await file(homeAdmin, '宾馆', home.townshipCodes[0]!);
    await file(homeAdmin, '饭店', home.townshipCodes[0]!, { category: 'food', subCategory: 'catering', personInCharge: null });
    await file(homeAdmin, '超市', home.townshipCodes[1]!, { category: 'food', subCategory: 'catering' });
    await file(otherAdmin, '浴室', other.townshipCodes[0]!, { subCategory: 'bathing' });
    await db.updateTable('units').set({ created_at: new Date('2025-06-01T00:00:00Z') }).execute();

    await patrol(homeAdmin, '宾馆', '2025-12-31');
    await patrol(homeAdmin, '宾馆', '2026-01-10');
    await patrol(homeAdmin, '宾馆', '2026-03-31', { outcome: 'advised', problems: '布草间未分类' });
    await patrol(homeAdmin, '饭店', '2026-04-01');
    await patrol(homeAdmin, '超市', '2026-02-15', { outcome: 'rectification', problems: '无健康证', rectificationDeadline: '2026-02-25' });
    await patrol(otherAdmin, '浴室', '2026-03-05');
    const report = await ctx.request(assistantCookie, 'POST', '/api/reports', {
      category: 'food_safety', content: '无证摊贩', foundAt: '2026-03-31T23:30:00+08:00', reportedAt: '2026-04-01T08:00:00+08:00',
    });
    expect(report.statusCode, report.body).toBe(201);

    const registers = await findBuiltInDataSet(db, 'registers');
    const station = await db.selectFrom('orgs').select(['id', 'path', 'county_code']).where('id', '=', home.stationIds[0]!).executeTakeFirstOrThrow();
    const submission = (period: string, start: string, end: string, due: string, status: 'accepted' | 'submitted', onTime: boolean) => ({
      data_set_id: registers.id, org_id: station.id, path: station.path, county_code: station.county_code, period, period_start: start,
      period_end: end, due_date: due, status, on_time: onTime, first_submitted_at: new Date(), submitted_at: new Date(), snapshot: null,
    });
    await db.insertInto('submissions').values([
      submission('2026-01', '2026-01-01', '2026-01-31', '2026-02-19', 'accepted', true),
      submission('2026-02', '2026-02-01', '2026-02-28', '2026-03-19', 'submitted', false),
    ]).execute();
  });
  afterAll(() => ctx.close());

  describe('roll-up', () => {
    it('gives a station its own figures', async () => {
      const d = await dashboard(homeAdmin, `area=${home.townshipCodes[0]}&period=2026Q1`);
      expect(d.area).toEqual({ code: home.townshipCodes[0], name: `测试station${home.townshipCodes[0]}`, level: 'township' });
      expect(d.children).toEqual([]);
      expect(indicator(d, 'patrols')).toMatchObject({
        label: '巡查户次', unit: '户次', current: { kind: 'count', value: 2, unit: '户次' }, previous: { value: 1 }, lastYear: { value: 0 },
      });
      expect(indicator(d, 'filingRate').current).toEqual({ kind: 'rate', numerator: 1, denominator: 2, unit: '%', value: 50 });
      expect(indicator(d, 'patrolCoverage').current).toEqual({ kind: 'rate', numerator: 1, denominator: 2, unit: '%', value: 50 });
      expect(indicator(d, 'problemsFound').current).toEqual({ kind: 'count', value: 1, unit: '户次' });
      expect(indicator(d, 'reportingRate').current).toMatchObject({ numerator: 1, denominator: 1 });
      expect(indicator(d, 'timelyReporting').current).toMatchObject({ numerator: 1, denominator: 1 });
      // January and February were due before 10 April; March's registers are due on 19 April.
      expect(d.registerMonths).toEqual(['2026-01', '2026-02']);
      expect(indicator(d, 'onTimeSubmission').current).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
      expect(indicator(d, 'submissionCompleteness').current).toMatchObject({ numerator: 2, denominator: 2, value: 100 });
      expect(indicator(d, 'stationCoverage').current).toMatchObject({ numerator: 1, denominator: 1 });
      // People are counted as they are now (accounts keep no history); only the certificate is dated.
      expect(indicator(d, 'assistants')).toMatchObject({ current: { kind: 'count', value: 1, unit: '人' }, previous: { value: 1 }, lastYear: { value: 1 } });
      expect(indicator(d, 'certifiedRate').current).toMatchObject({ numerator: 1, denominator: 1 });
      expect(d.categories).toEqual([
        { category: 'public_place', label: '公共场所', current: { kind: 'count', value: 2, unit: '户次' }, previous: { kind: 'count', value: 1, unit: '户次' }, lastYear: { kind: 'count', value: 0, unit: '户次' } },
      ]);
    });

    it('sums a county from its stations and a city from its counties', async () => {
      const county = await dashboard(cityOfficial, `area=${home.countyCode}&period=2026Q1`);
      expect(county.children.map((c: { code: string }) => c.code)).toEqual(home.townshipCodes);
      expect(child(county, home.townshipCodes[0]!).figures.patrols).toEqual({ kind: 'count', value: 2, unit: '户次' });
      expect(child(county, home.townshipCodes[1]!).figures.patrols).toEqual({ kind: 'count', value: 1, unit: '户次' });
      expect(indicator(county, 'patrols').current.value).toBe(3);
      expect(indicator(county, 'problemsFound').current.value).toBe(2);
      expect(indicator(county, 'patrolCoverage').current).toMatchObject({ numerator: 2, denominator: 3 });
      expect(indicator(county, 'filingRate').current).toMatchObject({ numerator: 2, denominator: 3 });
      expect(indicator(county, 'rectificationCompletion').current).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
      expect(indicator(county, 'onTimeSubmission').current).toMatchObject({ numerator: 1, denominator: 4 });
      expect(indicator(county, 'submissionCompleteness').current).toMatchObject({ numerator: 2, denominator: 4 });
      expect(indicator(county, 'stationCoverage').current).toMatchObject({ numerator: 2, denominator: 2 });
      expect(county.categories.map((c: { category: string; current: { value: number } }) => [c.category, c.current.value])).toEqual([['food', 1], ['public_place', 2]]);

      const city = await dashboard(cityOfficial, 'area=990100&period=2026Q1');
      expect(city.breadcrumb.map((n: { code: string }) => n.code)).toEqual(['990100']);
      expect(city.children.map((c: { code: string; figures: { patrols: { value: number } } }) => [c.code, c.figures.patrols.value]))
        .toEqual([[home.countyCode, 3], [other.countyCode, 1]]);
      expect(indicator(city, 'patrols').current.value).toBe(4);
      expect(indicator(city, 'patrolCoverage').current).toMatchObject({ numerator: 3, denominator: 4 });
      expect(indicator(city, 'stationCoverage').current).toMatchObject({ numerator: 3, denominator: 4, value: 75 });
      expect(indicator(city, 'submissionCompleteness').current).toMatchObject({ numerator: 2, denominator: 8 });
      expect(city.siblings).toBeNull();
    });

    it('lists the months of the period beside last year, and what is overdue today', async () => {
      const d = await dashboard(homeAdmin, `area=${home.countyCode}&period=2026Q1`);
      expect(d.trend.map((p: { month: string; patrols: number; reports: number }) => [p.month, p.patrols, p.reports]))
        .toEqual([['2026-01', 1, 0], ['2026-02', 1, 0], ['2026-03', 1, 1]]);
      expect(d.overdue.rectifications).toEqual({
        total: 1,
        items: [{ id: expect.any(String), unitId: units['超市'], unitName: '超市', orgName: `测试station${home.townshipCodes[1]}`, requiredOn: '2026-02-15', deadline: '2026-02-25', daysOverdue: 44 }],
      });
      // On 10 April the latest overdue registers are February's (due 19 March): S1 sent them, S2 did not.
      expect(d.overdue.registers).toEqual({ month: '2026-02', dueDate: '2026-03-19', total: 1, items: [{ orgId: home.stationIds[1], orgName: `测试station${home.townshipCodes[1]}`, status: null }] });
      expect(d.overdue.reports).toMatchObject({ total: 1, items: [{ category: 'food_safety', categoryLabel: '食品安全', content: '无证摊贩', hoursWaiting: 220 }] });
    });
  });

  describe('periods', () => {
    it('puts a patrol on 31 March in Q1 and one on 1 April in Q2', async () => {
      const q1 = await dashboard(homeAdmin, `area=${home.townshipCodes[0]}&period=2026Q1`);
      const q2 = await dashboard(homeAdmin, `area=${home.townshipCodes[0]}&period=2026Q2`);
      const march = await dashboard(homeAdmin, `area=${home.townshipCodes[0]}&period=2026-03`);
      const april = await dashboard(homeAdmin, `area=${home.townshipCodes[0]}&period=2026-04-01..2026-04-01`);
      expect([q1, q2, march, april].map((d) => indicator(d, 'patrols').current.value)).toEqual([2, 1, 1, 1]);
      expect(q2.previousPeriod).toEqual({ type: 'quarter', key: '2026Q1', start: '2026-01-01', end: '2026-03-31', label: '2026年第一季度' });
      expect(indicator(q2, 'patrols').previous.value).toBe(2);
      // The certificate expired on 31 March: valid at Q1's end, not at Q2's.
      expect(indicator(q2, 'certifiedRate').current).toMatchObject({ numerator: 0, denominator: 1 });
      expect(indicator(q2, 'certifiedRate').previous).toMatchObject({ numerator: 1, denominator: 1 });
      // The report found at 23:30 on 31 March (Beijing time) belongs to March, reported in April or not.
      expect(indicator(march, 'reports').current.value).toBe(1);
      expect(indicator(q2, 'reports').current.value).toBe(0);
    });

    it('compares a year with the year before, which is both its previous period and last year', async () => {
      const year = await dashboard(homeAdmin, `area=${home.townshipCodes[0]}&period=2026`);
      expect([year.previousPeriod.key, year.lastYearPeriod.key]).toEqual(['2025', '2025']);
      expect(indicator(year, 'patrols')).toMatchObject({ current: { value: 3 }, previous: { value: 1 }, lastYear: { value: 1 } });
      expect(year.trend).toHaveLength(12);
      // Today is 10 April 2026: April has begun (its one patrol so far), December has not (empty, not zero).
      expect(year.trend[3]).toMatchObject({ month: '2026-04', patrols: 1, reports: 0 });
      expect(year.trend[11]).toEqual({ month: '2026-12', lastYearMonth: '2025-12', patrols: null, reports: null, lastYearPatrols: 1, lastYearReports: 0 });
    });

    it('defaults to the current quarter and the actor’s own area', async () => {
      const d = await dashboard(homeAdmin, '');
      expect(d.period.key).toBe('2026Q2');
      expect(d.area).toMatchObject({ code: home.countyCode, level: 'county' });
      expect(d.lastYearPeriod.key).toBe('2025Q2');
    });

    it('refuses a malformed period or area with a message naming the field', async () => {
      const cases: [string, string, string][] = [
        ['period=2026Q5', 'period', '时段格式应为 2026-03、2026Q1、2026H1、2026 或 2026-03-05..2026-04-10，收到“2026Q5”'],
        ['period=2026-04-10..2026-03-01', 'period', '结束日期 2026-03-01 早于开始日期 2026-04-10'],
        ['area=12345', 'area', '区划代码应为 6 位或 12 位数字'],
        [`area=${home.villageCodes[0]}`, 'area', '统计区域只到乡镇（协管站）一级'],
      ];
      for (const [query, path, message] of cases) {
        const response = await ctx.request(homeAdmin, 'GET', `/api/statistics/dashboard?${query}`);
        expect(response.statusCode, query).toBe(400);
        expect(response.json().fields[0], query).toEqual({ path, message });
      }
    });
  });

  describe('live figures', () => {
    it('shows a patrol recorded through the API on the next load', async () => {
      const before = await dashboard(homeAdmin, `area=${home.countyCode}&period=2026Q2`);
      await patrol(homeAdmin, '超市', '2026-04-09');
      const after = await dashboard(homeAdmin, `area=${home.countyCode}&period=2026Q2`);
      expect(indicator(after, 'patrols').current.value).toBe(indicator(before, 'patrols').current.value + 1);
      expect(child(after, home.townshipCodes[1]!).figures.patrols.value).toBe(child(before, home.townshipCodes[1]!).figures.patrols.value + 1);
    });
  });

  describe('整改完成率', () => {
    it('counts orders to rectify, not problems referred straight to the institute', async () => {
      const query = `area=${home.countyCode}&period=2026Q2`;
      const before = await dashboard(homeAdmin, query);
      await patrol(homeAdmin, '饭店', '2026-04-08', { outcome: 'referred', problems: '无证经营' });
      await patrol(homeAdmin, '宾馆', '2026-04-08', { outcome: 'rectification', problems: '无消毒记录', rectificationDeadline: '2026-04-20' });
      const after = await dashboard(homeAdmin, query);
      expect(indicator(after, 'problemsFound').current.value).toBe(indicator(before, 'problemsFound').current.value + 2);
      expect(indicator(after, 'rectificationCompletion').current).toMatchObject({
        numerator: indicator(before, 'rectificationCompletion').current.numerator,
        denominator: indicator(before, 'rectificationCompletion').current.denominator + 1,
      });
    });
  });

  describe('scope', () => {
    it('answers 404 to a county user asking for another county, and never ranks them against it', async () => {
      const response = await ctx.request(homeAdmin, 'GET', `/api/statistics/dashboard?area=${other.countyCode}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().message).toBe('统计区域不存在或不在您的管辖范围内');
      expect((await ctx.request(homeAdmin, 'GET', '/api/statistics/dashboard?area=990100')).statusCode).toBe(404);
      expect((await ctx.request(homeAdmin, 'GET', `/api/statistics/dashboard.xlsx?area=${other.countyCode}`)).statusCode).toBe(404);
      const own = await dashboard(homeAdmin, 'period=2026Q1');
      expect(own.siblings).toBeNull();
      expect(own.breadcrumb.map((n: { code: string }) => n.code)).toEqual([home.countyCode]);
      expect(JSON.stringify(own)).not.toContain(other.countyCode);
    });

    it('ranks both counties for a city user, this period and the previous one', async () => {
      const d = await dashboard(cityOfficial, `area=${other.countyCode}&period=2026Q1`);
      expect(d.breadcrumb.map((n: { code: string }) => n.code)).toEqual(['990100', other.countyCode]);
      expect(d.siblings.parent).toMatchObject({ code: '990100', level: 'city' });
      const patrols = d.siblings.rankings.find((r: { key: string }) => r.key === 'patrols');
      expect(patrols).toMatchObject({ label: '巡查户次', rank: 2, previousRank: 2, total: 2 });
      expect(patrols.items.map((i: { code: string; rank: number; figure: { value: number } }) => [i.code, i.rank, i.figure.value]))
        .toEqual([[home.countyCode, 1, 3], [other.countyCode, 2, 1]]);
      const coverage = d.siblings.rankings.find((r: { key: string }) => r.key === 'patrolCoverage');
      // home 2 of 3 (66.7%), other 1 of 1 (100%).
      expect(coverage.items.map((i: { code: string; rank: number }) => [i.code, i.rank])).toEqual([[other.countyCode, 1], [home.countyCode, 2]]);
      expect(d.siblings.rankings.map((r: { key: string }) => r.key)).not.toContain('problemsFound');
    });

    it('ranks a station among its county’s stations for the county user', async () => {
      const d = await dashboard(homeAdmin, `area=${home.townshipCodes[1]}&period=2026Q1`);
      expect(d.siblings.rankings.find((r: { key: string }) => r.key === 'patrols')).toMatchObject({ rank: 2, total: 2 });
    });
  });

  describe('GET /api/statistics/dashboard.xlsx', () => {
    it('exports every block with numerators and denominators', async () => {
      const response = await ctx.request(cityOfficial, 'GET', '/api/statistics/dashboard.xlsx?area=990100&period=2026Q1');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(response.headers['content-disposition']).toContain('statistics-990100-2026Q1.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['指标', '下级', '排名', '分类', '趋势', '逾期']);

      const indicators = workbook.getWorksheet('指标')!;
      expect(indicators.getRow(1).getCell(1).value).toBe('指标');
      expect(indicators.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(indicators.pageSetup.paperSize).toBe(9);
      const rowOf = (label: string) => indicators.getRows(2, indicators.rowCount - 1)!.find((r) => r.getCell(1).value === label)!;
      expect(rowOf('巡查户次').values).toEqual([undefined, '巡查户次', 4, undefined, '户次', 4, 1, 0, 3, 4]);
      // Q4 2025: 1 of the 4 units patrolled; Q1 2025: no unit filed yet, nothing to measure.
      expect(rowOf('巡查覆盖率').values).toEqual([undefined, '巡查覆盖率', 3, 4, '%', 75, 25, undefined, 50]);
      expect((rowOf('协管站覆盖率').values as unknown[]).slice(1, 6)).toEqual(['协管站覆盖率', 3, 4, '%', 75]);

      const children = workbook.getWorksheet('下级')!;
      const header = children.getRow(1).values as unknown[];
      const patrolsColumn = header.indexOf('巡查户次（户次）');
      const coverageColumn = header.indexOf('巡查覆盖率分子');
      expect(children.getRow(2).getCell(1).value).toBe(home.countyCode);
      expect(children.getRow(2).getCell(patrolsColumn).value).toBe(3);
      expect([2, 3, 4].map((i) => children.getRow(2).getCell(coverageColumn + i - 2).value)).toEqual([2, 3, 66.67]);
      expect(children.getRow(3).getCell(patrolsColumn).value).toBe(1);

      expect(workbook.getWorksheet('排名')!.getRow(2).getCell(1).value).toBe('上级不在本人管辖范围内，不排名');
      expect(workbook.getWorksheet('分类')!.getSheetValues().slice(2)).toEqual([[undefined, '食品', 1, 0, 0], [undefined, '公共场所', 3, 1, 0]]);
      expect(workbook.getWorksheet('趋势')!.getRow(4).values).toEqual([undefined, '2026-03', 2, 1, '2025-03', 0, 0]);
      expect(workbook.getWorksheet('逾期')!.getRow(2).getCell(1).value).toBe('逾期未整改（共 1 户，列出最早 1 户）');
    });
  });
});
