import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

describe('audit log', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let admin: string;
  let otherAdmin: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    ({ home, admin, otherAdmin } = await ctx.twoCounties({ home: 'audit_admin' }));
    await ctx.request(admin, 'POST', `/api/orgs/${home.stationIds[0]}/rename`, { name: '更名站', effectiveFrom: '2024-03-01' });
    await ctx.request(admin, 'POST', '/api/users', { username: 'audited', displayName: '被审计', role: 'assistant', orgId: home.stationIds[1], password: 'Record2026x' });
  });
  afterAll(() => ctx.close());

  it('lists the county’s changes newest first with who, when, what, before and after', async () => {
    const body = (await ctx.request(admin, 'GET', '/api/audit')).json();
    expect(body.total).toBe(2);
    expect(body.items.map((e: { action: string; entityType: string }) => `${e.entityType}:${e.action}`)).toEqual(['user:create', 'org:rename']);
    const rename = body.items[1];
    expect(rename).toMatchObject({ actorUsername: 'audit_admin', entityId: home.stationIds[0], before: { name: `测试station${home.townshipCodes[0]}` }, after: { name: '更名站' } });
    expect(Date.now() - Date.parse(rename.at)).toBeLessThan(60_000);
  });

  it('shows another county nothing of it', async () => {
    const body = (await ctx.request(otherAdmin, 'GET', '/api/audit')).json();
    expect(body).toEqual({ items: [], total: 0 });
    const byId = (await ctx.request(otherAdmin, 'GET', `/api/audit?entityId=${home.stationIds[0]}`)).json();
    expect(byId.total).toBe(0);
  });

  it('filters by actor, action and date range (Asia/Shanghai days)', async () => {
    expect((await ctx.request(admin, 'GET', '/api/audit?actor=audit_admin&action=rename')).json().total).toBe(1);
    expect((await ctx.request(admin, 'GET', '/api/audit?actor=someone_else')).json().total).toBe(0);
    expect((await ctx.request(admin, 'GET', '/api/audit?from=2000-01-01&to=2000-12-31')).json().total).toBe(0);
    expect((await ctx.request(admin, 'GET', '/api/audit?from=2000-01-01&to=2999-12-31')).json().total).toBe(2);
  });

  it('is for administrators only', async () => {
    const inspector = await ctx.login((await ctx.newUser({ orgId: home.instituteId, role: 'inspector' })).username);
    expect((await ctx.request(inspector, 'GET', '/api/audit')).statusCode).toBe(403);
  });

  it('cannot be rewritten or deleted, even by SQL', async () => {
    await expect(sql`update audit_log set summary = 'forged'`.execute(ctx.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(ctx.database.db)).rejects.toThrow(/append-only/);
    const count = await ctx.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(2);
  });

  it('is not written when the change fails', async () => {
    const before = (await ctx.request(admin, 'GET', '/api/audit')).json().total;
    await ctx.request(admin, 'POST', '/api/users', { username: 'audited', displayName: '重复', role: 'assistant', orgId: home.stationIds[1], password: 'Record2026x' });
    expect((await ctx.request(admin, 'GET', '/api/audit')).json().total).toBe(before);
  });
});
