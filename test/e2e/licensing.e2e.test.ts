import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, submitDialog, type AppSession } from './server.js';

/**
 * An inspector at 兴化市卫生监督所 accepts a licence application, takes it through 资料审核 and
 * 现场审查 to 发证; then anyone, signed out, finds the licence on the public lookup page.
 */
const INSPECTOR = 'inspector';
const HOLDER = `昭阳浴室（${Date.now() % 100_000}）`;
const LICENCE_NO = `兴卫公字〔2026〕第${Date.now() % 1_000_000}号`;

interface Application { applicationNo: string; status: string; licenceNo: string | null; expiresOn: string | null }

describe('licensing from 受理 to the public lookup', () => {
  let session: AppSession;
  let page: Page;

  const drawer = () => page.locator('.licensing-drawer');
  const step = async (name: string) => {
    await drawer().getByRole('button', { name }).click();
    await page.getByText(`已完成：${name}`).first().waitFor();
  };

  beforeAll(async () => {
    session = await openApp({ viewport: { width: 1366, height: 900 } });
    page = session.page;
  });
  afterAll(() => session?.close());

  it('accepts an application for a holder', async () => {
    await session.signIn(INSPECTOR);
    await page.getByRole('menuitem', { name: '行政许可' }).click();
    await page.waitForURL('**/licensing');
    await page.getByTestId('licensing-indicators').waitFor();
    await page.getByRole('button', { name: '受理申请' }).click();
    const dialog = page.getByRole('dialog', { name: '受理许可申请' });
    await dialog.getByLabel('申请人名称').fill(HOLDER);
    await dialog.getByLabel('联系电话').fill('0523-83212345');
    await submitDialog(page, dialog, '受理申请');
    // The new application opens in the drawer, status 已受理, and is in the list.
    await drawer().getByText(HOLDER).waitFor();
    await drawer().getByText('已受理').waitFor();
    const { items } = await session.apiGet<{ items: (Application & { applicantName: string })[] }>('/api/licensing?status=accepted');
    expect(items.map((a) => a.applicantName)).toContain(HOLDER);
  });

  it('walks it through 资料审核 and 现场审查 and issues the licence', async () => {
    // Only the steps the core allows from 已受理: no 发证 yet.
    expect(await drawer().getByRole('button', { name: '批准并发证' }).count()).toBe(0);
    await step('开始资料审核');
    await step('资料审核通过');
    await step('现场审查通过');
    await drawer().getByRole('button', { name: '批准并发证' }).click();
    const dialog = page.getByRole('dialog', { name: /批准并发证/ });
    await dialog.getByLabel('许可证号').fill(LICENCE_NO);
    await submitDialog(page, dialog, '批准并发证');
    await expect.poll(() => page.getByTestId('licence-no').innerText()).toBe(LICENCE_NO);
    await drawer().getByText('已发证').waitFor();
    expect(await drawer().getByRole('button').filter({ hasText: /不予许可|撤回申请/ }).count()).toBe(0);

    const { items } = await session.apiGet<{ items: Application[] }>('/api/licensing?status=issued');
    const issued = items.find((a) => a.licenceNo === LICENCE_NO)!;
    expect(issued.expiresOn).not.toBeNull();
    await page.locator('.ant-table-row').filter({ hasText: issued.applicationNo }).getByText('已发证').waitFor();
  });

  it('signed out, the public page finds the licence by its number as valid', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.licensing-drawer').waitFor({ state: 'hidden' });
    await session.signOut();
    await page.getByRole('link', { name: '卫生许可证查询' }).click();
    await page.waitForURL('**/public/licences');
    await page.getByLabel('许可证号或单位名称').fill(LICENCE_NO);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const row = page.getByTestId('public-licences').locator('.ant-table-row').filter({ hasText: LICENCE_NO });
    await row.getByText(HOLDER).waitFor();
    await row.getByText('有效').waitFor();
    expect((await page.request.get(`${session.server.url}/api/auth/me`)).status()).toBe(401);
  });
});
