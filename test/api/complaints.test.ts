import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

describe('complaints', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let other: TestCounty;
  let admin: string;
  let otherAdmin: string;
  let inspector: string;
  let inspectorId: string;
  let otherInspectorId: string;
  let nextIp = 1;

  const PHONE = '13912345678';
  const complaint = (overrides: Record<string, unknown> = {}) => ({
    divisionCode: home.townshipCodes[0], category: 'food', subject: '幸福饭店', content: '后厨卫生差，餐具未消毒',
    location: '人民路 8 号', anonymous: false, reporterName: '张三', reporterPhone: PHONE, ...overrides,
  });
  /** Each call from its own address unless told, so the per-IP limit only bites where it is tested. */
  const submit = (body: unknown, ip = `10.0.0.${nextIp++}`) =>
    ctx.app.inject({ method: 'POST', url: '/api/public/complaints', payload: body as object, remoteAddress: ip });
  const lookup = (code: string) => ctx.app.inject({ method: 'GET', url: `/api/public/complaints/${code}`, remoteAddress: `10.1.0.${nextIp++}` });
  const idOf = async (code: string) => {
    const list = (await ctx.request(admin, 'GET', '/api/complaints?pageSize=100')).json();
    return list.items.find((c: { trackingCode: string }) => c.trackingCode === code).id as string;
  };

  beforeAll(async () => {
    ctx = await createTestContext({ complaintReplyDays: 15 });
    ({ home, other, admin, otherAdmin } = await ctx.twoCounties());
    const user = await ctx.newUser({ orgId: home.instituteId, role: 'inspector' });
    inspectorId = user.id;
    inspector = await ctx.login(user.username);
    otherInspectorId = (await ctx.newUser({ orgId: other.instituteId, role: 'inspector' })).id;
    ctx.setNow(new Date('2026-05-31T15:30:00Z')); // 23:30 on 31 May in Shanghai
  });
  afterAll(() => ctx.close());

  describe('public form', () => {
    it('takes a complaint without sign-in and answers only with the tracking code and the due date', async () => {
      const response = await submit(complaint());
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(Object.keys(body).sort()).toEqual(['replyDueOn', 'trackingCode']);
      expect(body.trackingCode).toMatch(/^TS[2-9A-HJKMNP-Z]{10}$/);
      expect(body.replyDueOn).toBe('2026-06-15');
    });

    it('resolves a township to its county and keeps the reporter for staff only', async () => {
      const { trackingCode } = (await submit(complaint())).json();
      const staff = (await ctx.request(admin, 'GET', `/api/complaints/${await idOf(trackingCode)}`)).json();
      expect(staff).toMatchObject({ channel: 'web', countyCode: home.countyCode, divisionCode: home.townshipCodes[0], reporterName: '张三', reporterPhone: PHONE, status: 'received' });
    });

    it('shows the status and reply by tracking code, never the reporter, the phone or the assignee', async () => {
      const { trackingCode } = (await submit(complaint())).json();
      const id = await idOf(trackingCode);
      await ctx.request(inspector, 'POST', `/api/complaints/${id}/assign`, { assigneeId: inspectorId });
      await ctx.request(inspector, 'POST', `/api/complaints/${id}/investigate`);
      await ctx.request(inspector, 'POST', `/api/complaints/${id}/reply`, { reply: '经查属实，已责令整改' });
      const response = await lookup(trackingCode.toLowerCase());
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        trackingCode, status: 'replied', receivedOn: '2026-05-31', replyDueOn: '2026-06-15', reply: '经查属实，已责令整改', repliedOn: '2026-05-31',
      });
      expect(response.body).not.toContain(PHONE);
      expect(response.body).not.toContain('张三');
      expect(response.body).not.toMatch(/phone|reporter|assignee|name/i);
    });

    it('allows anonymous complaints and drops any name or phone sent with them', async () => {
      const { trackingCode } = (await submit(complaint({ anonymous: true }))).json();
      const staff = (await ctx.request(admin, 'GET', `/api/complaints/${await idOf(trackingCode)}`)).json();
      expect(staff).toMatchObject({ anonymous: true, reporterName: null, reporterPhone: null });
    });

    it('validates, naming the field', async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [{ reporterPhone: undefined }, 'reporterPhone', '实名投诉请填写联系电话，或选择匿名'],
        [{ divisionCode: '12345' }, 'divisionCode', '区划代码应为 6 位（县）或 12 位（乡镇）'],
        [{ divisionCode: home.villageCodes[0] }, 'divisionCode', '请选择被投诉事项所在的县（区）或乡镇（街道）'],
        [{ divisionCode: '990199' }, 'divisionCode', '请选择被投诉事项所在的县（区）或乡镇（街道）'],
        [{ category: 'weather' }, 'category', '投诉类别不正确'],
        [{ content: ' ' }, 'content', '投诉内容不能为空'],
      ];
      for (const [override, path, message] of cases) {
        const response = await submit(complaint(override));
        expect(response.statusCode, path).toBe(400);
        expect(response.json().fields[0], path).toEqual({ path, message });
      }
      expect((await lookup('TS0000000000')).json().fields[0]).toEqual({ path: 'code', message: '查询码格式不正确，应为 TS 加 10 位字母数字' });
      expect((await lookup('TS2222222222')).statusCode).toBe(404);
    });

    it('refuses the sixth submission from one address within a minute', async () => {
      const codes = [];
      for (let i = 0; i < 6; i++) codes.push((await submit(complaint({ anonymous: true }), '10.9.9.9')).statusCode);
      expect(codes).toEqual([201, 201, 201, 201, 201, 429]);
      expect((await submit(complaint(), '10.9.9.10')).statusCode).toBe(201);
    });
  });

  describe('handling', () => {
    it('records a hotline complaint, then assigns, investigates, replies and closes, auditing each step', async () => {
      const created = await ctx.request(inspector, 'POST', '/api/complaints', complaint({ channel: 'hotline', divisionCode: home.countyCode, reporterPhone: undefined }));
      expect(created.statusCode).toBe(201);
      const { id } = created.json();
      expect(created.json()).toMatchObject({ channel: 'hotline', reporterName: '张三', status: 'received', replyDueOn: '2026-06-15' });
      expect((await ctx.request(inspector, 'POST', `/api/complaints/${id}/assign`, { assigneeId: inspectorId })).json()).toMatchObject({ status: 'assigned', assigneeId: inspectorId });
      expect((await ctx.request(inspector, 'POST', `/api/complaints/${id}/investigate`)).json().status).toBe('investigating');
      expect((await ctx.request(inspector, 'POST', `/api/complaints/${id}/reply`, { reply: '已处理' })).json()).toMatchObject({ status: 'replied', reply: '已处理' });
      expect((await ctx.request(inspector, 'POST', `/api/complaints/${id}/close`)).json().status).toBe('closed');

      const entries = (await ctx.request(admin, 'GET', `/api/audit?entityType=complaint&entityId=${id}`)).json().items;
      expect(entries.map((e: { action: string }) => e.action).sort()).toEqual(['assign', 'close', 'create', 'investigate', 'reply']);
      const assign = entries.find((e: { action: string }) => e.action === 'assign');
      expect([assign.before.status, assign.after.status]).toEqual(['received', 'assigned']);
    });

    it('refuses an illegal step with 409 and a Chinese reason', async () => {
      const { trackingCode } = (await submit(complaint())).json();
      const id = await idOf(trackingCode);
      const response = await ctx.request(inspector, 'POST', `/api/complaints/${id}/reply`, { reply: '已处理' });
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toBe('该投诉举报当前为“已受理”，不能答复（须为“调查中”）');
      expect((await ctx.request(inspector, 'POST', `/api/complaints/${id}/close`)).statusCode).toBe(409);
    });

    it('assigns only an inspector of the county', async () => {
      const { trackingCode } = (await submit(complaint())).json();
      const id = await idOf(trackingCode);
      const response = await ctx.request(inspector, 'POST', `/api/complaints/${id}/assign`, { assigneeId: otherInspectorId });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields[0]).toEqual({ path: 'assigneeId', message: '承办人应为本辖区在岗的卫生监督员' });
    });

    it('flags a complaint overdue from the day after its due day, and filters by it', async () => {
      ctx.setNow(new Date('2026-03-01T02:00:00Z'));
      const { trackingCode, replyDueOn } = (await submit(complaint({ subject: '逾期测试' }))).json();
      expect(replyDueOn).toBe('2026-03-16');
      const id = await idOf(trackingCode);
      ctx.setNow(new Date('2026-03-16T15:59:59Z')); // 23:59:59 on the due day
      expect((await ctx.request(admin, 'GET', `/api/complaints/${id}`)).json().overdue).toBe(false);
      ctx.setNow(new Date('2026-03-16T16:00:00Z'));
      expect((await ctx.request(admin, 'GET', `/api/complaints/${id}`)).json().overdue).toBe(true);
      const overdue = (await ctx.request(admin, 'GET', '/api/complaints?overdue=true')).json();
      expect(overdue.items.map((c: { id: string }) => c.id)).toEqual([id]);
      const onTime = (await ctx.request(admin, 'GET', '/api/complaints?overdue=false&pageSize=100')).json();
      expect(onTime.items.map((c: { id: string }) => c.id)).not.toContain(id);
      ctx.setNow(new Date('2026-05-31T15:30:00Z'));
    });

    it('is invisible to another county: list, read and every action answer 404', async () => {
      const { trackingCode } = (await submit(complaint())).json();
      const id = await idOf(trackingCode);
      const list = (await ctx.request(otherAdmin, 'GET', '/api/complaints?pageSize=100')).json();
      expect(list.items.map((c: { id: string }) => c.id)).not.toContain(id);
      expect((await ctx.request(otherAdmin, 'GET', `/api/complaints/${id}`)).statusCode).toBe(404);
      expect((await ctx.request(otherAdmin, 'POST', `/api/complaints/${id}/assign`, { assigneeId: otherInspectorId })).statusCode).toBe(404);
      expect((await ctx.request(otherAdmin, 'POST', `/api/complaints/${id}/investigate`)).statusCode).toBe(404);
      const created = await ctx.request(otherAdmin, 'POST', '/api/complaints', complaint({ channel: 'letter' }));
      expect(created.statusCode).toBe(400);
      expect(created.json().fields[0].path).toBe('divisionCode');
    });

    it('is for the institute: a station head may not read complaints', async () => {
      const head = await ctx.login((await ctx.newUser({ orgId: home.stationIds[0]!, role: 'station_head' })).username);
      expect((await ctx.request(head, 'GET', '/api/complaints')).statusCode).toBe(403);
    });
  });
});
