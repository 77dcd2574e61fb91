import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePeriod, submissionDueDate } from '../../src/core/periods.js';
import { runReminders } from '../../src/server/modules/notifications/reminders.js';
import { startScheduler } from '../../src/server/scheduler.js';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

const at = (local: string) => new Date(`${local}+08:00`);
const OPTIONS = { daysBefore: 3 };
const NONE = { submission_due: 0, submission_overdue: 0, rectification_due: 0, rectification_overdue: 0, report_pending: 0, complaint_overdue: 0, licence_expiring: 0 };

describe('notifications', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let other: TestCounty;
  let admin: string;
  const people: Record<string, string> = {};
  const stationName = (county: TestCounty, i: number) => `测试station${county.townshipCodes[i]}`;

  async function person(name: string, orgId: string, role: Parameters<TestContext['newUser']>[0]['role'], enabled = true) {
    people[name] = (await ctx.newUser({ orgId, role, username: name, enabled })).id;
  }

  /** A submission of a built-in data set, as the submissions module would leave it. */
  async function submission(orgId: string, code: string, periodKey: string, status: 'draft' | 'submitted' | 'accepted' | 'returned') {
    const db = ctx.database.db;
    const dataSet = await db.selectFrom('data_sets').select(['id', 'deadline_days']).where('code', '=', code).executeTakeFirstOrThrow();
    const org = await db.selectFrom('orgs').select(['path', 'county_code']).where('id', '=', orgId).executeTakeFirstOrThrow();
    const period = parsePeriod(periodKey);
    await db.insertInto('submissions').values({
      data_set_id: dataSet.id, org_id: orgId, path: org.path, county_code: org.county_code, period: period.key,
      period_start: period.start, period_end: period.end, due_date: submissionDueDate(period, dataSet.deadline_days), status,
    }).execute();
  }

  /** Each recipient's notification kinds, sorted; people with none are left out. */
  async function kindsByPerson() {
    const rows = await ctx.database.db.selectFrom('notifications').select(['user_id', 'kind']).orderBy('kind').execute();
    const names = Object.fromEntries(Object.entries(people).map(([name, id]) => [id, name]));
    const result: Record<string, string[]> = {};
    for (const row of rows) (result[names[row.user_id] ?? row.user_id] ??= []).push(row.kind);
    return result;
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.setNow(at('2026-04-15T10:00:00'));
    ({ home, other, admin } = await ctx.twoCounties());
    await person('head0', home.stationIds[0]!, 'station_head');
    await person('asst0', home.stationIds[0]!, 'assistant');
    await person('stationAdmin', home.stationIds[0]!, 'admin');
    await person('disabledAsst', home.stationIds[0]!, 'assistant', false);
    await person('asst1', home.stationIds[1]!, 'assistant');
    await person('inspector', home.instituteId, 'inspector');
    await person('informant', home.infoPointIds[0]!, 'informant');
    await person('otherAsst', other.stationIds[0]!, 'assistant');
    await person('otherInspector', other.instituteId, 'inspector');

    // Station 0 has a register sent back and no quarterly summary; station 1 and the other county sent both.
    await submission(home.stationIds[0]!, 'registers', '2026-03', 'returned');
    await submission(home.stationIds[1]!, 'registers', '2026-03', 'submitted');
    await submission(home.stationIds[1]!, 'quarterly-summary', '2026Q1', 'accepted');
    for (const stationId of other.stationIds) {
      await submission(stationId, 'registers', '2026-03', 'accepted');
      await submission(stationId, 'quarterly-summary', '2026Q1', 'submitted');
    }
  });
  afterAll(() => ctx.close());

  describe('runReminders', () => {
    beforeAll(async () => {
      const assistant = await ctx.login('asst0');
      const unit = await ctx.request(admin, 'POST', '/api/units', { name: '悦来宾馆', category: 'public_place', subCategory: 'accommodation', address: '人民路', townshipCode: home.townshipCodes[0] });
      const rectification = async (deadline: string) => {
        const patrol = await ctx.request(assistant, 'POST', '/api/patrols', {
          unitId: unit.json().id, patrolledOn: '2026-04-01', locationContent: '客房', outcome: 'rectification', problems: '无消毒记录',
          rectificationDeadline: '2026-04-30', checklist: [{ code: 'public_place.licence_displayed', result: 'ok' }],
        });
        expect(patrol.statusCode).toBe(201);
        await ctx.database.db.updateTable('rectifications').set({ deadline }).where('id', '=', patrol.json().rectificationId).execute();
      };
      await rectification('2026-04-17'); // due tomorrow on the 16th
      await rectification('2026-04-10'); // overdue
      await rectification('2026-03-01'); // overdue longer than the look-back: history
      const report = async (reportedAt: string) => {
        const response = await ctx.request(assistant, 'POST', '/api/reports', { category: 'public_place', content: '宾馆无证经营', foundAt: '2026-04-14T08:00:00+08:00', reportedAt: '2026-04-14T09:00:00+08:00' });
        expect(response.statusCode).toBe(201);
        await ctx.database.db.updateTable('reports').set({ found_at: new Date(at(reportedAt).getTime() - 3_600_000), reported_at: at(reportedAt) }).where('id', '=', response.json().id).execute();
        return response.json().id as string;
      };
      await report('2026-04-14T09:00:00');
      await report('2026-04-15T08:00:00'); // 24 hours pass only at 08:00 on the 16th
      await report('2026-03-01T09:00:00'); // too old to chase
      const accepted = await report('2026-04-13T09:00:00');
      expect((await ctx.request(await ctx.login('inspector'), 'POST', `/api/reports/${accepted}/accept`)).statusCode).toBe(200);
    });
    beforeEach(async () => {
      await ctx.database.db.deleteFrom('notifications').execute();
    });

    it('3 days before the due date tells each station that has not submitted, the station’s head and assistants only', async () => {
      const counts = await runReminders(ctx.database.db, at('2026-04-16T00:00:00'), OPTIONS);
      expect(counts).toEqual({ submission_due: 4, submission_overdue: 0, rectification_due: 2, rectification_overdue: 3, report_pending: 1, complaint_overdue: 0, licence_expiring: 0 });
      expect(await kindsByPerson()).toEqual({
        head0: ['rectification_due', 'rectification_overdue', 'submission_due', 'submission_due'],
        asst0: ['rectification_due', 'rectification_overdue', 'submission_due', 'submission_due'],
        inspector: ['rectification_overdue', 'report_pending'],
      });
    });

    it('names the org, the data set, the period and the deadline, and links to the page', async () => {
      await runReminders(ctx.database.db, at('2026-04-16T00:00:00'), OPTIONS);
      const rows = await ctx.database.db.selectFrom('notifications').select(['kind', 'title', 'body', 'link', 'dedupe_key'])
        .where('user_id', '=', people.head0!).orderBy('dedupe_key').execute();
      const quarterly = await ctx.database.db.selectFrom('data_sets').select('id').where('code', '=', 'quarterly-summary').executeTakeFirstOrThrow();
      const summary = rows.find((r) => r.dedupe_key.startsWith(`submission-due:${quarterly.id}`));
      expect(summary).toEqual({
        kind: 'submission_due',
        title: `${stationName(home, 0)}：季度工作小结（2026年第一季度）请于2026年4月19日前报送`,
        body: `${stationName(home, 0)}尚未报送季度工作小结（2026年第一季度），截止日期为 2026年4月19日（含当天），还剩 3 天。`,
        link: '/submissions',
        dedupe_key: `submission-due:${quarterly.id}:2026Q1:${home.stationIds[0]}:${people.head0}`,
      });
      expect(rows.find((r) => r.kind === 'rectification_due')).toMatchObject({
        title: '整改期限将至：悦来宾馆', body: `${stationName(home, 0)}责令悦来宾馆整改，期限为 2026年4月17日，请按期复查。`, link: '/rectifications',
      });
      const pending = await ctx.database.db.selectFrom('notifications').select(['title', 'body', 'link']).where('kind', '=', 'report_pending').executeTakeFirstOrThrow();
      expect(pending).toEqual({
        title: `信息报告超过 24 小时未受理：${stationName(home, 0)}`,
        body: `${stationName(home, 0)}于 2026年4月14日 09:00 报告的公共场所信息尚未受理，请及时处理。`,
        link: '/reports',
      });
    });

    it('at 23:59 four days before the due date says nothing about submissions', async () => {
      const counts = await runReminders(ctx.database.db, at('2026-04-15T23:59:00'), OPTIONS);
      expect(counts).toEqual({ ...NONE, rectification_overdue: 3, report_pending: 1 });
    });

    it('a minute into the day after the due date tells the station and the county’s inspectors it is overdue', async () => {
      const counts = await runReminders(ctx.database.db, at('2026-04-20T00:01:00'), OPTIONS);
      expect(counts).toEqual({ ...NONE, submission_overdue: 6, rectification_overdue: 6, report_pending: 2 });
      expect(await kindsByPerson()).toEqual({
        head0: ['rectification_overdue', 'rectification_overdue', 'submission_overdue', 'submission_overdue'],
        asst0: ['rectification_overdue', 'rectification_overdue', 'submission_overdue', 'submission_overdue'],
        inspector: ['rectification_overdue', 'rectification_overdue', 'report_pending', 'report_pending', 'submission_overdue', 'submission_overdue'],
      });
      const overdue = await ctx.database.db.selectFrom('notifications').select('title').where('user_id', '=', people.inspector!).where('kind', '=', 'submission_overdue').orderBy('title').execute();
      expect(overdue.map((r) => r.title)).toEqual([
        `${stationName(home, 0)}：协管月报（巡查登记表、信息报告登记表）（2026年3月）逾期未报送`,
        `${stationName(home, 0)}：季度工作小结（2026年第一季度）逾期未报送`,
      ]);
    });

    it('REMINDER_DAYS_BEFORE 0 waits for the due date itself', async () => {
      expect((await runReminders(ctx.database.db, at('2026-04-18T12:00:00'), { daysBefore: 0 })).submission_due).toBe(0);
      expect((await runReminders(ctx.database.db, at('2026-04-19T00:00:00'), { daysBefore: 0 })).submission_due).toBe(4);
      const body = await ctx.database.db.selectFrom('notifications').select('body').where('kind', '=', 'submission_due').executeTakeFirstOrThrow();
      expect(body.body).toMatch(/今天截止。$/);
    });

    it('is idempotent: a second run, and a fresh scheduler after a restart, add nothing', async () => {
      const first = await runReminders(ctx.database.db, at('2026-04-16T00:00:00'), OPTIONS);
      expect(Object.values(first).reduce((a, b) => a + b)).toBe(10);
      expect(await runReminders(ctx.database.db, at('2026-04-16T00:15:00'), OPTIONS)).toEqual(NONE);
      const log = { info: vi.fn(), error: vi.fn() };
      const deps = { db: ctx.database.db, config: { reminderCron: '*/15 * * * *', reminderDaysBefore: 3 }, log, clock: () => at('2026-04-16T00:30:00'), firstRunDelayMs: 0 };
      for (let restart = 0; restart < 2; restart++) {
        const sut = startScheduler(deps);
        expect(await sut.runOnce()).toEqual(NONE);
        sut.stop();
      }
      expect(log.error).not.toHaveBeenCalled();
      expect(await ctx.database.db.selectFrom('notifications').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).toEqual({ n: '10' });
    });

    it('gives nothing to the other county, a station that submitted, an informant, a disabled user or an administrator', async () => {
      await runReminders(ctx.database.db, at('2026-04-16T00:00:00'), OPTIONS);
      await runReminders(ctx.database.db, at('2026-04-20T00:01:00'), OPTIONS);
      const ids = ['otherAsst', 'otherInspector', 'asst1', 'informant', 'disabledAsst', 'stationAdmin'].map((name) => people[name]!);
      const rows = await ctx.database.db.selectFrom('notifications').select('id').where('user_id', 'in', ids).execute();
      expect(rows).toEqual([]);
    });
  });

  describe('startScheduler', () => {
    it('runs on the configured cron in Asia/Shanghai and survives a failing run', async () => {
      const log = { info: vi.fn(), error: vi.fn() };
      const sut = startScheduler({
        db: ctx.database.db, config: { reminderCron: '0 8 * * *', reminderDaysBefore: 3 }, log, firstRunDelayMs: 0,
        remind: () => Promise.reject(new Error('database gone')),
      });
      try {
        expect(sut.nextRun()?.toISOString()).toMatch(/T00:00:00\.000Z$/);
        expect(await sut.runOnce()).toBeUndefined();
        expect(log.error).toHaveBeenCalledTimes(1);
      } finally {
        sut.stop();
      }
    });
  });

  describe('API', () => {
    const ids: Record<string, string> = {};
    let informant: string;

    beforeAll(async () => {
      const db = ctx.database.db;
      await db.deleteFrom('notifications').execute();
      const rows = [
        { name: 'n1', user: 'informant', hour: 10 },
        { name: 'n2', user: 'informant', hour: 11 },
        { name: 'n3', user: 'informant', hour: 12 },
        { name: 'theirs', user: 'asst1', hour: 12 },
      ];
      for (const row of rows) {
        const inserted = await db.insertInto('notifications').values({
          user_id: people[row.user]!, kind: 'report_pending', title: `标题${row.name}`, body: '', link: '/reports',
          dedupe_key: `test:${row.name}`, created_at: at(`2026-04-16T${row.hour}:00:00`),
        }).returning('id').executeTakeFirstOrThrow();
        ids[row.name] = inserted.id;
      }
      ctx.setNow(at('2026-04-16T13:00:00'));
      informant = await ctx.login('informant');
    });

    const titles = (body: { items: { title: string }[] }) => body.items.map((n) => n.title);

    it('lists the signed-in person’s own notifications, newest first, with the total and unread count', async () => {
      const response = await ctx.request(informant, 'GET', '/api/notifications');
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(titles(body)).toEqual(['标题n3', '标题n2', '标题n1']);
      expect(body.total).toBe(3);
      expect(body.unread).toBe(3);
      expect(body.items[0]).toEqual({
        id: ids.n3, kind: 'report_pending', title: '标题n3', body: '', link: '/reports', createdAt: '2026-04-16T04:00:00.000Z', readAt: null,
      });
      expect((await ctx.request(informant, 'GET', '/api/notifications/unread-count')).json()).toEqual({ unread: 3 });
    });

    it('marks one read, keeping the first read time, and filters unread ones', async () => {
      const first = await ctx.request(informant, 'POST', `/api/notifications/${ids.n2}/read`);
      expect(first.statusCode).toBe(200);
      expect(first.json().readAt).toBe('2026-04-16T05:00:00.000Z');
      ctx.setNow(at('2026-04-16T13:30:00'));
      expect((await ctx.request(informant, 'POST', `/api/notifications/${ids.n2}/read`)).json().readAt).toBe('2026-04-16T05:00:00.000Z');
      expect((await ctx.request(informant, 'GET', '/api/notifications/unread-count')).json()).toEqual({ unread: 2 });
      const unread = (await ctx.request(informant, 'GET', '/api/notifications?unreadOnly=true')).json();
      expect({ titles: titles(unread), total: unread.total, unread: unread.unread }).toEqual({ titles: ['标题n3', '标题n1'], total: 2, unread: 2 });
      const page = (await ctx.request(informant, 'GET', '/api/notifications?page=2&pageSize=1')).json();
      expect({ titles: titles(page), total: page.total }).toEqual({ titles: ['标题n2'], total: 3 });
    });

    it('answers 404 for another person’s notification and leaves it unread', async () => {
      const response = await ctx.request(informant, 'POST', `/api/notifications/${ids.theirs}/read`);
      expect(response.statusCode).toBe(404);
      expect(response.json().message).toBe('通知不存在或不在您的管辖范围内');
      expect((await ctx.request(informant, 'POST', `/api/notifications/${randomUUID()}/read`)).statusCode).toBe(404);
      expect((await ctx.request(informant, 'POST', '/api/notifications/abc/read')).statusCode).toBe(400);
      const theirs = await ctx.database.db.selectFrom('notifications').select('read_at').where('id', '=', ids.theirs!).executeTakeFirstOrThrow();
      expect(theirs.read_at).toBeNull();
    });

    it('marks all read, only the signed-in person’s', async () => {
      expect((await ctx.request(informant, 'POST', '/api/notifications/read-all')).json()).toEqual({ updated: 2 });
      expect((await ctx.request(informant, 'GET', '/api/notifications/unread-count')).json()).toEqual({ unread: 0 });
      const asst1 = await ctx.login('asst1');
      expect((await ctx.request(asst1, 'GET', '/api/notifications/unread-count')).json()).toEqual({ unread: 1 });
      expect((await ctx.request(asst1, 'GET', '/api/notifications')).json().items.map((n: { id: string }) => n.id)).toEqual([ids.theirs]);
    });

    it('rejects a bad query and anyone not signed in', async () => {
      const bad = await ctx.request(informant, 'GET', '/api/notifications?unreadOnly=yes');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fields[0]).toEqual({ path: 'unreadOnly', message: '应为 true 或 false' });
      expect((await ctx.app.inject({ method: 'GET', url: '/api/notifications/unread-count' })).statusCode).toBe(401);
    });
  });
});
