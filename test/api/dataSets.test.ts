import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

describe('data sets', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let admin: string;
  let otherAdmin: string;
  let assistant: string;

  const field = (code: string, overrides: Record<string, unknown> = {}) => ({ code, name: `字段${code}`, group: '甲类', unit: '例', ...overrides });
  const body = (overrides: Record<string, unknown> = {}) => ({
    code: 'vaccines', name: '疫苗接种月报', periodType: 'month', reportingOrgKind: 'station', deadlineDays: 10,
    fields: [field('doses'), field('coverage', { unit: '%', decimals: 1, target: { kind: 'floor', min: 95, max: null } })], ...overrides,
  });

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.setNow(new Date('2026-05-11T02:00:00Z'));
    ({ home, admin, otherAdmin } = await ctx.twoCounties());
    assistant = await ctx.login((await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' })).username);
  });
  afterAll(() => ctx.close());

  describe('GET /api/data-sets', () => {
    it('lists the two built-ins to everyone, not editable', async () => {
      const items = (await ctx.request(assistant, 'GET', '/api/data-sets')).json().items;
      expect(items.map((d: { code: string; kind: string; editable: boolean; deadlineDays: number }) => [d.code, d.kind, d.editable, d.deadlineDays])).toEqual([
        ['registers', 'registers', false, 19], ['quarterly-summary', 'quarterly_summary', false, 19],
      ]);
    });
  });

  describe('POST /api/data-sets', () => {
    it('creates a custom data set owned by the county, from the first of this month, with its fields in order', async () => {
      const response = await ctx.request(admin, 'POST', '/api/data-sets', body());
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(created).toMatchObject({
        code: 'vaccines', kind: 'custom', builtIn: false, periodType: 'month', reportingOrgKind: 'station', deadlineDays: 10,
        path: `/990000/990100/${home.countyCode}/`, startsOn: '2026-05-01', endsOn: null, editable: true,
      });
      expect(created.fields.map((f: { code: string; targetLabel: string; decimals: number }) => [f.code, f.targetLabel, f.decimals])).toEqual([
        ['doses', '', 0], ['coverage', '不低于95%', 1],
      ]);
      const audit = (await ctx.request(admin, 'GET', `/api/audit?entityType=data_set&entityId=${created.id}`)).json().items;
      expect(audit.map((e: { action: string }) => e.action)).toEqual(['create']);
    });

    it('names the field of each mistake', async () => {
      const cases: [Record<string, unknown>, number, string, string][] = [
        [body({ code: 'dup', fields: [field('a'), field('b'), field('a')] }), 400, 'fields.2.code', '字段代码“a”与第 1 个字段重复'],
        [body({ code: 'tgt', fields: [field('a', { target: { kind: 'range', min: 6, max: 4 } })] }), 400, 'fields.0.target', '下限 6 大于上限 4'],
        [body({ code: 'tgt2', fields: [field('a', { target: { kind: 'floor', min: null, max: 3 } })] }), 400, 'fields.0.target', '“不低于”只填写下限'],
        [body({ code: 'registers' }), 400, 'code', '“registers”是内置数据集的代码，请换一个'],
        [body({ code: 'Bad code' }), 400, 'code', '代码为 1–40 位小写字母、数字、下划线或连字符，以字母开头'],
        [body({ code: 'x', fields: [] }), 400, 'fields', '至少需要一个字段'],
        [body({ code: 'x', fields: [field('a', { decimals: 5 })] }), 400, 'fields.0.decimals', '小数位数为 0–4'],
        [body({ code: 'x', startsOn: '2026-05-01', endsOn: '2026-04-01' }), 400, 'endsOn', '停止日期须晚于开始日期 2026-05-01'],
      ];
      for (const [input, status, path, message] of cases) {
        const response = await ctx.request(admin, 'POST', '/api/data-sets', input);
        expect(response.statusCode, path).toBe(status);
        expect(response.json().fields[0], path).toEqual({ path, message });
      }
      const duplicate = await ctx.request(admin, 'POST', '/api/data-sets', body());
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json().message).toBe('本辖区已有代码为“vaccines”的数据集');
    });

    it('is for administrators only', async () => {
      expect((await ctx.request(assistant, 'POST', '/api/data-sets', body({ code: 'mine' }))).statusCode).toBe(403);
    });
  });

  describe('POST /api/data-sets/from-template', () => {
    it('creates the notifiable-disease data set in the actor’s county once', async () => {
      const response = await ctx.request(admin, 'POST', '/api/data-sets/from-template', { templateCode: 'notifiable-diseases' });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ code: 'notifiable-diseases', name: '法定传染病报告月报', deadlineDays: 10, startsOn: '2026-05-01' });
      expect(response.json().fields).toHaveLength(12);
      expect((await ctx.request(admin, 'POST', '/api/data-sets/from-template', { templateCode: 'notifiable-diseases' })).statusCode).toBe(409);
      const unknown = await ctx.request(admin, 'POST', '/api/data-sets/from-template', { templateCode: 'nope' });
      expect(unknown.json().fields[0]).toEqual({ path: 'templateCode', message: '没有代码为“nope”的模板' });
    });
  });

  describe('PATCH /api/data-sets/:id', () => {
    it('renames, adds and removes fields while none has values; built-ins cannot change', async () => {
      const created = (await ctx.request(admin, 'POST', '/api/data-sets', body({ code: 'editable' }))).json();
      const [doses] = created.fields;
      const response = await ctx.request(admin, 'PATCH', `/api/data-sets/${created.id}`, {
        name: '疫苗接种情况', deadlineDays: 15,
        fields: [field('extra'), { ...doses, name: '接种剂次', unit: '剂次', decimals: 2, target: { kind: 'ceiling', min: null, max: 100 } }],
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ name: '疫苗接种情况', deadlineDays: 15 });
      expect(response.json().fields.map((f: { id: string; code: string; name: string; unit: string; decimals: number; targetLabel: string }) => [f.code, f.name, f.unit, f.decimals, f.targetLabel])).toEqual([
        ['extra', '字段extra', '例', 0, ''], ['doses', '接种剂次', '剂次', 2, '不高于100剂次'],
      ]);
      expect(response.json().fields[1].id).toBe(doses.id);
      const builtIn = (await ctx.request(admin, 'GET', '/api/data-sets')).json().items.find((d: { code: string }) => d.code === 'registers');
      const refused = await ctx.request(admin, 'PATCH', `/api/data-sets/${builtIn.id}`, { name: '改名' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().message).toBe('内置数据集不能修改');
    });

    it('keeps fields that hold values: no removal, no change of decimals or code (409)', async () => {
      const created = (await ctx.request(admin, 'POST', '/api/data-sets', body({ code: 'withvalues', startsOn: '2026-01-01' }))).json();
      const [doses, coverage] = created.fields;
      const station = await ctx.login((await ctx.newUser({ orgId: home.stationIds[0]!, role: 'station_head' })).username);
      const saved = await ctx.request(station, 'PUT', `/api/submissions/${created.id}/${home.stationIds[0]}/2026-04`, { values: { doses: 3 } });
      expect(saved.statusCode).toBe(200);
      const patch = (fields: unknown[]) => ctx.request(admin, 'PATCH', `/api/data-sets/${created.id}`, { fields });
      const removed = await patch([coverage]);
      expect([removed.statusCode, removed.json().message]).toEqual([409, '字段“字段doses”已有填报数据，不能删除']);
      const decimals = await patch([{ ...doses, decimals: 1 }, coverage]);
      expect([decimals.statusCode, decimals.json().message]).toEqual([409, '字段“字段doses”已有填报数据，不能修改小数位数']);
      const recoded = await patch([{ ...doses, code: 'shots' }, coverage]);
      expect([recoded.statusCode, recoded.json().message]).toEqual([409, '字段“字段doses”已有填报数据，不能修改代码']);
      const renamed = await patch([{ ...doses, name: '剂次' }]);
      expect(renamed.statusCode).toBe(200);
      expect(renamed.json().fields.map((f: { name: string; hasValues: boolean }) => [f.name, f.hasValues])).toEqual([['剂次', true]]);
    });
  });

  describe('scope', () => {
    it('hides a county’s data set from another county (404) and shows it to its stations', async () => {
      const created = (await ctx.request(admin, 'POST', '/api/data-sets', body({ code: 'scoped' }))).json();
      expect((await ctx.request(otherAdmin, 'GET', `/api/data-sets/${created.id}`)).statusCode).toBe(404);
      expect((await ctx.request(otherAdmin, 'PATCH', `/api/data-sets/${created.id}`, { name: 'x' })).statusCode).toBe(404);
      expect((await ctx.request(otherAdmin, 'GET', '/api/data-sets')).json().items.map((d: { code: string }) => d.code)).toEqual(['registers', 'quarterly-summary']);
      const seen = (await ctx.request(assistant, 'GET', `/api/data-sets/${created.id}`)).json();
      expect(seen).toMatchObject({ code: 'scoped', editable: false });
    });
  });
});
