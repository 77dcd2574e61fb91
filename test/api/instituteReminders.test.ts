import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/server/modules/notifications/reminders.js';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

/** A moment in Shanghai. */
const at = (local: string) => new Date(`${local}+08:00`);
const OPTIONS = { daysBefore: 3 };

describe('reminders for the institute: complaints past their reply day, licences about to end', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let admin: string;
  const ids: Record<string, string> = {};

  const mine = async (name: string) =>
    ctx.database.db.selectFrom('notifications').select(['kind', 'title', 'body', 'link']).where('user_id', '=', ids[name]!).orderBy('kind').orderBy('title').execute();

  beforeAll(async () => {
    ctx = await createTestContext({ complaintReplyDays: 15 });
    ctx.setNow(at('2026-04-01T10:00:00'));
    let other: TestCounty;
    ({ home, other, admin } = await ctx.twoCounties());
    ids.inspector = (await ctx.newUser({ orgId: home.instituteId, role: 'inspector', username: 'rem_inspector' })).id;
    ids.handler = (await ctx.newUser({ orgId: home.instituteId, role: 'inspector', username: 'rem_handler' })).id;
    ids.otherInspector = (await ctx.newUser({ orgId: other.instituteId, role: 'inspector', username: 'rem_other' })).id;
    const inspector = await ctx.login('rem_inspector');

    const complaint = async (subject: string) =>
      (await ctx.request(inspector, 'POST', '/api/complaints', { channel: 'hotline', divisionCode: home.countyCode, category: 'food', subject, content: '卫生差', anonymous: true })).json();
    await complaint('无人承办饭店'); // due 2026-04-16, nobody assigned
    const assigned = await complaint('已分派饭店');
    await ctx.request(inspector, 'POST', `/api/complaints/${assigned.id}/assign`, { assigneeId: ids.handler });
    const answered = await complaint('已答复饭店');
    await ctx.request(inspector, 'POST', `/api/complaints/${answered.id}/assign`, { assigneeId: ids.handler });
    await ctx.request(inspector, 'POST', `/api/complaints/${answered.id}/investigate`);
    await ctx.request(inspector, 'POST', `/api/complaints/${answered.id}/reply`, { reply: '已处理' });

    const unit = async (name: string, licence: Record<string, string | null>) => {
      const id = (await ctx.request(admin, 'POST', '/api/units', { name, category: 'public_place', subCategory: 'accommodation', address: '人民路', townshipCode: home.townshipCodes[0] })).json().id;
      await ctx.database.db.updateTable('units').set(licence).where('id', '=', id).execute();
      return id as string;
    };
    ids.ending = await unit('将到期宾馆', { licence_type: '公共场所卫生许可证', licence_no: '证001', licence_issued_on: '2022-05-01', licence_expires_on: '2026-04-30' });
    await unit('远未到期宾馆', { licence_type: '公共场所卫生许可证', licence_no: '证002', licence_issued_on: '2025-05-01', licence_expires_on: '2029-04-30' });
    await unit('医疗许可诊所', { licence_type: '医疗机构执业许可证', licence_no: '证003', licence_issued_on: '2022-05-01', licence_expires_on: '2026-04-30' });
    const renewing = await unit('已申请延续宾馆', { licence_type: '公共场所卫生许可证', licence_no: '证004', licence_issued_on: '2022-05-01', licence_expires_on: '2026-04-20' });
    expect((await ctx.request(inspector, 'POST', '/api/licensing', { licenceType: '公共场所卫生许可证', kind: 'renewal', unitId: renewing })).statusCode).toBe(201);
  });
  afterAll(() => ctx.close());
  beforeEach(async () => {
    await ctx.database.db.deleteFrom('notifications').execute();
  });

  it('tells the county’s inspectors of a licence ending within 30 days, unless its renewal is under way', async () => {
    const counts = await runReminders(ctx.database.db, at('2026-04-01T10:00:00'), OPTIONS);
    expect(counts.licence_expiring).toBe(2);
    expect(await mine('inspector')).toEqual([{
      kind: 'licence_expiring', title: '许可证将到期：将到期宾馆', body: '将到期宾馆的公共场所卫生许可证（证001）有效期至 2026年4月30日，尚未受理延续申请。', link: `/units/${ids.ending}`,
    }]);
    expect(await mine('otherInspector')).toEqual([]);
    expect((await runReminders(ctx.database.db, at('2026-04-02T10:00:00'), OPTIONS)).licence_expiring).toBe(0);
  });

  it('tells the handler of a complaint unanswered after its reply day, or every inspector while none is assigned', async () => {
    expect((await runReminders(ctx.database.db, at('2026-04-16T23:59:00'), OPTIONS)).complaint_overdue).toBe(0);
    const counts = await runReminders(ctx.database.db, at('2026-04-17T00:01:00'), OPTIONS);
    expect(counts.complaint_overdue).toBe(3);
    const complaintsOf = async (name: string) => (await mine(name)).filter((n) => n.kind === 'complaint_overdue');
    // The handler hears of their own complaint and, as an inspector of the county, of the unassigned one.
    expect((await complaintsOf('handler')).map((n) => n.body).sort()).toEqual([
      '“已分派饭店”的投诉举报答复期限 2026年4月16日 已过，尚未答复。', '“无人承办饭店”的投诉举报答复期限 2026年4月16日 已过，尚未答复。',
    ]);
    const unassigned = await complaintsOf('inspector');
    expect(unassigned.map((n) => n.body)).toEqual(['“无人承办饭店”的投诉举报答复期限 2026年4月16日 已过，尚未答复。']);
    expect(unassigned[0]!.link).toMatch(/^\/complaints\?open=[0-9a-f-]{36}$/);
    expect(await mine('otherInspector')).toEqual([]);
    expect((await runReminders(ctx.database.db, at('2026-04-18T00:01:00'), OPTIONS)).complaint_overdue).toBe(0);
  });
});
