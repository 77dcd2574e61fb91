import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

describe('information reports', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let admin: string;
  let otherAdmin: string;
  let informant: string;
  let assistant: string;
  let inspector: string;

  const report = (overrides: Record<string, unknown> = {}) => ({
    category: 'illegal_practice', subCategory: 'illegal_medical_practice', content: '村内有无证人员开展静脉输液',
    location: '三组', foundAt: '2026-05-10T09:00:00+08:00', reportedAt: '2026-05-10T15:30:00+08:00', ...overrides,
  });

  beforeAll(async () => {
    ctx = await createTestContext({ reportDeadlineHours: { food_safety: 12 } });
    ({ home, admin, otherAdmin } = await ctx.twoCounties());
    informant = await ctx.login((await ctx.newUser({ orgId: home.infoPointIds[0]!, role: 'informant', username: 'village_informant' })).username);
    assistant = await ctx.login((await ctx.newUser({ orgId: home.stationIds[1]!, role: 'assistant' })).username);
    inspector = await ctx.login((await ctx.newUser({ orgId: home.instituteId, role: 'inspector' })).username);
    ctx.setNow(new Date('2026-05-11T02:00:00Z'));
  });
  afterAll(() => ctx.close());

  describe('create', () => {
    it('records the official fields, the deadline and whether it was on time', async () => {
      const response = await ctx.request(informant, 'POST', '/api/reports', report());
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        orgId: home.infoPointIds[0], category: 'illegal_practice', subCategory: 'illegal_medical_practice', content: '村内有无证人员开展静脉输液',
        foundAt: '2026-05-10T01:00:00.000Z', reportedAt: '2026-05-10T07:30:00.000Z', deadlineAt: '2026-05-11T01:00:00.000Z',
        onTime: true, status: 'submitted', result: null,
      });
    });

    it('is late one second after the deadline, on time exactly at it; emergencies have 2 hours; config overrides', async () => {
      const at = (found: string, reported: string, category: string) =>
        ctx.request(assistant, 'POST', '/api/reports', { category, content: '测试', foundAt: found, reportedAt: reported }).then((r) => r.json().onTime);
      expect(await at('2026-05-10T08:00:00+08:00', '2026-05-11T08:00:00+08:00', 'drinking_water')).toBe(true);
      expect(await at('2026-05-10T08:00:00+08:00', '2026-05-11T08:00:01+08:00', 'drinking_water')).toBe(false);
      expect(await at('2026-05-10T08:00:00+08:00', '2026-05-10T10:00:00+08:00', 'public_health_emergency')).toBe(true);
      expect(await at('2026-05-10T08:00:00+08:00', '2026-05-10T10:00:01+08:00', 'public_health_emergency')).toBe(false);
      expect(await at('2026-05-10T08:00:00+08:00', '2026-05-10T20:00:01+08:00', 'food_safety')).toBe(false);
    });

    it('validates category, sub-category and the two times, naming the field', async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [{ category: 'weather' }, 'category', '信息类别不正确'],
        [{ subCategory: 'illegal_blood_x' }, 'subCategory', '子类不属于所选信息类别'],
        [{ foundAt: '2026-05-11T09:00:00+08:00' }, 'foundAt', '发现时间不能晚于报告时间'],
        [{ foundAt: '2026-06-01T09:00:00+08:00', reportedAt: undefined }, 'foundAt', '发现时间晚于当前时间，请核对设备时钟'],
        [{ foundAt: 'yesterday' }, 'foundAt', '应为带时区的 ISO 时间，如 2026-03-01T08:30:00+08:00'],
        [{ content: '' }, 'content', '信息内容不能为空'],
      ];
      for (const [override, path, message] of cases) {
        const response = await ctx.request(informant, 'POST', '/api/reports', report(override));
        expect(response.statusCode, path).toBe(400);
        expect(response.json().fields[0], path).toEqual({ path, message });
      }
    });

    it('creates one report however often the device retries', async () => {
      const clientId = randomUUID();
      const first = await ctx.request(informant, 'POST', '/api/reports', report({ clientId }));
      const second = await ctx.request(informant, 'POST', '/api/reports', report({ clientId }));
      expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
      expect(second.json().id).toBe(first.json().id);
    });

    it('is not for inspectors (they handle reports) nor officials', async () => {
      expect((await ctx.request(inspector, 'POST', '/api/reports', report())).statusCode).toBe(403);
    });
  });

  describe('handling by the institute', () => {
    it('accepts, verifies and closes with a result that the reporter then sees', async () => {
      const id = (await ctx.request(informant, 'POST', '/api/reports', report({ content: '待处理的非法行医线索' }))).json().id;
      expect((await ctx.request(informant, 'POST', `/api/reports/${id}/accept`)).statusCode).toBe(403);
      const premature = await ctx.request(inspector, 'POST', `/api/reports/${id}/verify`);
      expect(premature.statusCode).toBe(409);
      expect(premature.json().message).toBe('该报告当前为“已报告”，不能核实');
      expect((await ctx.request(inspector, 'POST', `/api/reports/${id}/accept`)).json()).toMatchObject({ status: 'accepted', acceptedAt: '2026-05-11T02:00:00.000Z' });
      expect((await ctx.request(inspector, 'POST', `/api/reports/${id}/verify`)).json().status).toBe('verifying');
      const closed = await ctx.request(inspector, 'POST', `/api/reports/${id}/close`, { result: '经查属实，已立案查处' });
      expect(closed.json()).toMatchObject({ status: 'closed', result: '经查属实，已立案查处' });
      expect((await ctx.request(inspector, 'POST', `/api/reports/${id}/accept`)).statusCode).toBe(409);
      const seen = (await ctx.request(informant, 'GET', `/api/reports/${id}`)).json();
      expect(seen).toMatchObject({ status: 'closed', result: '经查属实，已立案查处' });
      const trail = (await ctx.request(admin, 'GET', `/api/audit?entityType=report&entityId=${id}`)).json().items.map((e: { action: string }) => e.action);
      expect(trail).toEqual(['close', 'verify', 'accept', 'create']);
    });
  });

  describe('scope', () => {
    it('shows a village informant its own reports, the station its area, and another county nothing', async () => {
      const own = (await ctx.request(informant, 'GET', '/api/reports')).json();
      expect(own.items.every((r: { orgId: string }) => r.orgId === home.infoPointIds[0])).toBe(true);
      const otherStation = (await ctx.request(assistant, 'GET', '/api/reports')).json();
      expect(otherStation.items.every((r: { orgId: string }) => r.orgId === home.stationIds[1])).toBe(true);
      const county = (await ctx.request(inspector, 'GET', '/api/reports')).json();
      expect(county.total).toBe(own.total + otherStation.total);
      expect((await ctx.request(otherAdmin, 'GET', '/api/reports')).json()).toEqual({ items: [], total: 0 });
      expect((await ctx.request(otherAdmin, 'GET', `/api/reports/${own.items[0].id}`)).statusCode).toBe(404);
      const otherInspector = await ctx.login((await ctx.newUser({ orgId: (await ctx.newCounty()).instituteId, role: 'inspector' })).username);
      expect((await ctx.request(otherInspector, 'POST', `/api/reports/${own.items[0].id}/accept`)).statusCode).toBe(404);
    });
  });

  describe('GET /api/reports/indicators', () => {
    it('computes 信息报告率 and 及时报告率 from records, counting events marked as not reported', async () => {
      const county = await ctx.newCounty();
      const countyInspector = await ctx.login((await ctx.newUser({ orgId: county.instituteId, role: 'inspector' })).username);
      const reporter = await ctx.login((await ctx.newUser({ orgId: county.stationIds[0]!, role: 'assistant' })).username);
      const file = (found: string, reported: string) => ctx.request(reporter, 'POST', '/api/reports', { category: 'school', content: '晨检发现聚集性发热', foundAt: found, reportedAt: reported });
      await file('2026-04-01T00:30:00+08:00', '2026-04-01T08:00:00+08:00');
      await file('2026-04-10T08:00:00+08:00', '2026-04-12T08:00:00+08:00');
      await file('2026-04-30T23:30:00+08:00', '2026-05-01T09:00:00+08:00');
      await file('2026-03-31T23:59:00+08:00', '2026-04-01T01:00:00+08:00');
      const missed = await ctx.request(countyInspector, 'POST', '/api/reports/missed', {
        orgId: county.stationIds[0], category: 'school', foundAt: '2026-04-20T10:00:00+08:00', source: 'complaint', description: '家长投诉学校饮水机不洁，协管站未报告',
      });
      expect(missed.statusCode).toBe(201);
      const april = (await ctx.request(countyInspector, 'GET', '/api/reports/indicators?from=2026-04-01&to=2026-04-30')).json();
      expect(april).toMatchObject({
        reported: 3, reportedOnTime: 2, markedNotReported: 1,
        reportingRate: { numerator: 3, denominator: 4, unit: '%', value: 75 },
        timelyRate: { numerator: 2, denominator: 3, unit: '%' },
      });
      expect(april.timelyRate.value).toBeCloseTo(66.6667, 3);
      expect((await ctx.request(reporter, 'POST', '/api/reports/missed', { orgId: county.stationIds[0], category: 'school', foundAt: '2026-04-20T10:00:00+08:00', source: 'complaint', description: 'x' })).statusCode).toBe(403);
      expect((await ctx.request(otherAdmin, 'GET', '/api/reports/indicators?from=2026-04-01&to=2026-04-30')).json()).toMatchObject({ reported: 0, markedNotReported: 0, reportingRate: { value: null } });
    });
  });
});
