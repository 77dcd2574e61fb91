import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

describe('divisions', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let other: TestCounty;
  let admin: string;

  const publicList = (query = '') => ctx.app.inject({ method: 'GET', url: `/api/public/divisions${query}` });
  const codes = (items: { code: string }[]) => items.map((d) => d.code);

  beforeAll(async () => {
    ctx = await createTestContext();
    ({ home, other, admin } = await ctx.twoCounties());
  });
  afterAll(() => ctx.close());

  describe('for staff', () => {
    it('starts at the user’s own division and lists only children inside the scope', async () => {
      const own = (await ctx.request(admin, 'GET', '/api/divisions')).json().items;
      expect(own).toEqual([expect.objectContaining({ code: home.countyCode, level: 'county', hasChildren: true })]);
      const townships = (await ctx.request(admin, 'GET', `/api/divisions?parentCode=${home.countyCode}`)).json().items;
      expect(codes(townships)).toEqual(home.townshipCodes);
      expect((await ctx.request(admin, 'GET', `/api/divisions?parentCode=${other.countyCode}`)).statusCode).toBe(404);
    });
  });

  describe('for the public (complaint form)', () => {
    it('walks from the provinces down to townships without sign-in', async () => {
      const provinces = (await publicList()).json().items;
      expect(codes(provinces)).toContain('990000');
      const cities = (await publicList('?parentCode=990000')).json().items;
      expect(codes(cities)).toContain('990100');
      const counties = (await publicList('?parentCode=990100')).json().items;
      expect(codes(counties)).toEqual(expect.arrayContaining([home.countyCode, other.countyCode]));
      const townships = (await publicList(`?parentCode=${home.countyCode}`)).json().items;
      expect(townships).toEqual(home.townshipCodes.map((code) => ({ code, name: `测试区划${code}`, level: 'township', parentCode: home.countyCode, hasChildren: false })));
    });

    it('stops at townships and names a bad code', async () => {
      expect((await publicList(`?parentCode=${home.townshipCodes[0]}`)).statusCode).toBe(404);
      expect((await publicList('?parentCode=123456')).statusCode).toBe(404);
      const bad = await publicList('?parentCode=12');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fields[0]).toEqual({ path: 'parentCode', message: '行政区划代码应为 6 位或 12 位数字' });
    });
  });
});
