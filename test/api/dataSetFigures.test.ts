import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

describe('data-set figures on the dashboard', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let admin: string;
  let otherAdmin: string;
  let dataSetId: string;

  const at = (instant: string) => ctx.setNow(new Date(instant));
  const url = (orgId: string, period: string, action = '') => `/api/submissions/${dataSetId}/${orgId}/${period}${action ? `/${action}` : ''}`;
  const figures = (cookie: string, query: string) => ctx.request(cookie, 'GET', `/api/statistics/data-sets/${dataSetId}?${query}`);

  beforeAll(async () => {
    ctx = await createTestContext({ sessionTtlHours: 24 * 400 });
    at('2026-01-05T09:00:00+08:00');
    ({ home, admin, otherAdmin } = await ctx.twoCounties());
    const created = await ctx.request(admin, 'POST', '/api/data-sets', {
      code: 'cases', name: '病例月报', periodType: 'month', reportingOrgKind: 'station', deadlineDays: 10, startsOn: '2026-01-01',
      fields: [
        { code: 'cases', name: '病例数', group: '', unit: '例', decimals: 0, target: { kind: 'none', min: null, max: null } },
        { code: 'timely', name: '及时率', group: '', unit: '%', decimals: 1, target: { kind: 'floor', min: 95, max: null } },
      ],
    });
    expect(created.statusCode).toBe(201);
    dataSetId = created.json().id;
    const heads = [];
    for (const orgId of home.stationIds) heads.push(await ctx.login((await ctx.newUser({ orgId, role: 'station_head' })).username));
    const [s0, s1] = home.stationIds as [string, string];
    // February: station 0 submits 2 cases; station 1 only saves a draft, which is not data yet.
    at('2026-03-02T09:00:00+08:00');
    expect((await ctx.request(heads[0]!, 'POST', url(s0, '2026-02', 'submit'), { values: { cases: 2, timely: 100 } })).statusCode).toBe(200);
    expect((await ctx.request(heads[1]!, 'PUT', url(s1, '2026-02'), { values: { cases: 40, timely: 10 } })).statusCode).toBe(200);
    // March: both submit; zero cases would count as a value too.
    at('2026-04-02T09:00:00+08:00');
    expect((await ctx.request(heads[0]!, 'POST', url(s0, '2026-03', 'submit'), { values: { cases: 5, timely: 96 } })).statusCode).toBe(200);
    expect((await ctx.request(heads[1]!, 'POST', url(s1, '2026-03', 'submit'), { values: { cases: 3, timely: 90 } })).statusCode).toBe(200);
  });
  afterAll(() => ctx.close());

  it('adds counts, averages rates, compares with last month and counts targets met', async () => {
    const response = await figures(admin, `area=${home.countyCode}&period=2026-03`);
    expect(response.statusCode).toBe(200);
    const d = response.json();
    expect(d.previousPeriod.key).toBe('2026-02');
    // March's values are in, but March is not due until 10 April: nothing is expected yet.
    expect([d.submissionPeriods, d.submissions.counts.expected]).toEqual([[], 0]);
    expect(d.fields).toEqual([
      expect.objectContaining({ code: 'cases', aggregation: 'sum', current: 8, previous: 2, change: 300, lastYear: null, reports: 2, met: null }),
      expect.objectContaining({ code: 'timely', aggregation: 'mean', current: 93, previous: 100, change: -7, targetLabel: '不低于95%', reports: 2, met: 1 }),
    ]);
    expect(d.children.map((c: { code: string; values: object }) => [c.code, c.values])).toEqual([
      [home.townshipCodes[0], { cases: 5, timely: 96 }],
      [home.townshipCodes[1], { cases: 3, timely: 90 }],
    ]);
  });

  it('sums a quarter over its months', async () => {
    const d = (await figures(admin, `area=${home.countyCode}&period=2026Q1`)).json();
    expect(d.fields[0]).toMatchObject({ current: 10, reports: 3 });
    // The mean of the three rates reported in the quarter: (100 + 96 + 90) / 3.
    expect(d.fields[1].current).toBeCloseTo(95.333, 3);
    // Today is 2 April: January and February were due (10 days after month end), March is still open.
    // Two stations × two months expected; only station 0's February came in, on time.
    expect(d.submissionPeriods).toEqual(['2026-01', '2026-02']);
    expect(d.submissions).toEqual({
      counts: { expected: 4, submitted: 1, accepted: 0, onTime: 1, late: 0, returned: 0, missing: 3 },
      completeness: { numerator: 1, denominator: 4, unit: '%', value: 25 },
      onTimeRate: { numerator: 1, denominator: 4, unit: '%', value: 25 },
    });
    expect(d.children.map((c: { submissions: { counts: { expected: number; submitted: number } } }) => c.submissions.counts))
      .toEqual([expect.objectContaining({ expected: 2, submitted: 1 }), expect.objectContaining({ expected: 2, submitted: 0 })]);
  });

  it('shows one station its own figures', async () => {
    const d = (await figures(admin, `area=${home.townshipCodes[1]}&period=2026-03`)).json();
    expect(d.fields.map((f: { current: number }) => f.current)).toEqual([3, 90]);
    expect(d.children).toEqual([]);
  });

  it('exports the figures as a workbook', async () => {
    const response = await ctx.request(admin, 'GET', `/api/statistics/data-sets/${dataSetId}/export.xlsx?area=${home.countyCode}&period=2026-03`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const rows = workbook.getWorksheet('汇总')!.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    // No target: the 达标数 cell stays empty (and is trimmed from the row).
    expect(rows[0]).toEqual(['', '病例数', '例', '合计', 8, 2, 300, undefined, undefined, '', 2]);
    expect(rows[1]).toEqual(['', '及时率', '%', '平均', 93, 100, -7, undefined, undefined, '不低于95%', 2, 1]);
    const children = workbook.getWorksheet('下级')!;
    expect(children.getRow(2).values).toEqual([undefined, expect.any(String), 0, 0, 0, 5, 96]);
    expect(children.getRow(4).values).toEqual([undefined, expect.stringMatching(/^合计：/), 0, 0, 0, 8, 93]);
  });

  it('refuses another county: the data set and the area are not theirs', async () => {
    expect((await figures(otherAdmin, `area=${home.countyCode}&period=2026-03`)).statusCode).toBe(404);
    expect((await figures(otherAdmin, 'period=2026-03')).statusCode).toBe(404);
  });

  it('names the period when it is malformed', async () => {
    const response = await figures(admin, 'period=2026-13');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('period');
  });
});
