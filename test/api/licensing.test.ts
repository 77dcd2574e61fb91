import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

/** Noon in Shanghai on the given day. */
const on = (date: string) => new Date(`${date}T04:00:00Z`);

describe('licensing', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let admin: string;
  let otherAdmin: string;
  let inspector: string;
  let assistant: string;
  let nextIp = 1;

  const apply = async (cookie: string, overrides: Record<string, unknown> = {}) => {
    const response = await ctx.request(cookie, 'POST', '/api/licensing', { licenceType: '公共场所卫生许可证', kind: 'new', applicantName: '悦来宾馆', applicantPhone: '13900001111', ...overrides });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const step = (cookie: string, id: string, segment: string, body?: unknown) => ctx.request(cookie, 'POST', `/api/licensing/${id}/${segment}`, body);
  /** Through 资料审核 and 现场审查 to 审批. */
  const toApproval = async (cookie: string, id: string) => {
    for (const segment of ['review-documents', 'pass-documents', 'pass-site']) expect((await step(cookie, id, segment)).statusCode).toBe(200);
  };
  const searchPublic = (q: string) => ctx.app.inject({ method: 'GET', url: `/api/public/licences?q=${encodeURIComponent(q)}`, remoteAddress: `10.2.0.${nextIp++}` });

  beforeAll(async () => {
    ctx = await createTestContext({ licensingLimitDays: 20 });
    ({ home, admin, otherAdmin } = await ctx.twoCounties());
    inspector = await ctx.login((await ctx.newUser({ orgId: home.instituteId, role: 'inspector' })).username);
    assistant = await ctx.login((await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' })).username);
  });
  afterAll(() => ctx.close());

  describe('the path to 发证', () => {
    it('accepts with the due date 20 working days on (国庆 1–7 Oct off, Saturday 10 Oct worked) and issues onto the unit', async () => {
      ctx.setNow(on('2026-09-30'));
      const unit = (await ctx.request(admin, 'POST', '/api/units', {
        name: '温泉浴室', category: 'public_place', subCategory: 'accommodation', address: '人民路 2 号', townshipCode: home.townshipCodes[0],
        personInCharge: '李老板', phone: '0523-7777777',
      })).json();
      const created = await apply(inspector, { unitId: unit.id, applicantName: undefined, applicantPhone: undefined });
      expect(created).toMatchObject({
        applicationNo: expect.stringMatching(/^XK2026\d{6}$/), countyCode: home.countyCode, unitId: unit.id, unitName: '温泉浴室',
        applicantName: '温泉浴室', status: 'accepted', acceptedOn: '2026-09-30', dueOn: '2026-11-03', overdue: false, decidedOn: null,
      });

      await toApproval(inspector, created.id);
      ctx.setNow(on('2026-10-20'));
      const issued = await step(inspector, created.id, 'issue', { licenceNo: '苏卫公证字[2026]第 0001 号' });
      expect(issued.statusCode, issued.body).toBe(200);
      expect(issued.json()).toMatchObject({ status: 'issued', decidedOn: '2026-10-20', licenceNo: '苏卫公证字[2026]第 0001 号', issuedOn: '2026-10-20', expiresOn: '2030-10-19' });

      const after = (await ctx.request(admin, 'GET', `/api/units/${unit.id}`)).json();
      expect(after).toMatchObject({ licenceType: '公共场所卫生许可证', licenceNo: '苏卫公证字[2026]第 0001 号', licenceIssuedOn: '2026-10-20', licenceExpiresOn: '2030-10-19' });
      const unitAudit = (await ctx.request(admin, 'GET', `/api/audit?entityType=unit&entityId=${unit.id}`)).json();
      expect(unitAudit.items[0]).toMatchObject({ action: 'update', before: { licenceNo: null }, after: { licenceNo: '苏卫公证字[2026]第 0001 号' } });
      const appAudit = (await ctx.request(admin, 'GET', `/api/audit?entityType=licence_application&entityId=${created.id}`)).json();
      expect(appAudit.items.map((e: { action: string }) => e.action)).toEqual(['issue', 'passSite', 'passDocuments', 'reviewDocuments', 'create']);
      expect(appAudit.items[0]).toMatchObject({ before: { status: 'approval' }, after: { status: 'issued' } });
    });

    it('refuses only with a reason, naming the field, and keeps it', async () => {
      const { id } = await apply(inspector);
      const missing = await step(inspector, id, 'refuse', { reason: '  ' });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().fields).toEqual([{ path: 'reason', message: '不予许可须写明理由' }]);
      const refused = await step(inspector, id, 'refuse', { reason: '卫生设施不符合要求' });
      expect(refused.json()).toMatchObject({ status: 'refused', refusalReason: '卫生设施不符合要求', decidedOn: expect.any(String) });
    });

    it('answers an illegal step with 409 and the core message', async () => {
      const { id } = await apply(inspector);
      const early = await step(inspector, id, 'issue', { licenceNo: 'X-1' });
      expect(early.statusCode).toBe(409);
      expect(early.json().message).toBe('当前状态为“已受理”，不能批准并发证');
      expect((await step(inspector, id, 'withdraw')).json().status).toBe('withdrawn');
      const again = await step(inspector, id, 'refuse', { reason: '迟到' });
      expect(again.statusCode).toBe(409);
      expect(again.json().message).toBe('当前状态为“已撤回”，不能不予许可');
    });

    it('refuses a licence number already used, naming the field', async () => {
      const { id } = await apply(inspector);
      await toApproval(inspector, id);
      const response = await step(inspector, id, 'issue', { licenceNo: '苏卫公证字[2026]第 0001 号' });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields[0].path).toBe('licenceNo');
    });

    it('validates the application, naming the field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ applicantName: undefined }, 'applicantName'],
        [{ licenceType: '驾驶证' }, 'licenceType'],
        [{ kind: 'transfer' }, 'kind'],
        [{ countyCode: '990199' }, 'countyCode'],
      ];
      for (const [override, path] of cases) {
        const response = await ctx.request(inspector, 'POST', '/api/licensing', { licenceType: '公共场所卫生许可证', kind: 'new', applicantName: '甲', ...override });
        expect(response.statusCode, path).toBe(400);
        expect(response.json().fields.map((f: { path: string }) => f.path), path).toEqual([path]);
      }
    });

    it('is not for station staff', async () => {
      expect((await ctx.request(assistant, 'GET', '/api/licensing')).statusCode).toBe(403);
    });
  });

  describe('GET /api/licensing?overdue', () => {
    it('counts the due day as on time and lists the application as overdue the day after', async () => {
      ctx.setNow(on('2026-09-30'));
      const { id } = await apply(inspector, { applicantName: '逾期游泳馆' });
      const overdueIds = async () => (await ctx.request(inspector, 'GET', '/api/licensing?overdue=true&pageSize=100')).json().items.map((a: { id: string }) => a.id);
      ctx.setNow(on('2026-11-03'));
      expect(await overdueIds()).not.toContain(id);
      ctx.setNow(on('2026-11-04'));
      expect(await overdueIds()).toContain(id);
      expect((await ctx.request(inspector, 'GET', `/api/licensing/${id}`)).json()).toMatchObject({ overdue: true });
      await step(inspector, id, 'withdraw');
      expect(await overdueIds()).not.toContain(id);
    });
  });

  describe('GET /api/licensing/indicators', () => {
    it('gives 办结率 and 平均办结天数 over decisions in the range, withdrawals left out', async () => {
      const county = await ctx.newCounty();
      const cookie = await ctx.login((await ctx.newUser({ orgId: county.instituteId, role: 'inspector' })).username);
      ctx.setNow(on('2026-03-02')); // due 2026-03-30
      const [a, b, c, d] = [await apply(cookie), await apply(cookie), await apply(cookie), await apply(cookie)];
      expect(a.dueOn).toBe('2026-03-30');
      for (const app of [a, b, c]) await toApproval(cookie, app.id);
      await step(cookie, d.id, 'withdraw');
      ctx.setNow(on('2026-03-16')); // 10 working days
      await step(cookie, a.id, 'issue', { licenceNo: 'IND-1' });
      ctx.setNow(on('2026-03-30')); // 20: on the due day
      await step(cookie, b.id, 'refuse', { reason: '不符合条件' });
      ctx.setNow(on('2026-03-31')); // 21: a day late
      await step(cookie, c.id, 'issue', { licenceNo: 'IND-2' });

      const response = await ctx.request(cookie, 'GET', '/api/licensing/indicators?from=2026-03-01&to=2026-03-31');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        from: '2026-03-01', to: '2026-03-31',
        completionWithinLimit: { numerator: 2, denominator: 3, unit: '%', value: 200 / 3 },
        averageDaysToFinish: 17,
      });
      const march = (await ctx.request(cookie, 'GET', '/api/licensing/indicators?from=2026-03-01&to=2026-03-30')).json();
      expect(march.completionWithinLimit).toMatchObject({ numerator: 2, denominator: 2 });
      const bad = await ctx.request(cookie, 'GET', '/api/licensing/indicators?from=2026-04-01&to=2026-03-01');
      expect(bad.json().fields).toEqual([{ path: 'to', message: '结束日期不能早于开始日期' }]);
    });
  });

  describe('GET /api/public/licences', () => {
    it('finds issued licences by number and by holder name without sign-in, and no personal data', async () => {
      ctx.setNow(on('2026-05-06'));
      const { id } = await apply(inspector, { applicantName: '金水供水站', licenceType: '供水单位卫生许可证', applicantPhone: '13700002222' });
      await toApproval(inspector, id);
      await step(inspector, id, 'issue', { licenceNo: '苏卫水证字[2026]第 0099 号' });
      const expected = {
        licenceNo: '苏卫水证字[2026]第 0099 号', holderName: '金水供水站', licenceType: '供水单位卫生许可证', issuedOn: '2026-05-06', expiresOn: '2030-05-05',
        cancelledOn: null, status: 'valid',
      };

      const byNo = await searchPublic('0099');
      expect(byNo.statusCode).toBe(200);
      expect(byNo.json()).toEqual({ items: [expected] });
      expect((await searchPublic('金水')).json()).toEqual({ items: [expected] });
      expect(byNo.body).not.toContain('13700002222');
      expect(byNo.body).not.toMatch(/phone|person|applicant|address/i);

      const unitResult = (await searchPublic('温泉浴室')).json().items;
      expect(unitResult).toHaveLength(1);
      expect(JSON.stringify(unitResult)).not.toMatch(/李老板|0523-7777777/);

      ctx.setNow(on('2030-05-06'));
      expect((await searchPublic('金水')).json().items[0].status).toBe('expired');
      expect((await searchPublic('金')).statusCode).toBe(400);
      ctx.setNow(on('2026-05-06')); // back before the sessions' expiry
    });

    it('lists nothing open, refused or withdrawn', async () => {
      await apply(inspector, { applicantName: '未发证歌舞厅' });
      expect((await searchPublic('未发证歌舞厅')).json()).toEqual({ items: [] });
    });
  });

  describe('another county', () => {
    it('cannot see, list or change an application', async () => {
      const { id } = await apply(inspector, { applicantName: '邻县看不见' });
      expect((await ctx.request(otherAdmin, 'GET', `/api/licensing/${id}`)).statusCode).toBe(404);
      expect((await step(otherAdmin, id, 'review-documents')).statusCode).toBe(404);
      expect((await step(otherAdmin, id, 'refuse', { reason: '越权' })).statusCode).toBe(404);
      const list = (await ctx.request(otherAdmin, 'GET', '/api/licensing?pageSize=100')).json();
      expect(list.items.map((a: { id: string }) => a.id)).not.toContain(id);
      expect((await ctx.request(admin, 'GET', `/api/licensing/${id}`)).json().status).toBe('accepted');
    });

    it('cannot file an application for a unit or county outside its scope', async () => {
      const response = await ctx.request(otherAdmin, 'POST', '/api/licensing', { licenceType: '公共场所卫生许可证', kind: 'new', applicantName: '甲', countyCode: home.countyCode });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual([{ path: 'countyCode', message: '请选择您管辖范围内承办许可的县（区）' }]);
    });
  });

  // Last: it moves the clock four years on, and signing in then ends the earlier sessions.
  describe('延续、变更、注销', () => {
    const LICENCE = '苏卫公证字[2026]第 0500 号';
    let unitId: string;
    let me: string;
    let auditor: string;
    let usernames: { me: string; auditor: string };
    const unit = async () => (await ctx.request(me, 'GET', `/api/units/${unitId}`)).json();
    const through = async (id: string, segments: string[]) => {
      for (const segment of segments) expect((await step(me, id, segment)).statusCode).toBe(200);
    };
    /** Four years on, yesterday's sessions have long expired: sign in again on the day. */
    const day = async (date: string) => {
      ctx.setNow(on(date));
      me = await ctx.login(usernames.me);
      auditor = await ctx.login(usernames.auditor);
    };

    beforeAll(async () => {
      usernames = {
        me: (await ctx.newUser({ orgId: home.instituteId, role: 'inspector' })).username,
        auditor: (await ctx.newUser({ orgId: home.instituteId, role: 'admin' })).username,
      };
      await day('2026-03-02');
      unitId = (await ctx.request(auditor, 'POST', '/api/units', {
        name: '长寿浴室', category: 'public_place', subCategory: 'accommodation', address: '人民路 9 号', townshipCode: home.townshipCodes[0],
      })).json().id;
      const { id } = await apply(me, { unitId, applicantName: undefined });
      await toApproval(me, id);
      const missing = await step(me, id, 'issue', {});
      expect(missing.statusCode).toBe(400);
      expect(missing.json().fields[0]).toEqual({ path: 'licenceNo', message: '新办发证须填写许可证号' });
      expect((await step(me, id, 'issue', { licenceNo: LICENCE })).json()).toMatchObject({ status: 'issued', expiresOn: '2030-03-01' });
    });

    it('needs the unit holding that licence', async () => {
      const bare = await ctx.request(me, 'POST', '/api/licensing', { licenceType: '公共场所卫生许可证', kind: 'renewal', applicantName: '无档案单位' });
      expect(bare.statusCode).toBe(400);
      expect(bare.json().fields[0]).toEqual({ path: 'unitId', message: '延续、变更、注销须选择持有该许可证的已建档单位' });
      const wrongType = await ctx.request(me, 'POST', '/api/licensing', { licenceType: '供水单位卫生许可证', kind: 'change', unitId });
      expect(wrongType.json().fields[0]).toEqual({ path: 'unitId', message: '该单位档案中没有供水单位卫生许可证' });
    });

    it('renews with a site review, keeping the number, for another four years from the grant', async () => {
      await day('2030-02-03');
      const renewal = await apply(me, { unitId, kind: 'renewal', applicantName: undefined });
      expect(renewal.licenceNo).toBe(LICENCE);
      await through(renewal.id, ['review-documents', 'pass-documents']);
      expect((await ctx.request(me, 'GET', `/api/licensing/${renewal.id}`)).json().status).toBe('site_review');
      await through(renewal.id, ['pass-site']);
      expect((await step(me, renewal.id, 'issue')).json()).toMatchObject({ status: 'issued', licenceNo: LICENCE, issuedOn: '2030-02-03', expiresOn: '2034-02-02' });
      expect(await unit()).toMatchObject({ licenceNo: LICENCE, licenceIssuedOn: '2030-02-03', licenceExpiresOn: '2034-02-02' });
      expect((await searchPublic('长寿浴室')).json().items).toEqual([expect.objectContaining({ licenceNo: LICENCE, issuedOn: '2030-02-03', expiresOn: '2034-02-02', status: 'valid' })]);
    });

    it('changes on the papers alone: no site review, same number and end date', async () => {
      await day('2030-03-10');
      const change = await apply(me, { unitId, kind: 'change', applicantName: undefined });
      await through(change.id, ['review-documents', 'pass-documents']);
      expect((await ctx.request(me, 'GET', `/api/licensing/${change.id}`)).json().status).toBe('approval');
      const site = await step(me, change.id, 'pass-site');
      expect(site.statusCode).toBe(409);
      expect(site.json().message).toBe('当前状态为“审批”，不能现场审查通过');
      expect((await step(me, change.id, 'issue')).json()).toMatchObject({ status: 'issued', licenceNo: LICENCE, issuedOn: '2030-03-10', expiresOn: '2034-02-02' });
    });

    it('cancels: the licence leaves the unit file and the portal shows it cancelled', async () => {
      await day('2030-04-01');
      const cancellation = await apply(me, { unitId, kind: 'cancellation', applicantName: undefined });
      await through(cancellation.id, ['review-documents', 'pass-documents']);
      const granted = await step(me, cancellation.id, 'issue');
      expect(granted.json()).toMatchObject({ status: 'cancelled', decidedOn: '2030-04-01', licenceNo: LICENCE, issuedOn: null, expiresOn: null });
      expect(await unit()).toMatchObject({ licenceType: null, licenceNo: null, licenceIssuedOn: null, licenceExpiresOn: null });
      const audit = (await ctx.request(auditor, 'GET', `/api/audit?entityType=unit&entityId=${unitId}`)).json().items[0];
      expect(audit).toMatchObject({ summary: '批准注销 苏卫公证字[2026]第 0500 号：长寿浴室', before: { licenceNo: LICENCE }, after: { licenceNo: null } });
      expect((await searchPublic('0500')).json().items).toEqual([
        { licenceNo: LICENCE, holderName: '长寿浴室', licenceType: '公共场所卫生许可证', issuedOn: null, expiresOn: null, cancelledOn: '2030-04-01', status: 'cancelled' },
      ]);
      const again = await ctx.request(me, 'POST', '/api/licensing', { licenceType: '公共场所卫生许可证', kind: 'renewal', unitId });
      expect(again.json().fields[0].message).toBe('该单位档案中没有公共场所卫生许可证');
    });
  });
});
