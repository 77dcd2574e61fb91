import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

describe('auth', () => {
  let ctx: TestContext;
  let county: TestCounty;

  beforeAll(async () => {
    ctx = await createTestContext({ loginMaxFailures: 3 });
    county = await ctx.newCounty();
  });
  afterAll(() => ctx.close());

  const login = (username: string, password: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

  describe('login', () => {
    it('signs in with the right password, sets an httpOnly session cookie and returns the user', async () => {
      const { username, id } = await ctx.newUser({ orgId: county.instituteId, role: 'inspector' });
      const response = await login(username, 'test1234');
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((c) => c.name === 'wj_session');
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.sameSite).toBe('Lax');
      const body = response.json();
      expect(body.user).toMatchObject({ id, username, role: 'inspector', org: { id: county.instituteId, kind: 'institute', divisionCode: county.countyCode } });
      expect(body.user.org.divisionPath.map((d: { code: string }) => d.code)).toEqual(['990000', '990100', county.countyCode]);
      expect(JSON.stringify(body)).not.toContain('password');
    });

    it('accepts the user name in any letter case', async () => {
      const { username } = await ctx.newUser({ orgId: county.instituteId, role: 'inspector', username: 'MixedCase' });
      expect((await login(username.toLowerCase(), 'test1234')).statusCode).toBe(200);
    });

    it('refuses a wrong password and an unknown user with the same 401 message', async () => {
      const { username } = await ctx.newUser({ orgId: county.instituteId, role: 'inspector' });
      const wrong = await login(username, 'wrong-password1');
      const unknown = await login('nobody-here', 'wrong-password1');
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual({ error: 'Unauthorized', message: '用户名或密码错误' });
      expect(unknown.json()).toEqual(wrong.json());
      expect(wrong.cookies.find((c) => c.name === 'wj_session')).toBeUndefined();
    });

    it('refuses a disabled account after a correct password with 403', async () => {
      const { username } = await ctx.newUser({ orgId: county.instituteId, role: 'inspector', enabled: false });
      const response = await login(username, 'test1234');
      expect(response.statusCode).toBe(403);
      expect(response.json().message).toBe('账号已停用，请联系管理员');
    });

    it('names the missing field when the body is incomplete', async () => {
      const response = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x' } });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual([{ path: 'password', message: expect.stringContaining('') }]);
      expect(response.json().message).toMatch(/^password：/);
    });

    it('refuses sign-in for 15 minutes after 3 failures, even with the right password, then lets it through', async () => {
      const { username } = await ctx.newUser({ orgId: county.instituteId, role: 'inspector' });
      const start = new Date('2026-03-01T08:00:00Z');
      ctx.setNow(start);
      for (let i = 0; i < 3; i++) expect((await login(username, 'bad-password1')).statusCode).toBe(401);
      const blocked = await login(username, 'test1234');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().message).toContain('登录失败次数过多');
      ctx.setNow(new Date(start.getTime() + 16 * 60_000));
      expect((await login(username, 'test1234')).statusCode).toBe(200);
      ctx.setNow(new Date());
    });

    it('counts failures only since the last successful sign-in', async () => {
      const { username } = await ctx.newUser({ orgId: county.instituteId, role: 'inspector' });
      for (let i = 0; i < 2; i++) await login(username, 'bad-password1');
      expect((await login(username, 'test1234')).statusCode).toBe(200);
      for (let i = 0; i < 2; i++) await login(username, 'bad-password1');
      expect((await login(username, 'test1234')).statusCode).toBe(200);
    });

    it('stores argon2id hashes', async () => {
      const { id } = await ctx.newUser({ orgId: county.instituteId, role: 'inspector' });
      const row = await ctx.database.db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
    });
  });

  describe('session', () => {
    it('answers 401 without a cookie and with a forged one', async () => {
      expect((await ctx.app.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
      const forged = await ctx.request('wj_session=forged-token', 'GET', '/api/auth/me');
      expect(forged.statusCode).toBe(401);
      expect(forged.json()).toEqual({ error: 'Unauthorized', message: '请先登录' });
    });

    it('ends at logout', async () => {
      const { username } = await ctx.newUser({ orgId: county.instituteId, role: 'inspector' });
      const cookie = await ctx.login(username);
      expect((await ctx.request(cookie, 'GET', '/api/auth/me')).statusCode).toBe(200);
      expect((await ctx.request(cookie, 'POST', '/api/auth/logout')).statusCode).toBe(204);
      expect((await ctx.request(cookie, 'GET', '/api/auth/me')).statusCode).toBe(401);
    });

    it('expires after the configured hours', async () => {
      const { username } = await ctx.newUser({ orgId: county.instituteId, role: 'inspector' });
      const start = new Date('2026-04-01T00:00:00Z');
      ctx.setNow(start);
      const cookie = await ctx.login(username);
      ctx.setNow(new Date(start.getTime() + 11 * 3_600_000));
      expect((await ctx.request(cookie, 'GET', '/api/auth/me')).statusCode).toBe(200);
      ctx.setNow(new Date(start.getTime() + 12 * 3_600_000 + 1000));
      expect((await ctx.request(cookie, 'GET', '/api/auth/me')).statusCode).toBe(401);
      ctx.setNow(new Date());
    });

    it('stops working as soon as the account is disabled', async () => {
      const admin = await ctx.newUser({ orgId: county.instituteId, role: 'admin' });
      const user = await ctx.newUser({ orgId: county.stationIds[0]!, role: 'assistant' });
      const userCookie = await ctx.login(user.username);
      const adminCookie = await ctx.login(admin.username);
      expect((await ctx.request(adminCookie, 'PATCH', `/api/users/${user.id}`, { enabled: false })).statusCode).toBe(200);
      expect((await ctx.request(userCookie, 'GET', '/api/auth/me')).statusCode).toBe(401);
    });
  });

  describe('password change', () => {
    it('is required before anything else after a reset, and then unlocks the API', async () => {
      const { username } = await ctx.newUser({ orgId: county.instituteId, role: 'inspector', mustChangePassword: true });
      const cookie = await ctx.login(username);
      expect((await ctx.request(cookie, 'GET', '/api/auth/me')).json().user.mustChangePassword).toBe(true);
      const blocked = await ctx.request(cookie, 'GET', '/api/orgs');
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().message).toBe('请先修改初始密码');

      const weak = await ctx.request(cookie, 'POST', '/api/auth/password', { currentPassword: 'test1234', newPassword: 'short' });
      expect(weak.statusCode).toBe(400);
      expect(weak.json().fields[0].path).toBe('newPassword');
      const wrongCurrent = await ctx.request(cookie, 'POST', '/api/auth/password', { currentPassword: 'nope12345', newPassword: 'Better2026x' });
      expect(wrongCurrent.json().fields[0]).toEqual({ path: 'currentPassword', message: '当前密码不正确' });

      expect((await ctx.request(cookie, 'POST', '/api/auth/password', { currentPassword: 'test1234', newPassword: 'Better2026x' })).statusCode).toBe(204);
      expect((await ctx.request(cookie, 'GET', '/api/orgs')).statusCode).toBe(200);
      expect((await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'test1234' } })).statusCode).toBe(401);
      expect((await ctx.login(username, 'Better2026x')).length).toBeGreaterThan(20);
    });
  });
});
