import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/roles.js';
import { DEMO_PASSWORD, isEmptyDatabase, seedDemo, type DemoLogin } from '../../src/server/demo/seed.js';
import { redraw } from '../../scripts/redraw.js';
import { createTestContext, type TestContext } from '../support/context.js';

describe('seedDemo', () => {
  let ctx: TestContext;
  let logins: DemoLogin[];

  beforeAll(async () => {
    ctx = await createTestContext();
    expect(await isEmptyDatabase(ctx.database.db)).toBe(true);
    logins = await seedDemo(ctx.database.db, new Date('2026-11-20T04:00:00Z'));
  });
  afterAll(() => ctx.close());

  it('loads 泰州市 with 兴化市 and 靖江市 from the real division codes', async () => {
    const counties = await ctx.database.db.selectFrom('divisions').select(['code', 'name']).where('level', '=', 'county').orderBy('code').execute();
    expect(counties).toEqual([{ code: '321281', name: '兴化市' }, { code: '321282', name: '靖江市' }]);
    const city = await ctx.database.db.selectFrom('divisions').select(['name', 'path']).where('code', '=', '321200').executeTakeFirstOrThrow();
    expect(city).toEqual({ name: '泰州市', path: '/320000/321200/' });
  });

  it('creates per county a commission, an institute, 6 township stations and 18 information points', async () => {
    const rows = await ctx.database.db
      .selectFrom('orgs')
      .select(['county_code', 'kind', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy(['county_code', 'kind'])
      .orderBy('county_code')
      .orderBy('kind')
      .execute();
    const counts = rows.map((r) => `${r.county_code ?? 'city'}:${r.kind}:${r.n}`);
    for (const county of ['321281', '321282']) {
      expect(counts).toEqual(expect.arrayContaining([`${county}:health_commission:1`, `${county}:institute:1`, `${county}:station:6`, `${county}:info_point:18`]));
    }
    expect(counts).toEqual(expect.arrayContaining(['city:health_commission:1', 'city:institute:1']));
    const stations = await ctx.database.db.selectFrom('orgs').select(['division_code', 'name']).where('kind', '=', 'station').execute();
    for (const s of stations) expect(s.division_code).toMatch(/^32128[12]\d{3}000$/);
  });

  it('adds a year of field work: unit files, quarterly patrols, rectifications in every state, reports on time and late', async () => {
    const db = ctx.database.db;
    const count = async (table: 'units' | 'patrols' | 'reports' | 'missed_reports') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    expect(await count('units')).toBeGreaterThan(12 * 15);
    expect(await count('patrols')).toBeGreaterThan(await count('units'));
    expect(await count('missed_reports')).toBe(12);
    const range = await db.selectFrom('patrols').select((eb) => [eb.fn.min('patrolled_on').as('first'), eb.fn.max('patrolled_on').as('last')]).executeTakeFirstOrThrow();
    expect(range.first >= '2025-11-20').toBe(true);
    expect(range.last <= '2026-11-20').toBe(true);
    const states = await db.selectFrom('rectifications').select('status').distinct().orderBy('status').execute();
    expect(states.map((r) => r.status)).toEqual(['closed', 'escalated', 'open']);
    const timeliness = await db.selectFrom('reports').select('on_time').distinct().orderBy('on_time').execute();
    expect(timeliness.map((r) => r.on_time)).toEqual([false, true]);
    const admin = await ctx.login('admin', DEMO_PASSWORD);
    ctx.setNow(new Date('2026-11-20T04:00:00Z'));
    const coverage = (await ctx.request(admin, 'GET', '/api/patrols/coverage?year=2026&quarter=3')).json();
    expect(coverage.items).toHaveLength(6);
    for (const station of coverage.items) expect(station.rate.value).toBeGreaterThan(60);
    const reports = (await ctx.request(admin, 'GET', '/api/reports/indicators?from=2025-11-20&to=2026-11-20')).json();
    expect(reports.timelyRate.value).toBeGreaterThan(70);
    expect(reports.markedNotReported).toBe(6);
    ctx.setNow(new Date());
  });

  it('adds the institute’s year: complaints answered, late and open; licensing in every state with its figures', async () => {
    const admin = await ctx.login('admin', DEMO_PASSWORD);
    ctx.setNow(new Date('2026-11-20T04:00:00Z'));
    const all = (await ctx.request(admin, 'GET', '/api/complaints?pageSize=100')).json();
    expect(all.total).toBeGreaterThan(25);
    const statuses = new Set(all.items.map((c: { status: string }) => c.status));
    for (const status of ['closed', 'received']) expect(statuses).toContain(status);
    expect(all.items.some((c: { overdue: boolean; status: string }) => c.overdue && c.status === 'closed')).toBe(true);
    const inbox = (await ctx.request(admin, 'GET', '/api/inbox')).json();
    expect(new Set(inbox.items.map((i: { kind: string }) => i.kind))).toEqual(new Set(['complaint', 'report']));

    const applications = (await ctx.request(admin, 'GET', '/api/licensing?pageSize=100')).json().items as { status: string; kind: string; overdue: boolean }[];
    expect(new Set(applications.map((a) => a.status))).toEqual(new Set(['accepted', 'document_review', 'site_review', 'approval', 'issued', 'refused', 'withdrawn']));
    expect(applications.filter((a) => a.kind !== 'new').map((a) => `${a.kind}:${a.status}`).sort()).toEqual(['cancellation:approval', 'renewal:site_review']);
    expect(applications.some((a) => a.overdue)).toBe(true);
    const figures = (await ctx.request(admin, 'GET', '/api/licensing/indicators?from=2025-11-20&to=2026-11-20')).json();
    expect(figures.completionWithinLimit.denominator).toBe(8);
    expect(figures.completionWithinLimit.value).toBeGreaterThan(50);
    ctx.setNow(new Date());
  });

  it('adds a year of the reporting cycle: registers mostly accepted, some late or returned, the latest month half in; disease figures for 兴化市', async () => {
    ctx.setNow(new Date('2026-11-20T04:00:00Z'));
    const admin = await ctx.login('admin', DEMO_PASSWORD);
    const dataSets = (await ctx.request(admin, 'GET', '/api/data-sets')).json().items as { id: string; code: string }[];
    expect(dataSets.map((d) => d.code)).toEqual(['registers', 'quarterly-summary', 'notifiable-diseases']);
    const grid = (period: string, code = 'registers') =>
      ctx.request(admin, 'GET', `/api/submissions?dataSetId=${dataSets.find((d) => d.code === code)!.id}&period=${period}`).then((r) => r.json());
    expect((await grid('2026-10')).counts).toMatchObject({ expected: 6, submitted: 3, accepted: 0, missing: 3 });
    expect((await grid('2026-07')).counts).toMatchObject({ expected: 6, submitted: 4, returned: 2 });
    const year = await Promise.all(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-08', '2026-09'].map((m) => grid(m)));
    const late = year.reduce((n, g) => n + g.counts.late, 0);
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(20);
    expect((await grid('2026Q3', 'quarterly-summary')).counts).toMatchObject({ expected: 6, submitted: 6, accepted: 0 });
    const diseases = await grid('2026-10', 'notifiable-diseases');
    expect(diseases.counts).toMatchObject({ expected: 6, submitted: 5, missing: 1 });
    const detail = (await ctx.request(admin, 'GET', `/api/submissions/${diseases.dataSet.id}/${diseases.items[0].orgId}/2026-05`)).json();
    expect(detail.status).toBe('accepted');
    expect(detail.fields).toHaveLength(12);
    expect(detail.fields.some((f: { value: number }) => f.value === 0)).toBe(true);
    expect((await grid('2026-04', 'notifiable-diseases')).counts.expected).toBe(0);
    const registers = (await ctx.request(admin, 'GET', `/api/submissions/${dataSets[0]!.id}/${diseases.items[0].orgId}/2026-09`)).json();
    expect(registers.snapshot.patrols).toBe(registers.figures.patrols);
    ctx.setNow(new Date());
  });

  it('grades 30 units of 兴化市: A, B and C, one capped, some replies, one appeal pending, one re-grading request', async () => {
    const rows = await ctx.database.db.selectFrom('gradings').select(['county_code', 'grade', 'capped_by', 'reply', 'appeal_status', 'regrade_requested_on', 'status']).execute();
    expect(rows).toHaveLength(30);
    expect(new Set(rows.map((r) => r.county_code))).toEqual(new Set(['321281']));
    expect(new Set(rows.map((r) => r.grade))).toEqual(new Set(['A', 'B', 'C']));
    expect(rows.every((r) => r.status === 'published')).toBe(true);
    expect(rows.filter((r) => r.capped_by).length).toBe(1);
    expect(rows.filter((r) => r.reply).length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => r.appeal_status === 'pending')).toHaveLength(1);
    expect(rows.filter((r) => r.regrade_requested_on)).toHaveLength(1);
    const graded = await ctx.database.db.selectFrom('units').select((eb) => eb.fn.countAll<string>().as('n')).where('hygiene_grade', 'is not', null).executeTakeFirstOrThrow();
    expect(Number(graded.n)).toBe(30);
  });

  it('adds the institute’s enforcement in 兴化市: orders open, overdue, complied and filed; eight cases at every stage', async () => {
    ctx.setNow(new Date('2026-11-20T04:00:00Z'));
    const inspector = await ctx.login('inspector', DEMO_PASSWORD);
    const orders = (await ctx.request(inspector, 'GET', '/api/inspections?result=rectify')).json().items as { orderStatus: string | null; overdue: boolean }[];
    expect(orders.filter((o) => o.orderStatus).map((o) => `${o.orderStatus}${o.overdue ? ':overdue' : ''}`).sort()).toEqual(['case_filed', 'closed', 'open', 'open:overdue', 'open:overdue']);
    const cases = (await ctx.request(inspector, 'GET', '/api/cases')).json().items as { status: string; caseNo: string }[];
    expect(cases).toHaveLength(8);
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(['filed', 'investigating', 'decided', 'executing', 'closed', 'dismissed']));
    expect(cases.every((c) => /^321281卫罚〔\d{4}〕\d+号$/.test(c.caseNo))).toBe(true);
    const figures = (await ctx.request(inspector, 'GET', '/api/cases/indicators?period=2026')).json();
    // 户次: the 11 监督检查 entered as such, the 30 published gradings' visits and the 3 双随机 tasks' results.
    expect(figures).toMatchObject({ inspections: 11 + 30 + 3, casesFiled: 8, finesDecided: 10000, finesCollected: 8200 });
    const escalated = (await ctx.request(inspector, 'GET', '/api/rectifications?status=escalated&pageSize=100')).json().items as { caseNo: string | null }[];
    expect(escalated.filter((r) => r.caseNo)).toHaveLength(1);
    ctx.setNow(new Date());
  });

  it('gives every role a login that works and sees its own county only', async () => {
    const roles = new Set<Role>(logins.map((l) => l.role));
    expect([...roles].sort()).toEqual(['admin', 'assistant', 'informant', 'inspector', 'official', 'station_head']);
    for (const login of logins) {
      const cookie = await ctx.login(login.username, DEMO_PASSWORD);
      expect((await ctx.request(cookie, 'GET', '/api/auth/me')).json().user.org.name).toBe(login.org);
    }
    const xinghua = await ctx.login('admin', DEMO_PASSWORD);
    const orgs = (await ctx.request(xinghua, 'GET', '/api/orgs')).json().items as { countyCode: string }[];
    expect(orgs).toHaveLength(26);
    expect(new Set(orgs.map((o) => o.countyCode))).toEqual(new Set(['321281']));
    const city = await ctx.login('city.admin', DEMO_PASSWORD);
    expect((await ctx.request(city, 'GET', '/api/orgs')).json().items).toHaveLength(54);
  });

  it('gives most station heads and assistants a 协管员证, a few lapsed and a few none yet', async () => {
    const staff = await ctx.database.db.selectFrom('users').select(['certificate_no', 'certificate_expires_on'])
      .where('role', 'in', ['station_head', 'assistant']).execute();
    const state = (u: (typeof staff)[number]) => (u.certificate_no === null ? 'none' : u.certificate_expires_on! >= '2026-11-20' ? 'valid' : 'expired');
    const counts: Record<string, number> = {};
    for (const user of staff) counts[state(user)] = (counts[state(user)] ?? 0) + 1;
    expect(counts).toEqual({ valid: 28, expired: 4, none: 4 });
    const others = await ctx.database.db.selectFrom('users').select('id').where('role', 'not in', ['station_head', 'assistant']).where('certificate_no', 'is not', null).execute();
    expect(others).toEqual([]);
  });

  it('publishes 兴化市’s 双随机 list, a drawn plan with results and a committed one that re-runs to the same tasks', async () => {
    const items = (await ctx.app.inject({ method: 'GET', url: '/api/public/random-inspections/items' })).json().items;
    expect(items.map((i: { name: string }) => i.name)).toEqual(['公共场所卫生监督抽查', '生活饮用水卫生监督抽查', '学校卫生监督抽查', '医疗机构传染病防治监督抽查']);
    const plans = (await ctx.app.inject({ method: 'GET', url: '/api/public/random-inspections/plans?stage=plan' })).json().items;
    expect(plans.map((p: { status: string }) => p.status).sort()).toEqual(['committed', 'published']);
    const published = plans.find((p: { status: string }) => p.status === 'published');
    const detail = (await ctx.app.inject({ method: 'GET', url: `/api/public/random-inspections/plans/${published.id}` })).json();
    expect(detail.tasks.length).toBe(published.unitCount);
    for (const task of detail.tasks) expect(task).toMatchObject({ result: expect.any(String), inspectors: [expect.any(String), expect.any(String)] });
    const record = (await ctx.app.inject({ method: 'GET', url: `/api/public/random-inspections/plans/${published.id}/draw.json` })).json();
    expect((await redraw(record)).consistent).toBe(true);
  });
});
