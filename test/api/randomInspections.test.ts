import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redraw } from '../../scripts/redraw.js';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

/** Noon in Shanghai on the given day. */
const on = (date: string) => new Date(`${date}T04:00:00Z`);
const BASE = '/api/random-inspections';
const PUBLIC = '/api/public/random-inspections';
const ITEM = { name: '公共场所卫生监督抽查', legalBasis: '《公共场所卫生管理条例》', categories: ['public_place'], ratio: 60, frequency: '每年1次', method: '现场检查' };

describe('random inspections', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let admin: string;
  let otherAdmin: string;
  let inspector: string;
  let official: string;
  let assistant: string;
  let cityAdmin: string;
  const inspectors: { id: string; username: string; name: string }[] = [];
  const usernames: Record<string, string> = {};
  /** Moves the clock; sessions last 12 hours, so everyone signs in again on the new day. */
  const at = async (date: string) => {
    ctx.setNow(on(date));
    admin = await ctx.login(usernames.admin!);
    otherAdmin = await ctx.login(usernames.otherAdmin!);
    inspector = await ctx.login(usernames.inspector!);
    official = await ctx.login(usernames.official!);
    assistant = await ctx.login(usernames.assistant!);
    cityAdmin = await ctx.login(usernames.cityAdmin!);
  };
  const unitIds: string[] = [];
  let nextIp = 1;

  const req = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) => ctx.request(cookie, method, url, body);
  const ok = async (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, status = 200) => {
    const response = await req(cookie, method, url, body);
    expect(response.statusCode, response.body).toBe(status);
    return status === 204 ? null : response.json();
  };
  const publicGet = (url: string) => ctx.app.inject({ method: 'GET', url: `${PUBLIC}${url}`, remoteAddress: `10.3.0.${nextIp++}` });
  const newPlan = (cookie: string, itemId: string, overrides: Record<string, unknown> = {}) =>
    ok(cookie, 'POST', `${BASE}/plans`, { itemId, title: '2026 年公共场所第一批', year: 2026, windowStart: '2026-03-01', windowEnd: '2026-06-30', ...overrides }, 201);
  const newUnit = async (cookie: string, county: TestCounty, name: string, category = 'public_place', subCategory = 'accommodation') =>
    (await ok(cookie, 'POST', '/api/units', { name, category, subCategory, address: '人民路 1 号', townshipCode: county.townshipCodes[0], personInCharge: '王老板', phone: '13912345678' }, 201)).id as string;

  beforeAll(async () => {
    ctx = await createTestContext({ randomRecentDays: 365 });
    ctx.setNow(on('2026-03-02'));
    let other: TestCounty;
    ({ home, other } = await ctx.twoCounties({ home: 'ri.admin', other: 'ri.other' }));
    Object.assign(usernames, { admin: 'ri.admin', otherAdmin: 'ri.other' });
    for (const [i, name] of ['张明', '李华', '王强', '赵敏'].entries()) {
      const user = await ctx.newUser({ orgId: home.instituteId, role: 'inspector' });
      await ctx.database.db.updateTable('users').set({ display_name: name, phone: `1380000000${i}` }).where('id', '=', user.id).execute();
      inspectors.push({ ...user, name });
    }
    // A disabled inspector is never in the pool.
    await ctx.newUser({ orgId: home.instituteId, role: 'inspector', enabled: false });
    usernames.inspector = inspectors[0]!.username;
    usernames.official = (await ctx.newUser({ orgId: home.commissionId, role: 'official' })).username;
    usernames.assistant = (await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' })).username;
    const cityInstitute = await ctx.newOrg('institute', '990100');
    usernames.cityAdmin = (await ctx.newUser({ orgId: cityInstitute, role: 'admin' })).username;
    await at('2026-03-02');
    for (const name of ['悦来宾馆', '清池浴室', '丽人美发', '金水游泳馆', '百汇商场']) unitIds.push(await newUnit(admin, home, name));
    const closed = await newUnit(admin, home, '已关闭旅社');
    await ok(admin, 'POST', `/api/units/${closed}/close`, { date: '2026-02-01', reason: '停业' });
    await newUnit(admin, home, '实验小学', 'school', 'primary_secondary');
    await newUnit(otherAdmin, other, '外县宾馆');
  });
  afterAll(() => ctx.close());

  describe('item list', () => {
    it('creates, lists with the city’s items, updates and audits', async () => {
      const item = await ok(inspector, 'POST', `${BASE}/items`, ITEM, 201);
      expect(item).toMatchObject({ ...ITEM, active: true, editable: true, orgId: home.instituteId });
      const cityItem = await ok(cityAdmin, 'POST', `${BASE}/items`, { ...ITEM, name: '市级生活饮用水抽查', categories: ['drinking_water'], ratio: 12.5 }, 201);
      const list = (await ok(official, 'GET', `${BASE}/items`)).items;
      expect(list.map((i: { name: string }) => i.name).sort()).toEqual(['公共场所卫生监督抽查', '市级生活饮用水抽查']);
      expect(list.find((i: { id: string }) => i.id === cityItem.id)).toMatchObject({ editable: false, ratio: 12.5 });
      expect((await req(inspector, 'PUT', `${BASE}/items/${cityItem.id}`, ITEM)).statusCode).toBe(403);
      const updated = await ok(inspector, 'PUT', `${BASE}/items/${item.id}`, { ...ITEM, ratio: 33.33, active: false });
      expect(updated).toMatchObject({ ratio: 33.33, active: false });
      const trail = await ok(admin, 'GET', `/api/audit?entityType=random_inspection_item&entityId=${item.id}`);
      expect(trail.items[0]).toMatchObject({ action: 'update', before: { ratio: 60 }, after: { ratio: 33.33, active: false } });
      await ok(inspector, 'DELETE', `${BASE}/items/${item.id}`, undefined, 204);
      expect((await req(inspector, 'GET', `${BASE}/items/${item.id}`)).statusCode).toBe(404);
    });

    it('names the field of a bad value', async () => {
      const response = await req(inspector, 'POST', `${BASE}/items`, { ...ITEM, ratio: 5.555, categories: [], method: '随便看看' });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual(expect.arrayContaining([
        { path: 'ratio', message: '抽查比例最多两位小数' }, { path: 'categories', message: '请至少选择一类检查对象' }, { path: 'method', message: '检查方式不正确' },
      ]));
    });

    it('lets officials read and refuses stations and another county', async () => {
      const item = await ok(inspector, 'POST', `${BASE}/items`, { ...ITEM, name: '临时事项' }, 201);
      expect((await req(official, 'POST', `${BASE}/items`, ITEM)).statusCode).toBe(403);
      expect((await req(assistant, 'GET', `${BASE}/items`)).statusCode).toBe(403);
      expect((await req(otherAdmin, 'GET', `${BASE}/items/${item.id}`)).statusCode).toBe(404);
      expect((await req(otherAdmin, 'PUT', `${BASE}/items/${item.id}`, ITEM)).statusCode).toBe(404);
      expect((await req(otherAdmin, 'DELETE', `${BASE}/items/${item.id}`)).statusCode).toBe(404);
      expect((await ok(otherAdmin, 'GET', `${BASE}/items`)).items.map((i: { name: string }) => i.name)).toEqual(['市级生活饮用水抽查']);
    });
  });

  describe('a plan from draft to published results', () => {
    let itemId: string;
    let planId: string;
    let record: Parameters<typeof redraw>[0];

    beforeAll(async () => {
      itemId = (await ok(inspector, 'POST', `${BASE}/items`, ITEM, 201)).id;
      // 张明 declared conflicts with every unit: he must never be drawn.
      for (const unitId of unitIds) await ok(inspector, 'POST', `${BASE}/conflicts`, { inspectorId: inspectors[0]!.id, unitId, reason: '亲属经营' }, 201);
    });

    it('refuses a duplicate conflict and one with another county’s inspector', async () => {
      expect((await req(inspector, 'POST', `${BASE}/conflicts`, { inspectorId: inspectors[0]!.id, unitId: unitIds[0], reason: '再登记' })).json().message).toBe('该执法人员与该单位的回避关系已登记');
      const response = await req(otherAdmin, 'POST', `${BASE}/conflicts`, { inspectorId: inspectors[1]!.id, unitId: unitIds[0], reason: '越权' });
      expect(response.statusCode).toBe(400);
      expect((await ok(otherAdmin, 'GET', `${BASE}/conflicts`)).items).toEqual([]);
    });

    it('creates and edits a draft, refusing steps out of order with 409', async () => {
      const plan = await newPlan(inspector, itemId);
      planId = plan.id;
      expect(plan).toMatchObject({ status: 'draft', countyCode: home.countyCode, commitment: null, seed: null, candidateCount: null, inspectorsPerUnit: 2, tasks: [] });
      expect((await ok(inspector, 'PUT', `${BASE}/plans/${planId}`, { title: '2026 年公共场所监督抽查第一批', year: 2026, windowStart: '2026-03-01', windowEnd: '2026-06-30' })).title)
        .toBe('2026 年公共场所监督抽查第一批');
      const early = await req(inspector, 'POST', `${BASE}/plans/${planId}/draw`);
      expect(early.statusCode).toBe(409);
      expect(early.json().message).toBe('当前状态为“草稿”，不能抽取');
      expect((await req(inspector, 'POST', `${BASE}/plans/${planId}/publish`)).json().message).toBe('当前状态为“草稿”，不能公示结果');
      const badWindow = await req(inspector, 'PUT', `${BASE}/plans/${planId}`, { title: 'x', year: 2026, windowStart: '2026-06-01', windowEnd: '2026-05-01' });
      expect(badWindow.json().fields).toEqual([{ path: 'windowEnd', message: '检查结束日期不能早于开始日期' }]);
    });

    it('commits: freezes operating units of the categories and the enabled inspectors, publishes only the hash', async () => {
      const committed = await ok(inspector, 'POST', `${BASE}/plans/${planId}/commit`);
      expect(committed).toMatchObject({ status: 'committed', seed: null, candidateCount: 5, drawCount: 3, excludedRecent: 0 });
      expect(committed.commitment).toMatch(/^[0-9a-f]{64}$/);
      expect(committed.candidates.map((c: { id: string }) => c.id)).toEqual([...unitIds].sort());
      expect(committed.pool.map((p: { name: string }) => p.name).sort()).toEqual(['张明', '李华', '王强', '赵敏'].sort());
      expect((await req(inspector, 'POST', `${BASE}/plans/${planId}/commit`)).json().message).toBe('当前状态为“已公布承诺值”，不能公布承诺值并冻结名单');
      expect((await req(inspector, 'PUT', `${BASE}/plans/${planId}`, { title: 'x', year: 2026, windowStart: '2026-03-01', windowEnd: '2026-03-02' })).statusCode).toBe(409);
      const audit = await ok(admin, 'GET', `/api/audit?entityType=random_inspection_plan&entityId=${planId}`);
      expect(JSON.stringify(audit)).not.toMatch(/"seed":"[0-9a-f]{64}"/);
    });

    it('publishes the plan announcement with the commitment and no seed before the draw', async () => {
      const announcements = (await publicGet('/plans?stage=plan')).json().items;
      expect(announcements.find((p: { id: string }) => p.id === planId)).toMatchObject({ status: 'committed', candidateCount: 5, unitCount: 3, seed: null });
      const early = (await publicGet(`/plans/${planId}/draw.json`)).json();
      expect(early).toMatchObject({ seed: null, result: null, unitCount: 3, inspectorsPerUnit: 2 });
      expect(early.conflicts).toHaveLength(5);
      expect((await publicGet('/plans?stage=task')).json().items).toEqual([]);
    });

    it('draws on another day: reveals the seed, spreads the three pool members without conflicts', async () => {
      await at('2026-03-03');
      const drawn = await ok(inspector, 'POST', `${BASE}/plans/${planId}/draw`);
      expect(drawn).toMatchObject({ status: 'drawn', seed: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(drawn.tasks).toHaveLength(3);
      const names = drawn.tasks.flatMap((t: { inspectors: { name: string }[] }) => t.inspectors.map((i) => i.name));
      expect(names).not.toContain('张明');
      expect(names.filter((n: string) => n === '李华').length).toBe(2);
      expect(names.filter((n: string) => n === '王强').length).toBe(2);
      expect(names.filter((n: string) => n === '赵敏').length).toBe(2);
      expect((await req(inspector, 'POST', `${BASE}/plans/${planId}/draw`)).json().message).toBe('当前状态为“已抽取”，不能抽取');
      expect((await req(inspector, 'POST', `${BASE}/plans/${planId}/cancel`, { reason: '不想要' })).json().message).toBe('当前状态为“已抽取”，不能取消计划');
    });

    it('re-runs the draw from the public record: 一致, and 不一致 with a tampered seed', async () => {
      record = (await publicGet(`/plans/${planId}/draw.json`)).json();
      expect(record.seed).toMatch(/^[0-9a-f]{64}$/);
      const faithful = await redraw(record);
      expect(faithful.consistent).toBe(true);
      expect(faithful.lines.at(-1)).toBe('一致');
      const tampered = await redraw({ ...record, seed: record.seed!.replace(/^./, (c) => (c === '0' ? '1' : '0')) });
      expect(tampered).toMatchObject({ consistent: false });
      expect(tampered.lines.at(-1)).toBe('不一致');
    });

    it('runs as the published command', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'redraw-'));
      await writeFile(join(dir, 'draw.json'), JSON.stringify(record));
      await writeFile(join(dir, 'bad.json'), JSON.stringify({ ...record, seed: 'f'.repeat(64) }));
      const run = promisify(execFile);
      const good = await run('npx', ['tsx', 'scripts/redraw.ts', join(dir, 'draw.json')]);
      expect(good.stdout.trim().split('\n').at(-1)).toBe('一致');
      await expect(run('npx', ['tsx', 'scripts/redraw.ts', join(dir, 'bad.json')])).rejects.toMatchObject({ code: 1, stdout: expect.stringContaining('不一致') });
    }, 60_000);

    it('records results, refusing bad dates, and publishes only when every task has one', async () => {
      await at('2026-03-10');
      const tasks = (await ok(official, 'GET', `${BASE}/plans/${planId}`)).tasks;
      const url = (taskId: string) => `${BASE}/plans/${planId}/tasks/${taskId}/result`;
      const tooEarly = await req(inspector, 'PUT', url(tasks[0].id), { result: 'no_problem', resultOn: '2026-03-01' });
      expect(tooEarly.json().fields).toEqual([{ path: 'resultOn', message: '检查日期不能早于抽取日期 2026-03-03' }]);
      expect((await req(inspector, 'PUT', url(tasks[0].id), { result: 'no_problem', resultOn: '2026-03-11' })).statusCode).toBe(400);
      expect((await req(inspector, 'PUT', url(tasks[0].id), { result: 'maybe', resultOn: '2026-03-09' })).json().fields).toEqual([{ path: 'result', message: '检查结果不正确' }]);
      const figuresBefore = await ok(inspector, 'GET', '/api/cases/indicators?period=2026-03');
      expect((await req(inspector, 'PUT', url(tasks[1].id), { result: 'rectification', resultOn: '2026-03-09' })).json().fields).toEqual([{ path: 'deadline', message: '责令整改须写明整改期限' }]);
      expect((await req(inspector, 'PUT', url(tasks[0].id), { result: 'no_problem', resultOn: '2026-03-09', deadline: '2026-03-20' })).json().fields).toEqual([{ path: 'deadline', message: '只有责令整改需要整改期限' }]);
      await ok(inspector, 'PUT', url(tasks[0].id), { result: 'no_problem', resultOn: '2026-03-09' });
      await ok(inspector, 'PUT', url(tasks[1].id), { result: 'rectification', resultOn: '2026-03-09', summary: '从业人员健康证过期，责令整改', deadline: '2026-03-20' });
      const early = await req(inspector, 'POST', `${BASE}/plans/${planId}/publish`);
      expect(early.statusCode).toBe(409);
      expect(early.json().message).toBe('还有 1 户单位未登记检查结果，不能公示');
      await ok(inspector, 'PUT', url(tasks[2].id), { result: 'unable', resultOn: '2026-03-10' });

      // Each result is the drawn inspectors' visit, recorded once as a 监督检查: three visits of two
      // inspectors each, so 户次 +3 and 出动人次 +6; the 责令整改 one is an order with its deadline.
      const recorded = (await ok(inspector, 'GET', `${BASE}/plans/${planId}`)).tasks as { id: string; inspectionId: string; deadline: string | null; inspectors: { name: string }[] }[];
      const visits = await Promise.all(recorded.map(async (t) => ok(inspector, 'GET', `/api/inspections/${t.inspectionId}`)));
      expect(visits.map((v) => [v.source, v.sourceId, v.result, v.inspectorCount, v.orderStatus, v.orderDeadline])).toEqual([
        ['random', recorded[0]!.id, 'compliant', 2, null, null],
        ['random', recorded[1]!.id, 'rectify', 2, 'open', '2026-03-20'],
        ['random', recorded[2]!.id, 'other', 2, null, null],
      ]);
      expect(visits[1].inspectors.map((i: { name: string }) => i.name)).toEqual(recorded[1]!.inspectors.map((i) => i.name));
      expect(visits[1].findings).toBe('双随机抽查（2026 年公共场所监督抽查第一批）：发现问题，责令整改。从业人员健康证过期，责令整改');
      expect(recorded[1]!.deadline).toBe('2026-03-20');
      const figuresAfter = await ok(inspector, 'GET', '/api/cases/indicators?period=2026-03');
      expect([figuresAfter.inspections - figuresBefore.inspections, figuresAfter.inspectorVisits - figuresBefore.inspectorVisits]).toEqual([3, 6]);
      // Recording again corrects the same inspection; nothing is counted twice.
      await ok(inspector, 'PUT', url(tasks[2].id), { result: 'no_problem', resultOn: '2026-03-10', summary: '复工后检查，未发现问题' });
      expect(await ok(inspector, 'GET', `/api/inspections/${recorded[2]!.inspectionId}`)).toMatchObject({ result: 'compliant', findings: expect.stringContaining('复工后检查') });
      expect((await ok(inspector, 'GET', '/api/cases/indicators?period=2026-03')).inspections).toBe(figuresAfter.inspections);
      // A second 监督检查 linked to the task by hand is refused: it would count the visit twice.
      const byHand = await req(inspector, 'POST', '/api/inspections', { unitId: tasks[0].unitId, inspectedOn: '2026-03-10', inspectorIds: [inspectors[0]!.id], result: 'compliant', source: 'random', sourceId: recorded[0]!.id });
      expect(byHand.json().fields).toEqual([{ path: 'sourceId', message: '双随机抽查的检查在登记抽查结果时已自动记录，无需另行登记' }]);
      // Once its order has been re-inspected, the result is fixed.
      const order = visits[1];
      await ok(inspector, 'POST', '/api/inspections', { unitId: order.unitId, inspectedOn: '2026-03-10', inspectorIds: [inspectors[1]!.id], result: 'compliant', followUpOf: order.id }, 201);
      const late = await req(inspector, 'PUT', url(tasks[1].id), { result: 'no_problem', resultOn: '2026-03-09' });
      expect([late.statusCode, late.json().message]).toEqual([409, '该检查已有复查记录，不能再更改检查结果']);
      expect((await ok(inspector, 'GET', `${BASE}/plans/${planId}`)).tasks[1].result).toBe('rectification');

      const published = await ok(inspector, 'POST', `${BASE}/plans/${planId}/publish`);
      expect(published.status).toBe('published');
      expect((await req(inspector, 'PUT', url(tasks[2].id), { result: 'case', resultOn: '2026-03-10' })).json().message).toBe('当前状态为“结果已公示”，不能登记检查结果');
      const trail = await ok(admin, 'GET', `/api/audit?entityType=random_inspection_task&entityId=${tasks[1].id}`);
      expect(trail.items[0]).toMatchObject({ action: 'recordResult', before: { result: null }, after: { result: 'rectification' } });
    });

    it('keeps recently drawn units out of the next plan, and lets them back after RANDOM_RECENT_DAYS', async () => {
      const second = await newPlan(inspector, itemId, { title: '第二批', batch: 2 });
      const committed = await ok(inspector, 'POST', `${BASE}/plans/${second.id}/commit`);
      expect(committed).toMatchObject({ candidateCount: 2, excludedRecent: 3, drawCount: 2 });
      const drawnIds = new Set((await ok(inspector, 'GET', `${BASE}/plans/${planId}`)).tasks.map((t: { unitId: string }) => t.unitId));
      expect(committed.candidates.some((c: { id: string }) => drawnIds.has(c.id))).toBe(false);
      await at('2027-03-10');
      const third = await newPlan(inspector, itemId, { title: '2027 年第一批', year: 2027, windowStart: '2027-03-01', windowEnd: '2027-06-30' });
      expect(await ok(inspector, 'POST', `${BASE}/plans/${third.id}/commit`)).toMatchObject({ candidateCount: 5, excludedRecent: 0 });
      const cancelled = await ok(inspector, 'POST', `${BASE}/plans/${third.id}/cancel`, { reason: '与专项整治合并' });
      expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '与专项整治合并', seed: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect((await req(inspector, 'POST', `${BASE}/plans/${second.id}/cancel`, { reason: ' ' })).json().fields).toEqual([{ path: 'reason', message: '取消理由不能为空' }]);
      // Two clicks on 抽取 at once: one draws, the other is told it already happened.
      const both = await Promise.all([req(inspector, 'POST', `${BASE}/plans/${second.id}/draw`), req(inspector, 'POST', `${BASE}/plans/${second.id}/draw`)]);
      expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect((await ok(inspector, 'GET', `${BASE}/plans/${second.id}`)).tasks).toHaveLength(2);
    });

    it('keeps an item a plan used: deleting it is refused, deactivating is not', async () => {
      const refused = await req(inspector, 'DELETE', `${BASE}/items/${itemId}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().message).toBe('已有抽查计划使用该事项，不能删除，可以停用');
    });

    it('refuses a commit with nothing to draw', async () => {
      const schoolItem = await ok(inspector, 'POST', `${BASE}/items`, { ...ITEM, name: '医疗机构传染病防治监督抽查', categories: ['medical'] }, 201);
      const plan = await newPlan(inspector, schoolItem.id);
      const response = await req(inspector, 'POST', `${BASE}/plans/${plan.id}/commit`);
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toBe('不能公布承诺值：没有符合条件的候选单位');
    });

    it('hides every plan from another county', async () => {
      expect((await req(otherAdmin, 'GET', `${BASE}/plans/${planId}`)).statusCode).toBe(404);
      for (const step of ['commit', 'draw', 'publish']) expect((await req(otherAdmin, 'POST', `${BASE}/plans/${planId}/${step}`)).statusCode).toBe(404);
      const taskId = (await ok(inspector, 'GET', `${BASE}/plans/${planId}`)).tasks[0].id;
      expect((await req(otherAdmin, 'PUT', `${BASE}/plans/${planId}/tasks/${taskId}/result`, { result: 'case', resultOn: '2026-03-10' })).statusCode).toBe(404);
      expect((await req(otherAdmin, 'POST', `${BASE}/plans/${planId}/cancel`, { reason: '越权' })).statusCode).toBe(404);
      expect((await ok(otherAdmin, 'GET', `${BASE}/plans`)).total).toBe(0);
      const foreign = await req(otherAdmin, 'POST', `${BASE}/plans`, { itemId, title: 'x', year: 2026, windowStart: '2026-03-01', windowEnd: '2026-03-02' });
      expect(foreign.json().fields).toEqual([{ path: 'itemId', message: '抽查事项不存在或已停用' }]);
    });

    it('publishes tasks and results with names but no personal data', async () => {
      const detail = (await publicGet(`/plans/${planId}`)).json();
      expect(detail.tasks).toHaveLength(3);
      expect(detail.tasks[0]).toMatchObject({ position: 1, result: expect.any(String), resultOn: expect.any(String), inspectors: expect.any(Array) });
      const bodies = [
        detail, (await publicGet('/items')).json(), (await publicGet('/plans?stage=result')).json(), (await publicGet(`/plans/${planId}/draw.json`)).json(),
      ];
      const text = JSON.stringify(bodies);
      for (const key of ['phone', 'username', 'userId', 'inspectorId', 'idNumber', 'createdBy', 'summary', 'personInCharge']) expect(text).not.toContain(`"${key}"`);
      for (const person of inspectors) {
        expect(text).not.toContain(person.id);
        expect(text).not.toContain(person.username);
      }
      expect(text).not.toMatch(/1380000000\d|13912345678|王老板|健康证过期/);
      expect(text).toContain('李华');
    });

    it('keeps drafts off the portal and answers unknown plans with 404', async () => {
      const draft = await newPlan(inspector, itemId, { title: '草稿计划' });
      expect((await publicGet(`/plans/${draft.id}`)).statusCode).toBe(404);
      expect((await publicGet(`/plans/${draft.id}/draw.json`)).statusCode).toBe(404);
      expect((await publicGet('/plans?stage=everything')).statusCode).toBe(400);
    });
  });
});
