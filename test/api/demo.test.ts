import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/roles.js';
import { DEMO_PASSWORD, isEmptyDatabase, seedDemo, type DemoLogin } from '../../src/server/demo/seed.js';
import { createTestContext, type TestContext } from '../support/context.js';

describe('seedDemo', () => {
  let ctx: TestContext;
  let logins: DemoLogin[];

  beforeAll(async () => {
    ctx = await createTestContext();
    expect(await isEmptyDatabase(ctx.database.db)).toBe(true);
    logins = await seedDemo(ctx.database.db);
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
});
