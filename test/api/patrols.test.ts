import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

describe('patrols', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let admin: string;
  let otherAdmin: string;
  let assistant: string;
  let unitId: string;

  const patrol = (overrides: Record<string, unknown> = {}) => ({
    unitId, patrolledOn: '2026-03-10', locationContent: '客房、公共用品用具消毒间',
    checklist: [{ code: 'public_place.licence_displayed', result: 'ok' }], outcome: 'no_problem', ...overrides,
  });

  async function newUnit(name: string, townshipCode = home.townshipCodes[0]) {
    const response = await ctx.request(admin, 'POST', '/api/units', {
      name, category: 'public_place', subCategory: 'accommodation', address: '人民路', townshipCode,
    });
    return response.json().id as string;
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    ({ home, admin, otherAdmin } = await ctx.twoCounties());
    assistant = await ctx.login((await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant', username: 'patroller' })).username);
    await ctx.database.db.updateTable('users').set({ display_name: '张协管' }).where('username', '=', 'patroller').execute();
    unitId = await newUnit('悦来宾馆');
    ctx.setNow(new Date('2026-03-20T04:00:00Z'));
  });
  afterAll(() => ctx.close());

  describe('create', () => {
    it('records the official register fields with the patroller and the unit’s station', async () => {
      const response = await ctx.request(assistant, 'POST', '/api/patrols', patrol({ coPatrollers: '李四', remark: '无' }));
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        unitId, unitName: '悦来宾馆', orgId: home.stationIds[0], patrolledOn: '2026-03-10', locationContent: '客房、公共用品用具消毒间',
        problems: '', patrollerName: '张协管', coPatrollers: '李四', outcome: 'no_problem', rectificationId: null, syncedLate: false,
        checklist: [{ code: 'public_place.licence_displayed', result: 'ok' }], photos: [],
      });
    });

    it('validates the checklist against the unit’s category, the date, and the findings', async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [{ checklist: [{ code: 'school.morning_check', result: 'ok' }] }, 'checklist.0.code', '检查项 school.morning_check 不适用于该类单位'],
        [{ patrolledOn: '2026-03-21' }, 'patrolledOn', '巡查日期不能晚于今天'],
        [{ checklist: [{ code: 'public_place.licence_displayed', result: 'problem' }] }, 'outcome', '检查项发现问题时，处理结果不能为“未发现问题”'],
        [{ outcome: 'advised' }, 'problems', '请填写发现的主要问题'],
        [{ outcome: 'rectification', problems: '无消毒记录' }, 'rectificationDeadline', '责令整改须填写整改期限'],
        [{ outcome: 'rectification', problems: '无消毒记录', rectificationDeadline: '2026-03-10' }, 'rectificationDeadline', '整改期限须晚于巡查日期'],
        [{ outcome: 'closed' }, 'outcome', '处理结果不正确'],
      ];
      for (const [override, path, message] of cases) {
        const response = await ctx.request(assistant, 'POST', '/api/patrols', patrol(override));
        expect(response.statusCode, path).toBe(400);
        expect(response.json().fields[0], path).toEqual({ path, message });
      }
    });

    it('refuses a patrol of a closed unit', async () => {
      const closed = await newUnit('已注销浴室');
      await ctx.request(admin, 'POST', `/api/units/${closed}/close`, { date: '2026-01-01', reason: '歇业' });
      const response = await ctx.request(assistant, 'POST', '/api/patrols', patrol({ unitId: closed }));
      expect(response.statusCode).toBe(400);
      expect(response.json().fields[0]).toEqual({ path: 'unitId', message: '单位已注销，不能巡查' });
    });

    it('records one patrol however often the device retries, and shows a late sync', async () => {
      const clientId = randomUUID();
      const body = patrol({ clientId, capturedAt: '2026-03-18T09:00:00+08:00' });
      const first = await ctx.request(assistant, 'POST', '/api/patrols', body);
      const again = await ctx.request(assistant, 'POST', '/api/patrols', body);
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(200);
      expect(again.json().id).toBe(first.json().id);
      expect(first.json().syncedLate).toBe(true);
      const count = await ctx.database.db.selectFrom('patrols').select((eb) => eb.fn.countAll<string>().as('n')).where('client_id', '=', clientId).executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(1);
    });
  });

  describe('rectification follow-up', () => {
    it('opens a rectification, lists it as a to-do, flags it overdue, and a re-inspection closes it', async () => {
      const created = (await ctx.request(assistant, 'POST', '/api/patrols', patrol({
        checklist: [{ code: 'public_place.licence_displayed', result: 'problem' }], problems: '卫生许可证未悬挂', outcome: 'rectification', rectificationDeadline: '2026-03-17',
      }))).json();
      expect(created.rectificationId).toEqual(expect.any(String));
      const todo = (await ctx.request(assistant, 'GET', '/api/rectifications?status=open')).json();
      expect(todo.items).toHaveLength(1);
      expect(todo.items[0]).toMatchObject({ id: created.rectificationId, unitName: '悦来宾馆', problems: '卫生许可证未悬挂', requiredOn: '2026-03-10', deadline: '2026-03-17', status: 'open', overdue: true });
      expect((await ctx.request(assistant, 'GET', '/api/rectifications?overdue=true')).json().total).toBe(1);

      const reinspection = await ctx.request(assistant, 'POST', '/api/patrols', patrol({ patrolledOn: '2026-03-19', rectificationId: created.rectificationId }));
      expect(reinspection.statusCode).toBe(201);
      expect((await ctx.request(assistant, 'GET', '/api/rectifications?status=open')).json().total).toBe(0);
      const closed = (await ctx.request(assistant, 'GET', '/api/rectifications?status=closed')).json().items[0];
      expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-03-19', closingPatrolId: reinspection.json().id, overdue: false });
      const again = await ctx.request(assistant, 'POST', '/api/patrols', patrol({ patrolledOn: '2026-03-19', rectificationId: created.rectificationId }));
      expect(again.statusCode).toBe(409);
    });

    it('extends the deadline when the re-inspection still finds the problem, and escalation sends it to the institute', async () => {
      const unit = await newUnit('顽固浴室');
      const first = (await ctx.request(assistant, 'POST', '/api/patrols', patrol({ unitId: unit, problems: '无消毒记录', outcome: 'rectification', rectificationDeadline: '2026-03-15' }))).json();
      await ctx.request(assistant, 'POST', '/api/patrols', patrol({ unitId: unit, patrolledOn: '2026-03-16', problems: '仍无消毒记录', outcome: 'rectification', rectificationDeadline: '2026-03-31', rectificationId: first.rectificationId }));
      const extended = (await ctx.request(assistant, 'GET', `/api/rectifications?unitId=${unit}`)).json().items[0];
      expect(extended).toMatchObject({ status: 'open', deadline: '2026-03-31', overdue: false });
      const escalated = await ctx.request(assistant, 'POST', `/api/rectifications/${first.rectificationId}/escalate`, { reason: '拒不整改' });
      expect(escalated.json()).toMatchObject({ status: 'escalated', escalatedOn: '2026-03-20', escalationReason: '拒不整改' });
      expect((await ctx.request(assistant, 'POST', `/api/rectifications/${first.rectificationId}/escalate`, { reason: '再次' })).statusCode).toBe(409);
      const trail = (await ctx.request(admin, 'GET', `/api/audit?entityType=rectification&entityId=${first.rectificationId}`)).json();
      expect(trail.items.map((e: { action: string }) => e.action)).toEqual(['escalate', 'extend', 'create']);
    });

    it('refers a serious violation straight to the institute', async () => {
      const unit = await newUnit('无证旅馆');
      const response = (await ctx.request(assistant, 'POST', '/api/patrols', patrol({ unitId: unit, problems: '无证经营', outcome: 'referred' }))).json();
      const referred = (await ctx.request(admin, 'GET', `/api/rectifications?status=escalated&unitId=${unit}`)).json().items[0];
      expect(referred).toMatchObject({ id: response.rectificationId, status: 'escalated', escalatedOn: '2026-03-10', escalationReason: '无证经营' });
    });
  });

  describe('photos', () => {
    it('stores a photo once per content and serves it back; refuses other types', async () => {
      const created = (await ctx.request(assistant, 'POST', '/api/patrols', patrol())).json();
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
      const upload = (type: string, data: Buffer) => {
        const boundary = '----weijian';
        const payload = Buffer.concat([
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a"\r\nContent-Type: ${type}\r\n\r\n`),
          data,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        return ctx.app.inject({ method: 'POST', url: `/api/patrols/${created.id}/photos`, headers: { cookie: assistant, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
      };
      const first = await upload('image/png', png);
      const second = await upload('image/png', png);
      expect(first.statusCode).toBe(201);
      expect(second.json().id).toBe(first.json().id);
      expect(first.json()).toMatchObject({ contentType: 'image/png', size: png.length });
      const served = await ctx.request(assistant, 'GET', `/api/patrols/${created.id}/photos/${first.json().id}`);
      expect(served.headers['content-type']).toBe('image/png');
      expect(served.rawPayload.equals(png)).toBe(true);
      const pdf = await upload('application/pdf', Buffer.from('%PDF'));
      expect(pdf.statusCode).toBe(400);
      expect(pdf.json().fields[0]).toEqual({ path: 'file', message: '照片须为 JPEG、PNG 或 WebP' });
      expect((await ctx.request(assistant, 'GET', `/api/patrols/${created.id}`)).json().photos).toHaveLength(1);
    });
  });

  describe('quarter coverage', () => {
    it('counts units patrolled at least once in the quarter per station, and lists the others', async () => {
      ctx.setNow(new Date('2026-04-02T04:00:00Z'));
      const county = await ctx.newCounty();
      const countyAdmin = await ctx.login((await ctx.newUser({ orgId: county.instituteId, role: 'admin' })).username);
      const unit = (name: string) => ctx.request(countyAdmin, 'POST', '/api/units', { name, category: 'food', subCategory: 'catering', address: '街', townshipCode: county.townshipCodes[0] }).then((r) => r.json().id as string);
      const [a, b, c] = [await unit('甲饭店'), await unit('乙饭店'), await unit('丙饭店')];
      // Filed before the quarter: a unit filed after the quarter's end is not owed a patrol in it.
      await ctx.database.db.updateTable('units').set({ created_at: new Date('2025-11-01T00:00:00Z') }).where('id', 'in', [a, b, c]).execute();
      const late = await unit('丁饭店');
      await ctx.database.db.updateTable('units').set({ created_at: new Date('2026-04-01T00:00:00Z') }).where('id', '=', late).execute();
      const visit = (id: string, on: string) => ctx.request(countyAdmin, 'POST', '/api/patrols', { unitId: id, patrolledOn: on, locationContent: '后厨', outcome: 'no_problem' });
      await visit(a, '2026-01-05');
      await visit(a, '2026-02-05');
      await visit(b, '2025-12-31');
      await visit(c, '2026-03-31');
      await visit(b, '2026-04-01');
      ctx.setNow(new Date('2026-03-20T04:00:00Z'));
      const coverage = (await ctx.request(countyAdmin, 'GET', '/api/patrols/coverage?year=2026&quarter=1')).json();
      expect(coverage.period).toEqual({ year: 2026, quarter: 1, start: '2026-01-01', end: '2026-03-31' });
      expect(coverage.items).toEqual([{ orgId: county.stationIds[0], orgName: expect.any(String), activeUnits: 3, unitsPatrolled: 2, rate: { numerator: 2, denominator: 3, unit: '%', value: 200 / 3 } }]);
      const missing = (await ctx.request(countyAdmin, 'GET', '/api/patrols/unpatrolled?year=2026&quarter=1')).json();
      expect(missing).toEqual({ total: 1, items: [expect.objectContaining({ id: b, name: '乙饭店', lastPatrolledOn: '2025-12-31' })] });
    });
  });

  describe('GET /api/units/:id/history', () => {
    it('gathers the unit’s patrols, rectifications and reports, and answers 404 to another county', async () => {
      const unit = await newUnit('历史浴室');
      await ctx.request(assistant, 'POST', '/api/patrols', patrol({ unitId: unit, problems: '无消毒记录', outcome: 'rectification', rectificationDeadline: '2026-04-10' }));
      await ctx.request(assistant, 'POST', '/api/reports', { category: 'public_place', content: '浴室无证经营', unitId: unit, foundAt: '2026-03-19T08:00:00+08:00' });
      const history = (await ctx.request(admin, 'GET', `/api/units/${unit}/history`)).json();
      expect(history.patrols.map((p: { unitId: string }) => p.unitId)).toEqual([unit]);
      expect(history.rectifications).toMatchObject([{ unitId: unit, status: 'open', deadline: '2026-04-10' }]);
      expect(history.reports).toMatchObject([{ unitId: unit, unitName: '历史浴室', content: '浴室无证经营' }]);
      expect((await ctx.request(otherAdmin, 'GET', `/api/units/${unit}/history`)).statusCode).toBe(404);
    });
  });

  describe('another county', () => {
    it('sees no patrols or rectifications, and cannot patrol, read or escalate them', async () => {
      const mine = (await ctx.request(admin, 'GET', '/api/patrols')).json();
      expect(mine.total).toBeGreaterThan(3);
      expect((await ctx.request(otherAdmin, 'GET', '/api/patrols')).json()).toEqual({ items: [], total: 0 });
      expect((await ctx.request(otherAdmin, 'GET', '/api/rectifications')).json()).toEqual({ items: [], total: 0 });
      expect((await ctx.request(otherAdmin, 'GET', `/api/patrols/${mine.items[0].id}`)).statusCode).toBe(404);
      expect((await ctx.request(otherAdmin, 'POST', '/api/patrols', patrol())).statusCode).toBe(404);
      const rectification = (await ctx.request(admin, 'GET', '/api/rectifications')).json().items[0];
      expect((await ctx.request(otherAdmin, 'POST', `/api/rectifications/${rectification.id}/escalate`, { reason: 'x' })).statusCode).toBe(404);
      expect((await ctx.request(otherAdmin, 'GET', `/api/rectifications/${rectification.id}`)).statusCode).toBe(404);
      expect((await ctx.request(admin, 'GET', `/api/rectifications/${rectification.id}`)).json()).toEqual(rectification);
      expect((await ctx.request(otherAdmin, 'GET', '/api/patrols/coverage?year=2026&quarter=1')).json().items).toEqual([]);
    });
  });
});
