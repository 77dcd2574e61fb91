import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

/** Noon in Shanghai on the given day. */
const on = (date: string) => new Date(`${date}T04:00:00Z`);

describe('inspections', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let admin: string;
  let otherAdmin: string;
  let inspector: string;
  let official: string;
  let officerIds: string[];
  let unitId: string;
  let otherUnitId: string;

  const inspect = (cookie: string, overrides: Record<string, unknown> = {}) =>
    ctx.request(cookie, 'POST', '/api/inspections', { unitId, inspectedOn: '2026-05-10', inspectorIds: officerIds, findings: '未按规定消毒', result: 'compliant', ...overrides });
  const newUnit = async (cookie: string, townshipCode: string, name: string) =>
    (await ctx.request(cookie, 'POST', '/api/units', { name, category: 'public_place', subCategory: 'accommodation', address: '人民路', townshipCode })).json().id as string;

  beforeAll(async () => {
    ctx = await createTestContext();
    const counties = await ctx.twoCounties();
    ({ home, admin, otherAdmin } = counties);
    const users = await Promise.all([0, 1, 2].map(() => ctx.newUser({ orgId: home.instituteId, role: 'inspector' })));
    officerIds = users.slice(0, 2).map((u) => u.id);
    inspector = await ctx.login(users[0]!.username);
    official = await ctx.login((await ctx.newUser({ orgId: home.commissionId, role: 'official' })).username);
    unitId = await newUnit(admin, home.townshipCodes[0]!, '悦来宾馆');
    otherUnitId = await newUnit(otherAdmin, counties.other.townshipCodes[0]!, '外县宾馆');
    ctx.setNow(on('2026-05-12'));
  });
  afterAll(() => ctx.close());

  it('records an inspection with the officers’ names kept and counts them for 出动人次', async () => {
    const response = await inspect(inspector);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      unitId, unitName: '悦来宾馆', inspectedOn: '2026-05-10', inspectorCount: 2, source: 'routine', result: 'compliant',
      orderStatus: null, overdue: false, caseNo: null, inspectors: officerIds.map((id) => ({ id, name: expect.stringMatching(/^测试用户/) })),
    });
    const audit = (await ctx.request(admin, 'GET', `/api/audit?entityType=inspection&entityId=${response.json().id}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'create', after: { result: 'compliant', inspectorCount: 2 } });
  });

  it('refuses a bad form with the field named', async () => {
    const disabled = await ctx.newUser({ orgId: home.instituteId, role: 'inspector', enabled: false });
    const assistant = await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ result: 'rectify' }, 'deadline', '责令整改须写明整改期限'],
      [{ result: 'rectify', deadline: '2026-05-10' }, 'deadline', '整改期限应晚于检查日期'],
      [{ inspectedOn: '2026-05-13' }, 'inspectedOn', '检查日期不能晚于今天'],
      [{ inspectorIds: [] }, 'inspectorIds', '至少填写一名检查人员'],
      [{ inspectorIds: [disabled.id] }, 'inspectorIds', '所选人员须为管辖范围内在岗的卫生监督员'],
      [{ inspectorIds: [assistant.id] }, 'inspectorIds', '所选人员须为管辖范围内在岗的卫生监督员'],
      [{ unitId: otherUnitId }, 'unitId', '单位不存在或不在您的管辖范围内'],
      [{ source: 'complaint', sourceId: unitId }, 'sourceId', '来源记录不存在或不在您的管辖范围内'],
      [{ source: 'random', sourceId: unitId }, 'sourceId', '双随机抽查的检查在登记抽查结果时已自动记录，无需另行登记'],
      [{ source: 'grading', sourceId: unitId }, 'sourceId', '量化分级的检查在评级公示时已自动记录，无需另行登记'],
      [{ source: 'routine', sourceId: unitId }, 'sourceId', '该来源没有可关联的记录'],
      [{ result: 'passed' }, 'result', '检查结果应为 compliant、rectify、case 或 other'],
    ];
    for (const [override, path, message] of cases) {
      const response = await inspect(inspector, override);
      expect(response.statusCode, JSON.stringify(override)).toBe(400);
      expect(response.json().fields).toEqual([{ path, message }]);
    }
  });

  describe('rectification orders', () => {
    it('issues an order, extends it at a re-inspection, then closes it', async () => {
      const order = (await inspect(inspector, { result: 'rectify', deadline: '2026-05-11' })).json();
      expect(order).toMatchObject({ orderStatus: 'open', orderDeadline: '2026-05-11', deadline: '2026-05-11', overdue: true });
      const overdue = (await ctx.request(inspector, 'GET', '/api/inspections?overdue=true')).json();
      expect(overdue.items.map((i: { id: string }) => i.id)).toContain(order.id);

      const extend = await inspect(inspector, { inspectedOn: '2026-05-12', result: 'rectify', deadline: '2026-05-30', followUpOf: order.id });
      expect(extend.statusCode, extend.body).toBe(201);
      expect(extend.json()).toMatchObject({ followUpOf: order.id, orderStatus: null, source: 'rectification' });
      expect((await ctx.request(inspector, 'GET', `/api/inspections/${order.id}`)).json()).toMatchObject({ orderStatus: 'open', orderDeadline: '2026-05-30', deadline: '2026-05-11', overdue: false });

      await inspect(inspector, { inspectedOn: '2026-05-12', result: 'compliant', followUpOf: order.id });
      const closed = (await ctx.request(inspector, 'GET', `/api/inspections/${order.id}`)).json();
      expect(closed).toMatchObject({ orderStatus: 'closed', orderClosedOn: '2026-05-12', overdue: false });
      const audit = (await ctx.request(admin, 'GET', `/api/audit?entityType=inspection&entityId=${order.id}`)).json();
      expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['close', 'extend', 'create']);
      expect(audit.items[0]).toMatchObject({ before: { orderStatus: 'open' }, after: { orderStatus: 'closed' } });

      const again = await inspect(inspector, { inspectedOn: '2026-05-12', result: 'compliant', followUpOf: order.id });
      expect(again.statusCode).toBe(409);
      expect(again.json().message).toBe('该整改令整改完成，不能再复查');
    });

    it('hands an order to 立案 and refuses a re-inspection of another unit, earlier, or with 其他处理', async () => {
      const order = (await inspect(inspector, { result: 'rectify', deadline: '2026-05-20' })).json();
      const secondUnit = await newUnit(admin, home.townshipCodes[1]!, '清泉浴室');
      const wrong: [Record<string, unknown>, string, string][] = [
        [{ unitId: secondUnit }, 'unitId', '复查的单位应与整改令的单位相同'],
        [{ inspectedOn: '2026-05-09' }, 'inspectedOn', '复查日期不能早于责令整改的检查日期'],
        [{ result: 'other' }, 'result', '复查结果应为合格（整改完成）、责令整改（延期）或立案查处'],
      ];
      for (const [override, path, message] of wrong) {
        const response = await inspect(inspector, { followUpOf: order.id, ...override });
        expect(response.statusCode).toBe(400);
        expect(response.json().fields).toEqual([{ path, message }]);
      }
      await inspect(inspector, { inspectedOn: '2026-05-12', result: 'case', followUpOf: order.id });
      expect((await ctx.request(inspector, 'GET', `/api/inspections/${order.id}`)).json().orderStatus).toBe('case_filed');
    });
  });

  describe('scope and roles', () => {
    it('hides one county’s inspections from another and lets the commission read but not write', async () => {
      const { id } = (await inspect(inspector)).json();
      expect((await ctx.request(otherAdmin, 'GET', `/api/inspections/${id}`)).statusCode).toBe(404);
      expect((await ctx.request(otherAdmin, 'GET', '/api/inspections')).json().total).toBe(0);
      const followUp = await ctx.request(otherAdmin, 'POST', '/api/inspections', { unitId: otherUnitId, inspectedOn: '2026-05-10', inspectorIds: officerIds, result: 'compliant' });
      expect(followUp.statusCode).toBe(400);
      expect((await ctx.request(official, 'GET', `/api/inspections/${id}`)).statusCode).toBe(200);
      expect((await inspect(official)).statusCode).toBe(403);
    });

    it('lists the officers who may be named: enabled inspectors in scope only', async () => {
      const { items } = (await ctx.request(inspector, 'GET', '/api/inspections/officers')).json();
      expect(items).toHaveLength(3);
      expect(items.every((o: Record<string, unknown>) => Object.keys(o).sort().join() === 'id,name,orgName')).toBe(true);
      expect((await ctx.request(otherAdmin, 'GET', '/api/inspections/officers')).json().items).toEqual([]);
    });
  });
});
