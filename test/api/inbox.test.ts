import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

describe('the institute inbox: complaints and station reports together', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let otherAdmin: string;
  let assistant: string;
  let inspector: string;
  let inspectorId: string;
  let reportId: string;
  let complaintId: string;

  type Item = { kind: string; id: string; overdue: boolean; status: string; code: string | null; title: string; areaName: string; acceptBy: string | null; replyDueOn: string | null };
  const inbox = async (token: string, query = '') => (await ctx.request(token, 'GET', `/api/inbox${query}`)).json() as { items: Item[]; total: number };

  beforeAll(async () => {
    ctx = await createTestContext({ complaintReplyDays: 15 });
    ({ home, otherAdmin } = await ctx.twoCounties());
    assistant = await ctx.login((await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' })).username);
    const user = await ctx.newUser({ orgId: home.instituteId, role: 'inspector' });
    inspectorId = user.id;
    inspector = await ctx.login(user.username);

    ctx.setNow(new Date('2026-05-10T02:00:00Z')); // 10:00 in Shanghai
    reportId = (await ctx.request(assistant, 'POST', '/api/reports', {
      category: 'illegal_practice', content: '村内有无证人员开展静脉输液', foundAt: '2026-05-10T09:00:00+08:00', reportedAt: '2026-05-10T09:30:00+08:00',
    })).json().id;
    ctx.setNow(new Date('2026-05-10T04:00:00Z'));
    complaintId = (await ctx.request(inspector, 'POST', '/api/complaints', {
      channel: 'hotline', divisionCode: home.townshipCodes[0], category: 'public_place', subject: '好运浴室', content: '浴池水浑浊', anonymous: true,
    })).json().id;
  });
  afterAll(() => ctx.close());

  it('lists both, newest first, with what each still awaits', async () => {
    const { items, total } = await inbox(inspector);
    expect(total).toBe(2);
    expect(items.map((i) => [i.kind, i.id])).toEqual([['complaint', complaintId], ['report', reportId]]);
    expect(items[0]).toMatchObject({ status: 'received', title: '好运浴室', replyDueOn: '2026-05-25', acceptBy: null, overdue: false });
    expect(items[0]!.code).toMatch(/^TS/);
    expect(items[1]).toMatchObject({ status: 'submitted', code: null, title: '村内有无证人员开展静脉输液', acceptBy: '2026-05-11T01:30:00.000Z', overdue: false, replyDueOn: null });
  });

  it('filters by kind and flags a report still unaccepted 24 hours after it was reported', async () => {
    expect((await inbox(inspector, '?kind=report')).items.map((i) => i.id)).toEqual([reportId]);
    expect((await inbox(inspector, '?kind=complaint')).items.map((i) => i.id)).toEqual([complaintId]);
    ctx.setNow(new Date('2026-05-11T01:30:00Z'));
    expect((await inbox(inspector, '?overdueOnly=true')).total).toBe(0);
    ctx.setNow(new Date('2026-05-11T01:30:01Z'));
    expect((await inbox(inspector, '?overdueOnly=true')).items.map((i) => i.id)).toEqual([reportId]);
  });

  it('drops what is done from the default view but keeps it when asked for everything', async () => {
    await ctx.request(inspector, 'POST', `/api/reports/${reportId}/accept`);
    const accepted = (await inbox(inspector)).items.find((i) => i.id === reportId)!;
    expect(accepted).toMatchObject({ status: 'accepted', acceptBy: null, overdue: false });
    await ctx.request(inspector, 'POST', `/api/reports/${reportId}/close`, { result: '已立案查处' });
    expect((await inbox(inspector)).items.map((i) => i.id)).toEqual([complaintId]);
    expect((await inbox(inspector, '?openOnly=false')).items.map((i) => i.id)).toEqual([complaintId, reportId]);
  });

  it('tells the assignee of a complaint at once', async () => {
    await ctx.request(inspector, 'POST', `/api/complaints/${complaintId}/assign`, { assigneeId: inspectorId });
    const notes = (await ctx.request(inspector, 'GET', '/api/notifications')).json().items;
    expect(notes.filter((n: { kind: string }) => n.kind === 'complaint_assigned')).toEqual([
      expect.objectContaining({ title: expect.stringMatching(/^投诉举报 TS\w{10} 已分派给您，请于 2026-05-25 前答复$/), body: '好运浴室', link: `/complaints?open=${complaintId}` }),
    ]);
  });

  it('is empty for another county and refused to a station', async () => {
    expect(await inbox(otherAdmin, '?openOnly=false')).toEqual({ items: [], total: 0 });
    expect((await ctx.request(assistant, 'GET', '/api/inbox')).statusCode).toBe(403);
  });

  it('names a bad filter', async () => {
    const response = await ctx.request(inspector, 'GET', '/api/inbox?kind=letter');
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0]).toEqual({ path: 'kind', message: '类型应为 complaint 或 report' });
  });
});
