import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

describe('submissions', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let other: TestCounty;
  let admin: string;
  let otherAdmin: string;
  let head: string;
  let head2: string;
  let informant2: string;
  let inspector: string;
  let otherInspector: string;
  let city: string;
  let registers: string;
  let quarterly: string;

  const at = (instant: string) => ctx.setNow(new Date(instant));
  const url = (dataSetId: string, orgId: string, period: string, action = '') => `/api/submissions/${dataSetId}/${orgId}/${period}${action ? `/${action}` : ''}`;
  const login = async (orgId: string, role: 'station_head' | 'inspector' | 'informant' | 'assistant') => ctx.login((await ctx.newUser({ orgId, role })).username);

  beforeAll(async () => {
    // Sessions long enough for a test that moves the clock across weeks.
    ctx = await createTestContext({ sessionTtlHours: 24 * 400 });
    at('2026-03-01T08:00:00+08:00');
    ({ home, other, admin, otherAdmin } = await ctx.twoCounties());
    head = await login(home.stationIds[0]!, 'station_head');
    head2 = await login(home.stationIds[1]!, 'station_head');
    informant2 = await login(home.infoPointIds[1]!, 'informant');
    inspector = await login(home.instituteId, 'inspector');
    otherInspector = await login(other.instituteId, 'inspector');
    city = await login(await ctx.newOrg('institute', '990100', null, '测试市卫生监督所'), 'inspector');
    const dataSets = (await ctx.request(admin, 'GET', '/api/data-sets')).json().items as { id: string; code: string }[];
    registers = dataSets.find((d) => d.code === 'registers')!.id;
    quarterly = dataSets.find((d) => d.code === 'quarterly-summary')!.id;
  });
  afterAll(() => ctx.close());

  describe('the cycle of a station’s monthly registers', () => {
    it('submits on time at 23:59 of the 19th, returns, resubmits late keeping on time, accepts, and only the city reopens', async () => {
      const station = home.stationIds[0]!;
      at('2026-04-05T10:00:00+08:00');
      const early = await ctx.request(head, 'POST', url(registers, station, '2026-04', 'submit'), {});
      expect([early.statusCode, early.json().message]).toEqual([409, '2026年4月尚未结束，2026-04-30之后才能报送']);
      const premature = await ctx.request(inspector, 'POST', url(registers, station, '2026-03', 'accept'), {});
      expect([premature.statusCode, premature.json().message]).toEqual([409, '当前状态为“未报送”，不能审核通过']);
      expect((await ctx.request(inspector, 'POST', url(registers, station, '2026-03', 'submit'), {})).statusCode).toBe(403);
      // Another station of the county is outside a station's scope: not found, like any record there.
      expect((await ctx.request(head2, 'POST', url(registers, station, '2026-03', 'submit'), {})).statusCode).toBe(404);

      at('2026-04-19T23:59:00+08:00');
      const submitted = (await ctx.request(head, 'POST', url(registers, station, '2026-03', 'submit'), {})).json();
      expect(submitted).toMatchObject({
        status: 'submitted', onTime: true, dueDate: '2026-04-19', firstSubmittedAt: '2026-04-19T15:59:00.000Z',
        snapshot: { patrols: 0, unitsPatrolled: 0, patrolsWithProblems: 0, reports: 0, reportsOnTime: 0 }, actions: [],
        downloads: { patrols: `/api/registers/patrols?orgId=${station}&month=2026-03`, reports: `/api/registers/reports?orgId=${station}&month=2026-03` },
      });
      const again = await ctx.request(head, 'POST', url(registers, station, '2026-03', 'submit'), {});
      expect([again.statusCode, again.json().message]).toEqual([409, '当前状态为“已报送”，不能报送']);
      expect((await ctx.request(head, 'PUT', url(registers, station, '2026-03'), { narrative: '补充' })).statusCode).toBe(409);
      expect((await ctx.request(head, 'POST', url(registers, station, '2026-03', 'accept'), {})).statusCode).toBe(403);
      const early2 = await ctx.request(city, 'POST', url(registers, station, '2026-03', 'reopen'), { comment: '复核' });
      expect([early2.statusCode, early2.json().message]).toEqual([409, '当前状态为“已报送”，不能重开']);
      const noComment = await ctx.request(inspector, 'POST', url(registers, station, '2026-03', 'return'), {});
      expect(noComment.statusCode).toBe(400);
      expect(noComment.json().fields[0].path).toBe('comment');

      at('2026-04-20T09:00:00+08:00');
      const returned = (await ctx.request(inspector, 'POST', url(registers, station, '2026-03', 'return'), { comment: '巡查登记表缺巡查人签字' })).json();
      expect(returned).toMatchObject({ status: 'returned', reviewComment: '巡查登记表缺巡查人签字', reviewedAt: '2026-04-20T01:00:00.000Z' });
      const told = await ctx.database.db.selectFrom('notifications').select(['kind', 'body', 'link']).where('kind', '=', 'submission_returned').execute();
      expect(told).toEqual([{ kind: 'submission_returned', body: '巡查登记表缺巡查人签字', link: `/submissions/${registers}/${station}/2026-03` }]);
      const wrong = await ctx.request(inspector, 'POST', url(registers, station, '2026-03', 'accept'), {});
      expect([wrong.statusCode, wrong.json().message]).toEqual([409, '当前状态为“已退回”，不能审核通过']);

      at('2026-04-22T09:00:00+08:00');
      const resubmitted = (await ctx.request(head, 'POST', url(registers, station, '2026-03', 'submit'), {})).json();
      expect(resubmitted).toMatchObject({ status: 'submitted', onTime: true, firstSubmittedAt: '2026-04-19T15:59:00.000Z', submittedAt: '2026-04-22T01:00:00.000Z' });
      const accepted = (await ctx.request(inspector, 'POST', url(registers, station, '2026-03', 'accept'), {})).json();
      expect(accepted).toMatchObject({ status: 'accepted', actions: [] });
      expect((await ctx.request(city, 'GET', url(registers, station, '2026-03'))).json().actions).toEqual(['reopen']);

      const byCounty = await ctx.request(inspector, 'POST', url(registers, station, '2026-03', 'reopen'), { comment: '需补录' });
      expect([byCounty.statusCode, byCounty.json().message]).toEqual([403, '该报送已审核通过，只有审核单位的上级单位可以重开']);
      const reopened = await ctx.request(city, 'POST', url(registers, station, '2026-03', 'reopen'), { comment: '市所抽查发现漏登，请补录' });
      expect(reopened.json()).toMatchObject({ status: 'reopened', reviewComment: '市所抽查发现漏登，请补录' });
      expect(await ctx.database.db.selectFrom('notifications').select('kind').where('kind', '=', 'submission_reopened').execute()).toHaveLength(1);
      const final = (await ctx.request(head, 'POST', url(registers, station, '2026-03', 'submit'), {})).json();
      expect(final).toMatchObject({ status: 'submitted', onTime: true });
      expect(final.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'reopen', 'accept', 'submit', 'return', 'submit']);
    });

    it('is late one minute into the 20th', async () => {
      at('2026-04-20T00:01:00+08:00');
      const late = (await ctx.request(head2, 'POST', url(registers, home.stationIds[1]!, '2026-03', 'submit'), {})).json();
      expect(late).toMatchObject({ status: 'submitted', onTime: false });
    });
  });

  describe('the month lock', () => {
    it('refuses patrols, re-inspections and reports in an accepted month, and accepts them again after a reopening', async () => {
      const station = home.stationIds[1]!;
      at('2026-03-05T10:00:00+08:00');
      const assistant = await login(station, 'assistant');
      const unitId = (await ctx.request(admin, 'POST', '/api/units', { name: '锁定宾馆', category: 'public_place', subCategory: 'accommodation', address: '人民路', townshipCode: home.townshipCodes[1] })).json().id;
      const patrol = (patrolledOn: string, extra: Record<string, unknown> = {}) => ctx.request(assistant, 'POST', '/api/patrols', {
        unitId, patrolledOn, locationContent: '客房', checklist: [{ code: 'public_place.licence_displayed', result: 'ok' }], outcome: 'no_problem', ...extra,
      });
      const first = (await patrol('2026-03-05', { problems: '许可证未悬挂', outcome: 'rectification', rectificationDeadline: '2026-03-20' })).json();
      const report = (reportedAt: string) => ctx.request(informant2, 'POST', '/api/reports', { category: 'drinking_water', content: '自来水浑浊', foundAt: '2026-03-31T20:00:00+08:00', reportedAt });

      at('2026-04-25T10:00:00+08:00');
      expect((await ctx.request(inspector, 'POST', url(registers, station, '2026-03', 'accept'), {})).json().status).toBe('accepted');
      const locked = await patrol('2026-03-15');
      expect([locked.statusCode, locked.json().message]).toEqual([409, `测试station${home.townshipCodes[1]}2026年3月协管月报已审核锁定，不能再登记该月的记录；如需补录，请联系上级重开`]);
      expect((await patrol('2026-03-25', { rectificationId: first.rectificationId })).statusCode).toBe(409);
      expect((await report('2026-03-31T23:00:00+08:00')).statusCode).toBe(409);
      expect((await report('2026-04-01T08:00:00+08:00')).statusCode).toBe(201);
      expect((await patrol('2026-04-02')).statusCode).toBe(201);

      await ctx.request(city, 'POST', url(registers, station, '2026-03', 'reopen'), { comment: '允许补录' });
      // A remark in the problems text of a patrol that found nothing to act on is not a problem found.
      expect((await patrol('2026-03-15', { problems: '地面略有积水，已当场提醒' })).statusCode).toBe(201);
      expect((await report('2026-03-31T23:00:00+08:00')).statusCode).toBe(201);
      const resubmitted = (await ctx.request(head2, 'POST', url(registers, station, '2026-03', 'submit'), {})).json();
      expect(resubmitted).toMatchObject({ onTime: false, snapshot: { patrols: 2, unitsPatrolled: 1, patrolsWithProblems: 1, reports: 1, reportsOnTime: 1 } });
    });
  });

  describe('custom data sets and the quarterly summary', () => {
    it('validates values naming the field, keeps zeros, compares with last month and judges targets', async () => {
      at('2026-04-02T10:00:00+08:00');
      const dataSet = (await ctx.request(admin, 'POST', '/api/data-sets', {
        code: 'diseases', name: '传染病月报', periodType: 'month', reportingOrgKind: 'station', deadlineDays: 10, startsOn: '2026-01-01',
        fields: [{ code: 'cases', name: '病例数', unit: '例' }, { code: 'rate', name: '及时率', unit: '%', decimals: 1, target: { kind: 'floor', min: 95, max: null } }],
      })).json().id;
      const station = home.stationIds[0]!;
      const cases: [unknown, string, string][] = [
        [{ cases: 1.5 }, 'values.cases', '病例数应为整数'],
        [{ cases: -1 }, 'values.cases', '病例数不能为负数'],
        [{ rate: 96.55 }, 'values.rate', '及时率最多 1 位小数'],
        [{ deaths: 1 }, 'values.deaths', '数据集中没有该字段'],
      ];
      for (const [values, path, message] of cases) {
        const response = await ctx.request(head, 'PUT', url(dataSet, station, '2026-02'), { values });
        expect(response.statusCode, path).toBe(400);
        expect(response.json().fields[0], path).toEqual({ path, message });
      }
      expect((await ctx.request(head, 'PUT', url(dataSet, station, '2026-02'), { values: { cases: 0 } })).json()).toMatchObject({ status: 'draft' });
      const incomplete = await ctx.request(head, 'POST', url(dataSet, station, '2026-02', 'submit'), {});
      expect(incomplete.json().fields[0]).toEqual({ path: 'values.rate', message: '请填写及时率（没有的填 0）' });
      const february = (await ctx.request(head, 'POST', url(dataSet, station, '2026-02', 'submit'), { values: { cases: 0, rate: 96.5 } })).json();
      expect(february).toMatchObject({ status: 'submitted', onTime: false, snapshot: { values: { cases: 0, rate: 96.5 } } });

      const march = (await ctx.request(head, 'POST', url(dataSet, station, '2026-03', 'submit'), { values: { cases: 4, rate: 90 } })).json();
      expect(march).toMatchObject({ status: 'submitted', onTime: true });
      expect(march.fields.map((f: { code: string; value: number; previousValue: number | null; targetResult: string }) => [f.code, f.value, f.previousValue, f.targetResult]))
        .toEqual([['cases', 4, 0, 'none'], ['rate', 90, 96.5, 'below']]);
      expect(march.fields[0].change).toBeNull();
      expect(march.fields[1].change).toBeCloseTo(-6.7358, 3);
    });

    it('needs a narrative for the quarterly summary and snapshots the quarter’s coverage', async () => {
      at('2026-04-10T10:00:00+08:00');
      const station = home.stationIds[0]!;
      expect((await ctx.request(head, 'POST', url(quarterly, station, '2026-03', 'submit'), {})).json().fields[0]).toEqual({ path: 'period', message: '该数据集按季度报送，时段应为 2026Q1 格式' });
      const missing = await ctx.request(head, 'POST', url(quarterly, station, '2026Q1', 'submit'), {});
      expect(missing.json().fields[0]).toEqual({ path: 'narrative', message: '请填写季度工作小结' });
      const done = (await ctx.request(head, 'POST', url(quarterly, station, '2026Q1', 'submit'), { narrative: '本季度完成巡查，未发现重大问题。' })).json();
      expect(done).toMatchObject({ status: 'submitted', onTime: true, narrative: '本季度完成巡查，未发现重大问题。', dueDate: '2026-04-19' });
      expect(done.snapshot).toMatchObject({ activeUnits: 0, coverage: { numerator: 0, denominator: 0, value: null } });
    });
  });

  describe('GET /api/submissions/mine', () => {
    it('lists the station’s data sets with the last 12 months or 4 quarters, due dates and days left', async () => {
      at('2026-04-25T10:00:00+08:00');
      const mine = (await ctx.request(head, 'GET', '/api/submissions/mine')).json();
      const byCode = Object.fromEntries(mine.items.map((i: { dataSet: { code: string }; periods: unknown[] }) => [i.dataSet.code, i.periods]));
      expect(byCode.registers).toHaveLength(12);
      expect(byCode.registers[0]).toMatchObject({ period: { key: '2026-03', label: '2026年3月' }, dueDate: '2026-04-19', daysLeft: -6, status: 'submitted', onTime: true });
      expect(byCode.registers[11].period.key).toBe('2025-04');
      expect(byCode['quarterly-summary'].map((p: { period: { key: string } }) => p.period.key)).toEqual(['2026Q1', '2025Q4', '2025Q3', '2025Q2']);
      expect(byCode.diseases.map((p: { period: { key: string }; status: string | null }) => [p.period.key, p.status])).toEqual([['2026-03', 'submitted'], ['2026-02', 'submitted'], ['2026-01', null]]);
      expect((await ctx.request(inspector, 'GET', '/api/submissions/mine')).json().items).toEqual([]);
    });
  });

  describe('counts rolled up the tree', () => {
    it('gives exact expected, submitted, on-time, late, returned and missing per city, county and township', async () => {
      // A city of its own (9902) with two counties: A with two stations, B with three.
      at('2026-04-01T08:00:00+08:00');
      const towns = ['990201001000', '990201002000', '990202001000', '990202002000', '990202003000'];
      await ctx.divisions(towns);
      const cityInstitute = await ctx.newOrg('institute', '990200');
      const countyA = await ctx.newOrg('institute', '990201', cityInstitute);
      const countyB = await ctx.newOrg('institute', '990202', cityInstitute);
      const stations = await Promise.all(towns.map((t) => ctx.newOrg('station', t, t.startsWith('990201') ? countyA : countyB)));
      const heads = await Promise.all(stations.map((s) => login(s, 'station_head')));
      const [cityUser, reviewerA, reviewerB] = [await login(cityInstitute, 'inspector'), await login(countyA, 'inspector'), await login(countyB, 'inspector')];
      const submit = (i: number) => ctx.request(heads[i]!, 'POST', url(registers, stations[i]!, '2026-03', 'submit'), {});

      at('2026-04-10T10:00:00+08:00');
      await submit(0);
      await submit(2);
      await submit(4);
      await ctx.request(heads[3]!, 'PUT', url(registers, stations[3]!, '2026-03'), { narrative: '草稿' });
      await ctx.request(reviewerA, 'POST', url(registers, stations[0]!, '2026-03', 'accept'), {});
      await ctx.request(reviewerB, 'POST', url(registers, stations[4]!, '2026-03', 'return'), { comment: '缺签字' });
      at('2026-04-21T10:00:00+08:00');
      await submit(1);

      const counts = (expected: number, submitted: number, accepted: number, onTime: number, late: number, returned: number, missing: number) =>
        ({ expected, submitted, accepted, onTime, late, returned, missing });
      const summary = (await ctx.request(cityUser, 'GET', `/api/submissions/summary?dataSetId=${registers}&period=2026-03`)).json();
      expect(summary.node).toMatchObject({
        code: '990200', counts: counts(5, 3, 1, 2, 1, 1, 1),
        completeness: { numerator: 3, denominator: 5, unit: '%', value: 60 }, onTimeRate: { numerator: 2, denominator: 5, unit: '%', value: 40 },
      });
      expect(summary.children.map((c: { code: string; counts: unknown }) => [c.code, c.counts])).toEqual([
        ['990201', counts(2, 2, 1, 1, 1, 0, 0)], ['990202', counts(3, 1, 0, 1, 0, 1, 1)],
      ]);
      const county = (await ctx.request(cityUser, 'GET', `/api/submissions/summary?dataSetId=${registers}&period=2026-03&area=990201`)).json();
      expect(county.children.map((c: { code: string; counts: unknown }) => [c.code, c.counts])).toEqual([
        ['990201001000', counts(1, 1, 1, 1, 0, 0, 0)], ['990201002000', counts(1, 1, 0, 0, 1, 0, 0)],
      ]);

      const grid = (await ctx.request(reviewerB, 'GET', `/api/submissions?dataSetId=${registers}&period=2026-03`)).json();
      expect(grid.counts).toEqual(counts(3, 1, 0, 1, 0, 1, 1));
      expect(grid.onTimeRate).toEqual({ numerator: 1, denominator: 3, unit: '%', value: 100 / 3 });
      expect(grid.items.map((i: { status: string | null; onTime: boolean | null; actions: string[] }) => [i.status, i.onTime, i.actions])).toEqual([
        ['submitted', true, ['accept', 'return']], ['draft', null, []], ['returned', true, []],
      ]);
      const missing = (await ctx.request(reviewerB, 'GET', `/api/submissions?dataSetId=${registers}&period=2026-03&state=missing`)).json();
      expect([missing.total, missing.items[0].orgId]).toEqual([1, stations[3]]);
      expect((await ctx.request(reviewerA, 'GET', `/api/submissions/summary?dataSetId=${registers}&period=2026-03&area=990202`)).statusCode).toBe(404);

      // The same figures as a workbook: one row per county, then the city's total; every station in 明细.
      const file = await ctx.request(cityUser, 'GET', `/api/submissions/summary.xlsx?dataSetId=${registers}&period=2026-03`);
      expect(file.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
      const rows = workbook.getWorksheet('汇总')!.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(2));
      expect(rows).toEqual([
        [2, 2, 1, 1, 1, 0, 0, 2, 2, 100, 1, 2, 50],
        [3, 1, 0, 1, 0, 1, 1, 1, 3, 33.33, 1, 3, 33.33],
        [5, 3, 1, 2, 1, 1, 1, 3, 5, 60, 2, 5, 40],
      ]);
      expect(workbook.getWorksheet('汇总')!.getCell('A4').value).toMatch(/^合计：/);
      expect(workbook.getWorksheet('明细')!.getColumn(2).values.slice(2)).toEqual(['已审核', '已报送', '已报送', '草稿', '已退回']);
      expect((await ctx.request(reviewerA, 'GET', `/api/submissions/summary.xlsx?dataSetId=${registers}&period=2026-03&area=990202`)).statusCode).toBe(404);
    });
  });

  describe('scope', () => {
    it('gives another county 404 for reading, submitting and reviewing', async () => {
      const station = home.stationIds[0]!;
      expect((await ctx.request(otherAdmin, 'GET', url(registers, station, '2026-03'))).statusCode).toBe(404);
      expect((await ctx.request(otherAdmin, 'PUT', url(registers, station, '2026-03'), { narrative: 'x' })).statusCode).toBe(404);
      expect((await ctx.request(otherAdmin, 'POST', url(registers, station, '2026-03', 'submit'), {})).statusCode).toBe(404);
      expect((await ctx.request(otherInspector, 'POST', url(registers, station, '2026-03', 'accept'), {})).statusCode).toBe(404);
      expect((await ctx.request(otherInspector, 'POST', url(registers, station, '2026-03', 'return'), { comment: 'x' })).statusCode).toBe(404);
      expect((await ctx.request(otherInspector, 'GET', `/api/submissions?dataSetId=${registers}&period=2026-03&area=${home.countyCode}`)).statusCode).toBe(404);
      const grid = (await ctx.request(otherInspector, 'GET', `/api/submissions?dataSetId=${registers}&period=2026-03`)).json();
      expect(grid.items.map((i: { orgId: string }) => i.orgId)).toEqual(other.stationIds);
    });
  });
});
