import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertNotifications } from '../../src/server/modules/notifications/repo.js';
import { openApp, type AppSession } from './server.js';

/** The demo assistant (src/server/demo/seed.ts), on a phone-sized screen. */
describe('the notification bell', () => {
  let session: AppSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openApp({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    page = session.page;
    const db = session.server.db;
    const assistant = await db.selectFrom('users').select('id').where('username', '=', 'assistant').executeTakeFirstOrThrow();
    const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
    const rows = [
      { title: '整改期限将至：悦来宾馆', link: '/rectifications', at: minutesAgo(90) },
      { title: '协管月报请于4月19日前报送', link: '/reports', at: minutesAgo(5) },
    ];
    await insertNotifications(db, rows.map((r, i) => ({ user_id: assistant.id, kind: 'submission_due', title: r.title, body: '测试通知', link: r.link, dedupe_key: `e2e:${i}` })));
    for (const r of rows) await db.updateTable('notifications').set({ created_at: r.at }).where('title', '=', r.title).execute();
    await session.signIn('assistant');
  });
  afterAll(() => session?.close());

  it('shows the unread count and the latest notifications, newest first', async () => {
    await page.getByRole('button', { name: '消息通知：2 条未读' }).click();
    const items = page.getByTestId('notification-item');
    await items.first().waitFor();
    expect(await items.allTextContents()).toEqual([
      expect.stringMatching(/^协管月报请于4月19日前报送5 分钟前测试通知$/),
      expect.stringMatching(/^整改期限将至：悦来宾馆1 小时前测试通知$/),
    ]);
  });

  it('opening one marks it read and follows its link', async () => {
    await page.getByTestId('notification-item').first().click();
    await page.waitForURL('**/reports');
    await page.getByRole('button', { name: '消息通知：1 条未读' }).waitFor();
  });

  it('全部已读 clears the badge, and the full page lists both', async () => {
    await page.getByRole('button', { name: '消息通知：1 条未读' }).click();
    await page.getByRole('button', { name: '全部已读' }).click();
    await page.getByRole('button', { name: '消息通知', exact: true }).waitFor();
    await page.getByRole('link', { name: '查看全部' }).click();
    await page.waitForURL('**/notifications');
    const listed = page.locator('main').getByTestId('notification-item');
    // The filter's label shows 0 before the page has loaded: wait for the list itself.
    await listed.nth(1).waitFor();
    expect(await listed.count()).toBe(2);
    await page.getByText('未读（0）').waitFor();
  });
});
