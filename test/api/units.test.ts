import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

const VALID_CODE = '91350100M000100Y43';

describe('units', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let admin: string;
  let otherAdmin: string;
  let assistant: string;

  const hotel = (overrides: Record<string, unknown> = {}) => ({
    name: '悦来宾馆', category: 'public_place', subCategory: 'accommodation', address: '人民路 1 号',
    townshipCode: home.townshipCodes[0], personInCharge: '王经理', phone: '0523-8888888',
    licenceType: '公共场所卫生许可证', licenceNo: '兴卫公字〔2024〕第001号', licenceIssuedOn: '2024-01-10', licenceExpiresOn: '2028-01-09',
    employees: 12, employeesCertified: 11, ...overrides,
  });

  beforeAll(async () => {
    ctx = await createTestContext();
    ({ home, admin, otherAdmin } = await ctx.twoCounties());
    assistant = await ctx.login((await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' })).username);
  });
  afterAll(() => ctx.close());

  describe('create', () => {
    it('files a unit under the township’s station, complete when every required field is there', async () => {
      const response = await ctx.request(assistant, 'POST', '/api/units', hotel({ creditCode: ' 91350100m000100y43 ' }));
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        name: '悦来宾馆', creditCode: VALID_CODE, orgId: home.stationIds[0], countyCode: home.countyCode, status: 'operating',
        fileComplete: true, fileGaps: [], employees: 12, employeesCertified: 11,
      });
      const audit = (await ctx.request(admin, 'GET', `/api/audit?entityType=unit&entityId=${response.json().id}`)).json();
      expect(audit.items[0]).toMatchObject({ action: 'create', after: { name: '悦来宾馆' } });
    });

    it('rejects a credit code with a wrong check character, naming the expected one', async () => {
      const response = await ctx.request(assistant, 'POST', '/api/units', hotel({ name: '错码宾馆', creditCode: '91350100M000100Y44' }));
      expect(response.statusCode).toBe(400);
      expect(response.json().fields[0].path).toBe('creditCode');
      expect(response.json().fields[0].message).toContain('第 18 位应为“3”');
    });

    it('refuses the same credit code twice in a county with 409', async () => {
      const response = await ctx.request(admin, 'POST', '/api/units', hotel({ name: '同码单位', creditCode: VALID_CODE }));
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toContain('悦来宾馆');
    });

    it('allows a unit without a credit code and reports what its file lacks', async () => {
      const response = await ctx.request(assistant, 'POST', '/api/units', {
        name: '个体理发店', category: 'public_place', subCategory: 'beauty', address: '新街 8 号', townshipCode: home.townshipCodes[0],
      });
      expect(response.statusCode).toBe(201);
      expect(response.json().fileComplete).toBe(false);
      expect(response.json().fileGaps).toEqual(['personInCharge', 'phone', 'licenceNo', 'licenceExpiresOn']);
    });

    it('validates category, sub-category, dates, counts and coordinates, naming each field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ category: 'casino' }, 'category'],
        [{ subCategory: 'hospital' }, 'subCategory'],
        [{ licenceIssuedOn: '2999-01-01', licenceExpiresOn: '2999-12-31' }, 'licenceIssuedOn'],
        [{ licenceExpiresOn: '2023-01-01' }, 'licenceExpiresOn'],
        [{ employeesCertified: 13 }, 'employeesCertified'],
        [{ latitude: 80 }, 'latitude'],
        [{ townshipCode: '123' }, 'townshipCode'],
        [{ name: '' }, 'name'],
      ];
      for (const [override, field] of cases) {
        const response = await ctx.request(assistant, 'POST', '/api/units', hotel({ name: `校验${field}`, ...override }));
        expect(response.statusCode, field).toBe(400);
        expect(response.json().fields[0].path, field).toBe(field);
      }
    });

    it('keeps an assistant inside the own township', async () => {
      const response = await ctx.request(assistant, 'POST', '/api/units', hotel({ name: '邻镇宾馆', townshipCode: home.townshipCodes[1] }));
      expect(response.statusCode).toBe(400);
      expect(response.json().fields[0]).toEqual({ path: 'townshipCode', message: '乡镇（街道）不存在或不在您的管辖范围内' });
    });

    it('creates one record however often the device retries the same clientId', async () => {
      const clientId = randomUUID();
      const first = await ctx.request(assistant, 'POST', '/api/units', hotel({ name: '重发测试店', clientId }));
      const second = await ctx.request(assistant, 'POST', '/api/units', hotel({ name: '重发测试店', clientId }));
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(200);
      expect(second.json().id).toBe(first.json().id);
      expect((await ctx.request(admin, 'GET', '/api/units?q=重发测试店')).json().total).toBe(1);
    });

    it('is read-only for information officers and officials', async () => {
      const informant = await ctx.login((await ctx.newUser({ orgId: home.infoPointIds[0]!, role: 'informant' })).username);
      expect((await ctx.request(informant, 'POST', '/api/units', hotel({ name: '信息员建档' }))).statusCode).toBe(403);
    });
  });

  describe('list and filters', () => {
    it('searches by name, credit code and licence number; filters by category, township, status and licence expiry', async () => {
      expect((await ctx.request(admin, 'GET', '/api/units?q=悦来')).json().total).toBe(1);
      expect((await ctx.request(admin, 'GET', `/api/units?q=${VALID_CODE}`)).json().total).toBe(1);
      expect((await ctx.request(admin, 'GET', `/api/units?q=${encodeURIComponent('〔2024〕第001号')}`)).json().total).toBeGreaterThanOrEqual(1);
      expect((await ctx.request(admin, 'GET', '/api/units?category=school')).json().total).toBe(0);
      expect((await ctx.request(admin, 'GET', `/api/units?townshipCode=${home.townshipCodes[1]}`)).json().total).toBe(0);
      expect((await ctx.request(admin, 'GET', '/api/units?licenceExpiresBefore=2028-01-09&q=悦来')).json().total).toBe(1);
      expect((await ctx.request(admin, 'GET', '/api/units?licenceExpiresBefore=2028-01-08&q=悦来')).json().total).toBe(0);
    });
  });

  describe('another county', () => {
    it('sees none of the units, and read, update and close answer 404', async () => {
      const unit = (await ctx.request(admin, 'GET', '/api/units?q=悦来')).json().items[0];
      expect((await ctx.request(otherAdmin, 'GET', '/api/units')).json()).toEqual({ items: [], total: 0 });
      expect((await ctx.request(otherAdmin, 'GET', `/api/units/${unit.id}`)).statusCode).toBe(404);
      expect((await ctx.request(otherAdmin, 'PATCH', `/api/units/${unit.id}`, { name: '窃改' })).statusCode).toBe(404);
      expect((await ctx.request(otherAdmin, 'POST', `/api/units/${unit.id}/close`, { date: '2025-01-01', reason: 'x' })).statusCode).toBe(404);
      expect((await ctx.request(otherAdmin, 'GET', '/api/units/filing-rate')).json()).toEqual({ items: [] });
      expect((await ctx.request(admin, 'GET', `/api/units/${unit.id}`)).json().name).toBe('悦来宾馆');
    });

    it('cannot file a unit in this county’s townships', async () => {
      const response = await ctx.request(otherAdmin, 'POST', '/api/units', hotel({ name: '越界建档' }));
      expect(response.statusCode).toBe(400);
      expect(response.json().fields[0].path).toBe('townshipCode');
    });
  });

  describe('update and close', () => {
    it('records before and after, and a closed unit cannot be edited', async () => {
      const created = (await ctx.request(assistant, 'POST', '/api/units', hotel({ name: '将注销浴室', category: 'public_place', subCategory: 'bathing' }))).json();
      const updated = await ctx.request(assistant, 'PATCH', `/api/units/${created.id}`, { phone: '13800000000', status: 'suspended' });
      expect(updated.json()).toMatchObject({ phone: '13800000000', status: 'suspended' });
      const entry = (await ctx.request(admin, 'GET', `/api/audit?entityId=${created.id}&action=update`)).json().items[0];
      expect(entry.before.phone).toBe('0523-8888888');
      expect(entry.after.phone).toBe('13800000000');
      const closed = await ctx.request(assistant, 'POST', `/api/units/${created.id}/close`, { date: '2025-06-30', reason: '歇业' });
      expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2025-06-30' });
      expect((await ctx.request(assistant, 'PATCH', `/api/units/${created.id}`, { phone: '1' })).statusCode).toBe(400);
      expect((await ctx.request(assistant, 'PATCH', `/api/units/${created.id}`, { phone: '13900000000' })).statusCode).toBe(409);
    });
  });

  describe('GET /api/units/filing-rate', () => {
    it('gives 建档率 per station over units not closed, with numerator and denominator', async () => {
      const county = await ctx.newCounty();
      const countyAdmin = await ctx.login((await ctx.newUser({ orgId: county.instituteId, role: 'admin' })).username);
      const base = { category: 'school', subCategory: 'primary_secondary', address: '学府路', townshipCode: county.townshipCodes[0] };
      await ctx.request(countyAdmin, 'POST', '/api/units', { ...base, name: '完整小学', personInCharge: '李校长', phone: '0523-1111111' });
      await ctx.request(countyAdmin, 'POST', '/api/units', { ...base, name: '缺电话小学', personInCharge: '张校长' });
      await ctx.request(countyAdmin, 'POST', '/api/units', { ...base, name: '完整中学', personInCharge: '赵校长', phone: '0523-2222222' });
      const closed = (await ctx.request(countyAdmin, 'POST', '/api/units', { ...base, name: '已撤并小学' })).json();
      await ctx.request(countyAdmin, 'POST', `/api/units/${closed.id}/close`, { date: '2025-01-01', reason: '撤并' });
      const items = (await ctx.request(countyAdmin, 'GET', '/api/units/filing-rate')).json().items;
      expect(items).toEqual([
        { orgId: county.stationIds[0], orgName: expect.any(String), townshipCode: county.townshipCodes[0], unitsKnown: 3, unitsWithCompleteFile: 2, rate: { numerator: 2, denominator: 3, unit: '%', value: 200 / 3 } },
      ]);
    });
  });
});
