import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../src/core/dates.js';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

describe('orgs', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let other: TestCounty;
  let admin: string;
  let otherAdmin: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    ({ home, other, admin, otherAdmin } = await ctx.twoCounties());
  });
  afterAll(() => ctx.close());

  describe('list', () => {
    it('shows exactly the orgs of the county subtree', async () => {
      const response = await ctx.request(admin, 'GET', '/api/orgs');
      expect(response.statusCode).toBe(200);
      const ids = response.json().items.map((o: { id: string }) => o.id).sort();
      expect(ids).toEqual([home.commissionId, home.instituteId, ...home.stationIds, ...home.infoPointIds].sort());
    });

    it('shows a station user only its station and its information points', async () => {
      const assistant = await ctx.login((await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' })).username);
      const ids = (await ctx.request(assistant, 'GET', '/api/orgs')).json().items.map((o: { id: string }) => o.id).sort();
      expect(ids).toEqual([home.stationIds[0], home.infoPointIds[0]].sort());
    });
  });

  describe('another county', () => {
    it('answers 404 for read, rename, close and merge, and changes nothing', async () => {
      const target = home.stationIds[1]!;
      expect((await ctx.request(otherAdmin, 'GET', `/api/orgs/${target}`)).statusCode).toBe(404);
      const rename = await ctx.request(otherAdmin, 'POST', `/api/orgs/${target}/rename`, { name: '窃取', effectiveFrom: '2024-01-01' });
      expect(rename.statusCode).toBe(404);
      expect(rename.json().message).toBe('机构不存在或不在您的管辖范围内');
      expect((await ctx.request(otherAdmin, 'POST', `/api/orgs/${target}/close`, { date: '2024-01-01', reason: 'x' })).statusCode).toBe(404);
      expect((await ctx.request(otherAdmin, 'POST', `/api/orgs/${other.stationIds[0]}/merge`, { intoId: target, date: '2024-01-01' })).statusCode).toBe(400);
      const unchanged = (await ctx.request(admin, 'GET', `/api/orgs/${target}`)).json();
      expect(unchanged.status).toBe('active');
      expect(unchanged.names).toHaveLength(1);
    });

    it('cannot create an org on a division outside its county', async () => {
      const response = await ctx.request(otherAdmin, 'POST', '/api/orgs', { kind: 'station', name: '越界站', divisionCode: home.townshipCodes[0] });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual([{ path: 'divisionCode', message: '行政区划不存在或不在您的管辖范围内' }]);
    });
  });

  describe('create', () => {
    it('creates a station with its first dated name and audits it', async () => {
      const township = `${home.countyCode}003000`;
      await ctx.divisions([township]);
      const response = await ctx.request(admin, 'POST', '/api/orgs', {
        kind: 'station', name: '三号镇卫生院卫生监督协管站', divisionCode: township, parentId: home.instituteId, validFrom: '2023-05-01',
      });
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(created).toMatchObject({ kind: 'station', divisionCode: township, countyCode: home.countyCode, parentId: home.instituteId, status: 'active', validFrom: '2023-05-01', validTo: null });
      const detail = (await ctx.request(admin, 'GET', `/api/orgs/${created.id}`)).json();
      expect(detail.names).toEqual([{ name: '三号镇卫生院卫生监督协管站', validFrom: '2023-05-01', validTo: null }]);
      const audit = (await ctx.request(admin, 'GET', `/api/audit?entityType=org&entityId=${created.id}`)).json();
      expect(audit.items).toHaveLength(1);
      expect(audit.items[0]).toMatchObject({ action: 'create', before: null, after: { name: '三号镇卫生院卫生监督协管站' } });
    });

    it('refuses a station on a county-level division', async () => {
      const response = await ctx.request(admin, 'POST', '/api/orgs', { kind: 'station', name: '错位站', divisionCode: home.countyCode });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields[0]).toEqual({ path: 'divisionCode', message: '卫生监督协管站不能设在该级行政区划' });
    });

    it('refuses a second active station in the same township with 409', async () => {
      const response = await ctx.request(admin, 'POST', '/api/orgs', { kind: 'station', name: '重复站', divisionCode: home.townshipCodes[0] });
      expect(response.statusCode).toBe(409);
    });

    it('refuses a parent that does not contain the division', async () => {
      const response = await ctx.request(admin, 'POST', '/api/orgs', {
        kind: 'info_point', name: '错挂信息点', divisionCode: `${home.townshipCodes[0]!.slice(0, 9)}002`, parentId: home.stationIds[1],
      });
      // The village is not loaded yet: the division is checked first.
      expect(response.statusCode).toBe(400);
      await ctx.divisions([`${home.townshipCodes[0]!.slice(0, 9)}002`]);
      const again = await ctx.request(admin, 'POST', '/api/orgs', {
        kind: 'info_point', name: '错挂信息点', divisionCode: `${home.townshipCodes[0]!.slice(0, 9)}002`, parentId: home.stationIds[1],
      });
      expect(again.statusCode).toBe(400);
      expect(again.json().fields[0].path).toBe('parentId');
    });

    it('validates the body: kind, name and code format', async () => {
      const response = await ctx.request(admin, 'POST', '/api/orgs', { kind: 'bank', name: '', divisionCode: '12' });
      expect(response.statusCode).toBe(400);
      const paths = response.json().fields.map((f: { path: string }) => f.path).sort();
      expect(paths).toEqual(['divisionCode', 'kind', 'name']);
    });

    it('is refused to non-admins with 403', async () => {
      const inspector = await ctx.login((await ctx.newUser({ orgId: home.instituteId, role: 'inspector' })).username);
      const response = await ctx.request(inspector, 'POST', '/api/orgs', { kind: 'station', name: 'x', divisionCode: home.townshipCodes[0] });
      expect(response.statusCode).toBe(403);
    });
  });

  describe('rename', () => {
    it('keeps the old name with its dates', async () => {
      const id = home.infoPointIds[1]!;
      const response = await ctx.request(admin, 'POST', `/api/orgs/${id}/rename`, { name: '新名称卫生室信息点', effectiveFrom: '2025-07-01' });
      expect(response.statusCode).toBe(200);
      const detail = (await ctx.request(admin, 'GET', `/api/orgs/${id}`)).json();
      expect(detail.name).toBe('新名称卫生室信息点');
      expect(detail.names).toEqual([
        { name: `测试info_point${home.villageCodes[1]}`, validFrom: '2020-01-01', validTo: '2025-07-01' },
        { name: '新名称卫生室信息点', validFrom: '2025-07-01', validTo: null },
      ]);
    });

    it('refuses a date in the future or before the current name', async () => {
      const id = home.infoPointIds[1]!;
      const future = await ctx.request(admin, 'POST', `/api/orgs/${id}/rename`, { name: '未来', effectiveFrom: '2999-01-01' });
      expect(future.json().fields[0]).toEqual({ path: 'effectiveFrom', message: '日期不能晚于今天' });
      const early = await ctx.request(admin, 'POST', `/api/orgs/${id}/rename`, { name: '倒退', effectiveFrom: '2025-06-30' });
      expect(early.statusCode).toBe(400);
      expect(early.json().fields[0].path).toBe('effectiveFrom');
      const badDate = await ctx.request(admin, 'POST', `/api/orgs/${id}/rename`, { name: '坏日期', effectiveFrom: '2025-02-30' });
      expect(badDate.json().fields[0]).toEqual({ path: 'effectiveFrom', message: '日期格式应为 YYYY-MM-DD' });
    });
  });

  describe('close and merge', () => {
    it('refuses to close an org that still has enabled users', async () => {
      const county = await ctx.newCounty();
      const countyAdmin = await ctx.login((await ctx.newUser({ orgId: county.instituteId, role: 'admin' })).username);
      await ctx.newUser({ orgId: county.infoPointIds[0]!, role: 'informant' });
      const response = await ctx.request(countyAdmin, 'POST', `/api/orgs/${county.infoPointIds[0]}/close`, { date: '2025-01-01', reason: '村卫生室撤并' });
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toBe('该机构仍有 1 个启用的用户，请先调整或停用');
    });

    it('closes an empty org: it leaves the default list, keeps its history, and cannot be changed again', async () => {
      const county = await ctx.newCounty();
      const countyAdmin = await ctx.login((await ctx.newUser({ orgId: county.instituteId, role: 'admin' })).username);
      const id = county.infoPointIds[0]!;
      const response = await ctx.request(countyAdmin, 'POST', `/api/orgs/${id}/close`, { date: '2025-01-01', reason: '村卫生室撤并' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'closed', validTo: '2025-01-01' });
      const active = (await ctx.request(countyAdmin, 'GET', '/api/orgs')).json().items.map((o: { id: string }) => o.id);
      expect(active).not.toContain(id);
      const all = (await ctx.request(countyAdmin, 'GET', '/api/orgs?includeClosed=true')).json().items.map((o: { id: string }) => o.id);
      expect(all).toContain(id);
      const again = await ctx.request(countyAdmin, 'POST', `/api/orgs/${id}/rename`, { name: 'x', effectiveFrom: '2025-02-01' });
      expect(again.statusCode).toBe(409);
    });

    it('merges a station into another: users and information points move, the merged org is kept as history', async () => {
      const county = await ctx.newCounty();
      const countyAdmin = await ctx.login((await ctx.newUser({ orgId: county.instituteId, role: 'admin' })).username);
      const [from, into] = county.stationIds as [string, string];
      const assistant = await ctx.newUser({ orgId: from, role: 'assistant' });
      const response = await ctx.request(countyAdmin, 'POST', `/api/orgs/${from}/merge`, { intoId: into, date: localDate(new Date()) });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'merged', mergedIntoId: into });
      const user = (await ctx.request(countyAdmin, 'GET', `/api/users/${assistant.id}`)).json();
      expect(user.orgId).toBe(into);
      const point = (await ctx.request(countyAdmin, 'GET', `/api/orgs/${county.infoPointIds[0]}`)).json();
      expect(point.parentId).toBe(into);
      const audit = (await ctx.request(countyAdmin, 'GET', `/api/audit?entityType=org&entityId=${from}&action=merge`)).json();
      expect(audit.total).toBe(1);
      expect(audit.items[0].after.movedUsers).toEqual([{ id: assistant.id, username: assistant.username }]);
    });

    it('refuses to merge into an org of another kind', async () => {
      const response = await ctx.request(admin, 'POST', `/api/orgs/${home.stationIds[0]}/merge`, { intoId: home.instituteId, date: '2025-01-01' });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields[0]).toEqual({ path: 'intoId', message: '只能合并到同类型的机构' });
    });

    it('refuses to close the admin’s own org', async () => {
      const response = await ctx.request(admin, 'POST', `/api/orgs/${home.instituteId}/close`, { date: '2025-01-01', reason: '测试' });
      expect(response.statusCode).toBe(409);
    });
  });
});
