import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/seed.js';
import { openApp, type AppSession } from './server.js';

/** The demo county administrator (src/server/demo/seed.ts) and where they work. */
const ADMIN_USERNAME = 'admin';
const ADMIN_ORG_NAME = '兴化市卫生监督所';
const HOME_SCREENSHOT = '/tmp/weijian-home.png';

describe('signing in to the web app', () => {
  let server: AppSession['server'];
  let session: AppSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openApp({
      viewport: { width: 1366, height: 850 },
    });
    ({ server, page } = session);
  });

  afterAll(() => session?.close());

  it('sends a visitor without a session to the login page', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: '卫生监督协管信息系统' }).waitFor();
    await page.getByLabel('用户名').waitFor();
  });

  it('shows the server message for a wrong password', async () => {
    await page.getByLabel('用户名').fill(ADMIN_USERNAME);
    await page.getByLabel('密码').fill('not-the-password1');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('用户名或密码错误');
  });

  it('signs the admin in and shows the home page with their organisation', async () => {
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(`${server.url}/`);
    const orgName = page.getByTestId('home-org-name');
    await orgName.waitFor();
    expect(await orgName.textContent()).toBe(ADMIN_ORG_NAME);
    await page.getByText(/^欢迎，/).waitFor();
    await page.screenshot({ path: HOME_SCREENSHOT });
  });

  it('switches the interface to English and back', async () => {
    await page.getByText('English', { exact: true }).click();
    const homeItem = page.getByRole('menuitem', { name: 'Home' });
    await homeItem.waitFor();
    await page.getByText(/^Welcome, /).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('menuitem', { name: '首页' }).waitFor();
  });

  it('opens 用户管理 and lists the users of the county', async () => {
    await page.getByRole('menuitem', { name: '用户管理' }).click();
    await page.waitForURL('**/users');
    const adminRow = page.locator('.ant-table-row').filter({ hasText: ADMIN_USERNAME }).first();
    await adminRow.waitFor();
    await page.getByRole('columnheader', { name: '用户名' }).waitFor();
    expect(await page.locator('.ant-table-row').count()).toBeGreaterThan(1);
    expect(await adminRow.textContent()).toContain(ADMIN_ORG_NAME);
  });
});
