import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

describe('users', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let other: TestCounty;
  let adminId: string;
  let admin: string;
  let otherAdmin: string;
  let otherUserId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    ({ home, other, admin, otherAdmin, adminId } = await ctx.twoCounties({ home: 'home_admin', other: 'other_admin' }));
    otherUserId = (await ctx.newUser({ orgId: other.stationIds[0]!, role: 'assistant', username: 'other_assistant' })).id;
    await ctx.newUser({ orgId: home.stationIds[0]!, role: 'station_head', username: 'home_head' });
    await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant', username: 'home_assistant' });
    await ctx.newUser({ orgId: home.stationIds[1]!, role: 'assistant', username: 'home_assistant2' });
  });
  afterAll(() => ctx.close());

  const usernames = (body: { items: { username: string }[] }) => body.items.map((u) => u.username).sort();

  describe('list', () => {
    it('shows exactly the county’s users, with the total', async () => {
      const body = (await ctx.request(admin, 'GET', '/api/users')).json();
      expect(usernames(body)).toEqual(['home_admin', 'home_assistant', 'home_assistant2', 'home_head']);
      expect(body.total).toBe(4);
    });

    it('filters by role, org, text and enabled, and paginates', async () => {
      expect(usernames((await ctx.request(admin, 'GET', '/api/users?role=assistant')).json())).toEqual(['home_assistant', 'home_assistant2']);
      expect(usernames((await ctx.request(admin, 'GET', `/api/users?orgId=${home.stationIds[0]}`)).json())).toEqual(['home_assistant', 'home_head']);
      expect(usernames((await ctx.request(admin, 'GET', '/api/users?q=HEAD')).json())).toEqual(['home_head']);
      expect((await ctx.request(admin, 'GET', '/api/users?q=%25')).json().total).toBe(0);
      const page = (await ctx.request(admin, 'GET', '/api/users?page=2&pageSize=3')).json();
      expect(page.items).toHaveLength(1);
      expect(page.total).toBe(4);
      expect((await ctx.request(admin, 'GET', '/api/users?enabled=false')).json().total).toBe(0);
    });

    it('rejects a page size over 100 and names the field', async () => {
      const response = await ctx.request(admin, 'GET', '/api/users?pageSize=500');
      expect(response.statusCode).toBe(400);
      expect(response.json().fields[0].path).toBe('pageSize');
    });

    it('filtering by another county’s org returns nothing', async () => {
      const body = (await ctx.request(admin, 'GET', `/api/users?orgId=${other.stationIds[0]}`)).json();
      expect(body).toEqual({ items: [], total: 0 });
    });

    it('lets a station head read the station’s users only, and an assistant nothing', async () => {
      const head = await ctx.login('home_head');
      expect(usernames((await ctx.request(head, 'GET', '/api/users')).json())).toEqual(['home_assistant', 'home_head']);
      const assistant = await ctx.login('home_assistant');
      expect((await ctx.request(assistant, 'GET', '/api/users')).statusCode).toBe(403);
    });
  });

  describe('another county', () => {
    it('answers 404 to read, update and password reset, and changes nothing', async () => {
      expect((await ctx.request(admin, 'GET', `/api/users/${otherUserId}`)).statusCode).toBe(404);
      expect((await ctx.request(admin, 'PATCH', `/api/users/${otherUserId}`, { enabled: false })).statusCode).toBe(404);
      expect((await ctx.request(admin, 'POST', `/api/users/${otherUserId}/reset-password`, { password: 'Takeover123' })).statusCode).toBe(404);
      const still = (await ctx.request(otherAdmin, 'GET', `/api/users/${otherUserId}`)).json();
      expect(still.enabled).toBe(true);
      expect(still.mustChangePassword).toBe(false);
    });

    it('cannot place a new user in another county’s org', async () => {
      const response = await ctx.request(admin, 'POST', '/api/users', {
        username: 'planted', displayName: '植入', role: 'assistant', orgId: other.stationIds[0], password: 'Sneaky12345',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual([{ path: 'orgId', message: '机构不存在或不在您的管辖范围内' }]);
    });
  });

  describe('create', () => {
    it('creates a user who must change the password at first sign-in, and audits without the hash', async () => {
      const response = await ctx.request(admin, 'POST', '/api/users', {
        username: 'new.assistant', displayName: '新协管员', role: 'assistant', orgId: home.stationIds[1], password: 'Welcome2026', phone: '0523-1234567',
      });
      expect(response.statusCode).toBe(201);
      const user = response.json();
      expect(user).toMatchObject({ username: 'new.assistant', role: 'assistant', orgId: home.stationIds[1], enabled: true, mustChangePassword: true, phone: '0523-1234567' });
      const audit = (await ctx.request(admin, 'GET', `/api/audit?entityType=user&entityId=${user.id}`)).json();
      expect(audit.items[0].action).toBe('create');
      expect(audit.items[0].actorUsername).toBe('home_admin');
      expect(JSON.stringify(audit.items[0])).not.toMatch(/argon2|Welcome2026/);
    });

    it('refuses a role that does not belong in the org', async () => {
      const response = await ctx.request(admin, 'POST', '/api/users', {
        username: 'misplaced', displayName: '错位', role: 'inspector', orgId: home.stationIds[0], password: 'Welcome2026',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual([{ path: 'role', message: '卫生监督员不能设在该类机构' }]);
    });

    it('refuses weak passwords and taken user names', async () => {
      const weak = await ctx.request(admin, 'POST', '/api/users', { username: 'weakling', displayName: '弱', role: 'assistant', orgId: home.stationIds[0], password: 'password' });
      expect(weak.json().fields).toEqual([{ path: 'password', message: '密码须同时包含字母和数字' }]);
      const taken = await ctx.request(admin, 'POST', '/api/users', { username: 'HOME_HEAD', displayName: '重名', role: 'assistant', orgId: home.stationIds[0], password: 'Welcome2026' });
      expect(taken.statusCode).toBe(409);
      const badName = await ctx.request(admin, 'POST', '/api/users', { username: '张三', displayName: '张三', role: 'assistant', orgId: home.stationIds[0], password: 'Welcome2026' });
      expect(badName.json().fields[0].path).toBe('username');
    });
  });

  describe('update', () => {
    it('records before and after in the audit log', async () => {
      const { id } = await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' });
      const response = await ctx.request(admin, 'PATCH', `/api/users/${id}`, { displayName: '改名后', role: 'station_head' });
      expect(response.statusCode).toBe(200);
      const entry = (await ctx.request(admin, 'GET', `/api/audit?entityType=user&entityId=${id}`)).json().items[0];
      expect(entry.action).toBe('update');
      expect(entry.before).toMatchObject({ role: 'assistant' });
      expect(entry.after).toMatchObject({ role: 'station_head', displayName: '改名后' });
    });

    it('moves a user to another station and refuses an org outside the county', async () => {
      const { id } = await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' });
      expect((await ctx.request(admin, 'PATCH', `/api/users/${id}`, { orgId: home.stationIds[1] })).json().orgId).toBe(home.stationIds[1]);
      expect((await ctx.request(admin, 'PATCH', `/api/users/${id}`, { orgId: other.stationIds[1] })).statusCode).toBe(400);
    });

    it('protects the admin from locking themselves out', async () => {
      expect((await ctx.request(admin, 'PATCH', `/api/users/${adminId}`, { enabled: false })).statusCode).toBe(409);
      expect((await ctx.request(admin, 'PATCH', `/api/users/${adminId}`, { role: 'inspector' })).statusCode).toBe(409);
    });

    it('refuses an empty patch', async () => {
      expect((await ctx.request(admin, 'PATCH', `/api/users/${adminId}`, {})).statusCode).toBe(400);
    });
  });

  describe('reset password', () => {
    it('ends the user’s sessions and forces a change at next sign-in', async () => {
      const { id, username } = await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' });
      const session = await ctx.login(username);
      expect((await ctx.request(admin, 'POST', `/api/users/${id}/reset-password`, { password: 'Reset20261' })).statusCode).toBe(204);
      expect((await ctx.request(session, 'GET', '/api/auth/me')).statusCode).toBe(401);
      const fresh = await ctx.login(username, 'Reset20261');
      expect((await ctx.request(fresh, 'GET', '/api/auth/me')).json().user.mustChangePassword).toBe(true);
      const entry = (await ctx.request(admin, 'GET', `/api/audit?entityId=${id}&action=reset_password`)).json();
      expect(entry.total).toBe(1);
    });
  });

  describe('协管员证', () => {
    it('round-trips the certificate number and expiry on create, read and update, and audits the change', async () => {
      const created = await ctx.request(admin, 'POST', '/api/users', {
        username: 'certified', displayName: '持证协管员', role: 'assistant', orgId: home.stationIds[0], password: 'Welcome2026',
        certificateNo: ' 苏协管证2024-0137 ', certificateExpiresOn: '2027-06-30',
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().id as string;
      expect(created.json()).toMatchObject({ certificateNo: '苏协管证2024-0137', certificateExpiresOn: '2027-06-30' });
      expect((await ctx.request(admin, 'GET', `/api/users/${id}`)).json()).toMatchObject({ certificateNo: '苏协管证2024-0137', certificateExpiresOn: '2027-06-30' });

      const renewed = await ctx.request(admin, 'PATCH', `/api/users/${id}`, { certificateExpiresOn: '2030-06-30' });
      expect(renewed.json()).toMatchObject({ certificateNo: '苏协管证2024-0137', certificateExpiresOn: '2030-06-30' });
      const entry = (await ctx.request(admin, 'GET', `/api/audit?entityType=user&entityId=${id}&action=update`)).json().items[0];
      expect(entry.before).toMatchObject({ certificateNo: '苏协管证2024-0137', certificateExpiresOn: '2027-06-30' });
      expect(entry.after).toMatchObject({ certificateNo: '苏协管证2024-0137', certificateExpiresOn: '2030-06-30' });

      const cleared = await ctx.request(admin, 'PATCH', `/api/users/${id}`, { certificateNo: null, certificateExpiresOn: null });
      expect(cleared.json()).toMatchObject({ certificateNo: null, certificateExpiresOn: null });
    });

    it('accepts a certificate for any role, and users without one show null', async () => {
      const inspector = await ctx.request(admin, 'POST', '/api/users', {
        username: 'certified.inspector', displayName: '持证监督员', role: 'inspector', orgId: home.instituteId, password: 'Welcome2026', certificateNo: 'X-1',
      });
      expect(inspector.json()).toMatchObject({ certificateNo: 'X-1', certificateExpiresOn: null });
      const listed = (await ctx.request(admin, 'GET', '/api/users?q=home_head')).json().items[0];
      expect(listed).toMatchObject({ username: 'home_head', certificateNo: null, certificateExpiresOn: null });
    });

    it('names the field when the number is too long, the date is not a date, or an expiry has no number', async () => {
      const base = { displayName: '证书', role: 'assistant', orgId: home.stationIds[0], password: 'Welcome2026' };
      const cases: [Record<string, unknown>, string, string][] = [
        [{ certificateNo: '证'.repeat(51) }, 'certificateNo', '协管员证编号不能超过 50 个字'],
        [{ certificateNo: 'A-1', certificateExpiresOn: '2027-02-30' }, 'certificateExpiresOn', '协管员证有效期应为 YYYY-MM-DD 格式的日期'],
        [{ certificateNo: 'A-1', certificateExpiresOn: '30/06/2027' }, 'certificateExpiresOn', '协管员证有效期应为 YYYY-MM-DD 格式的日期'],
        [{ certificateExpiresOn: '2027-06-30' }, 'certificateNo', '填写协管员证有效期时须填写证书编号'],
      ];
      for (const [i, [fields, path, message]] of cases.entries()) {
        const response = await ctx.request(admin, 'POST', '/api/users', { ...base, username: `cert${i}`, ...fields });
        expect(response.statusCode, path).toBe(400);
        expect(response.json().fields, path).toEqual([{ path, message }]);
      }
      const { id } = await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' });
      const expiryOnly = await ctx.request(admin, 'PATCH', `/api/users/${id}`, { certificateExpiresOn: '2027-06-30' });
      expect(expiryOnly.json().fields).toEqual([{ path: 'certificateNo', message: '填写协管员证有效期时须填写证书编号' }]);
      expect((await ctx.request(admin, 'GET', `/api/users/${id}`)).json().certificateExpiresOn).toBeNull();
    });
  });
});
