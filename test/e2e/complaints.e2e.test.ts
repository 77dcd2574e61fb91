import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, openApp, type AppSession } from './server.js';

/**
 * 投诉举报 end to end on the demo region: a member of the public (no account) complains about a
 * bathhouse in 兴化市 (county 321281); the 兴化市 inspector assigns it to themself, investigates and
 * replies; the public reads the reply with the tracking code — and never sees the reporter's phone.
 */
const INSPECTOR = 'inspector';
const PHONE = '13912345678';
const SUBJECT = '兴化市清泉浴室';
const REPLY = '经现场调查，该浴室已责令整改并复查合格。';

describe('complaints from the public page to the reply', () => {
  let session: AppSession;
  let page: Page;
  let code = '';

  const detail = () => page.getByTestId('complaint-detail');
  const modal = () => page.locator('.ant-modal');
  const bodyText = () => page.locator('body').innerText();

  beforeAll(async () => {
    session = await openApp({ viewport: { width: 1280, height: 900 } });
    page = session.page;
  });
  afterAll(() => session?.close());

  it('lets the public submit a complaint without signing in and gives a tracking code', async () => {
    await page.goto(`${session.server.url}/login`);
    await page.getByRole('link', { name: '投诉举报 / 进度查询' }).click();
    await page.waitForURL('**/public/complaint');
    await page.getByLabel('所在地').click();
    for (const name of ['江苏省', '泰州市', '兴化市']) await page.locator('.ant-cascader-menu-item').filter({ hasText: name }).click();
    await page.keyboard.press('Escape');
    await chooseOption(page, page.getByLabel('投诉类别'), '公共场所');
    await page.getByLabel('被投诉单位或场所').fill(SUBJECT);
    await page.getByLabel('投诉内容').fill('浴池水浑浊，毛巾未消毒。');
    await page.getByLabel('地点').fill('兴化市昭阳街道');
    await page.getByLabel('姓名').fill('张三');
    await page.getByLabel('联系电话').fill(PHONE);
    await page.getByRole('button', { name: /提\s*交/ }).click();

    const tracking = page.getByTestId('tracking-code');
    await tracking.waitFor();
    code = (await tracking.innerText()).trim();
    expect(code).toMatch(/^TS[0-9A-Z]{10}$/);
    await expect.poll(() => page.getByTestId('reply-due-on').innerText()).toMatch(/^答复期限：\d{4}-\d{2}-\d{2}$/);
    expect(await bodyText()).not.toContain(PHONE);
  });

  it('shows it to the 兴化市 inspector, who assigns it to themself', async () => {
    await session.signIn(INSPECTOR);
    await page.getByRole('menuitem', { name: '投诉举报' }).click();
    await page.waitForURL('**/complaints');
    // The inbox holds the stations' open reports too; the new complaint is at the top.
    const inbox = page.getByTestId('inbox-table');
    await expect.poll(() => inbox.innerText()).toContain('信息报告');
    await inbox.getByRole('button', { name: new RegExp(code) }).click();
    await expect.poll(() => detail().innerText()).toContain(PHONE);
    expect(await detail().innerText()).toContain(SUBJECT);

    await page.getByRole('button', { name: /分\s*派/ }).click();
    await modal().locator('.ant-select').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '（本人）' }).click();
    await modal().getByRole('button', { name: /分\s*派/ }).click();
    await expect.poll(() => detail().innerText()).toContain('已分派');
    expect(await detail().innerText()).toContain('承办人');
  });

  it('investigates and replies', async () => {
    await page.getByRole('button', { name: '开始调查' }).click();
    await expect.poll(() => detail().innerText()).toContain('调查中');
    // While investigating, the complaint can also be taken to 立案 (the cases page opens with it as the source).
    expect(await page.getByRole('button', { name: '立案查处' }).count()).toBe(1);
    await page.getByRole('button', { name: /答\s*复/ }).click();
    await modal().getByLabel('答复').fill(REPLY);
    await modal().getByRole('button', { name: /答\s*复/ }).click();
    await expect.poll(() => detail().innerText()).toContain(REPLY);
    expect(await detail().innerText()).toContain('已答复');
  });

  it('lets the public track the code and read the reply, without the reporter’s phone', async () => {
    await page.context().clearCookies();
    await page.goto(`${session.server.url}/public/complaint`);
    await page.getByLabel('查询码').fill(code.toLowerCase());
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const result = page.getByTestId('track-result');
    await expect.poll(() => result.innerText()).toContain(REPLY);
    const shown = await result.innerText();
    expect(shown).toContain(code);
    expect(shown).toContain('已答复');
    expect(await bodyText()).not.toContain(PHONE);
    expect(await bodyText()).not.toContain('张三');
  });
});
