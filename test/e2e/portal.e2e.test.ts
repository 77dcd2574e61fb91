import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './server.js';

/** The public portal on a phone: no account, every section one tap from the first screen. */
describe('public portal', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp({ viewport: { width: 390, height: 844 } });
    page = session.page;
  });
  afterAll(() => session?.close());

  it('opens from the login page and leads to the complaint form and the licence lookup', async () => {
    await page.goto(`${session.server.url}/login`);
    await page.getByRole('link', { name: '公众服务' }).click();
    await page.waitForURL('**/public');
    await page.getByRole('heading', { name: '卫生监督公众服务' }).waitFor();
    for (const section of ['单位卫生信息', '投诉举报', '许可证查询', '双随机一公开']) {
      expect(await page.getByTestId(/^portal-/).filter({ hasText: section }).count()).toBe(1);
    }

    await page.getByTestId('portal-complaint').click();
    await page.waitForURL('**/public/complaint');
    await page.getByRole('heading', { name: '投诉举报' }).waitFor();
    await page.getByLabel('所在地').waitFor();

    await page.goto(`${session.server.url}/public`);
    await page.getByTestId('portal-licences').click();
    await page.waitForURL('**/public/licences');
    await page.getByRole('heading', { name: '卫生许可证查询' }).waitFor();
    // Nothing on the way asked to sign in, and the page fits the phone's width.
    expect(page.url()).not.toContain('/login');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('searches units from the first screen', async () => {
    await page.goto(`${session.server.url}/public`);
    await page.getByLabel('输入单位名称查询卫生等级与检查结果').fill('浴室');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/public/units?q=%E6%B5%B4%E5%AE%A4');
  });
});
