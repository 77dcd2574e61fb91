import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, openApp, submitDialog, type AppSession } from './server.js';

/**
 * An inspector at 兴化市卫生监督所 creates a 学校卫生 plan, publishes its commitment, draws; then
 * anyone, signed out, finds the task announcement on the portal, sees the tasks and re-runs the
 * draw in the browser.
 */
const TITLE = `学校卫生双随机抽查（${Date.now() % 100_000}）`;

describe('双随机 from a new plan to the public task announcement', () => {
  let session: AppSession;
  let page: Page;
  let taskUnits: string[] = [];

  const confirmStep = async (name: string) => {
    // antd spaces out a two-character button label ("抽 取").
    const label = new RegExp(`^${[...name].join('\\s*')}$`);
    await page.locator('.ant-drawer-footer').getByRole('button', { name: label }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: label }).click();
    await page.getByText(`已完成：${name}`).first().waitFor();
  };

  /** Signs in, opens 新建计划 on the 双随机 page and picks the 学校卫生 item; returns the dialog. */
  const newSchoolPlan = async (username: string) => {
    await session.signIn(username);
    await page.getByRole('menuitem', { name: '双随机' }).click();
    await page.waitForURL('**/random-inspections');
    await page.getByRole('button', { name: '新建计划' }).click();
    const dialog = page.getByRole('dialog', { name: '新建计划' });
    await chooseOption(page, dialog.getByLabel('抽查事项'), /学校卫生监督抽查/);
    return dialog;
  };

  beforeAll(async () => {
    session = await openApp({ viewport: { width: 1366, height: 900 } });
    page = session.page;
  });
  afterAll(() => session?.close());

  it('creates a draft plan for an item of the county list', async () => {
    const dialog = await newSchoolPlan('inspector');
    await dialog.getByLabel('计划名称').fill(TITLE);
    await submitDialog(page, dialog, /确\s*定/);
    await page.locator('.ant-drawer').getByText('草稿').waitFor();
  });

  it('publishes the commitment, then draws two schools with two inspectors each', async () => {
    await confirmStep('公布承诺值');
    await expect.poll(() => page.getByTestId('commitment').innerText()).toMatch(/^[0-9a-f]{64}$/);
    await page.locator('.ant-drawer').getByText('抽取后公开').waitFor();
    await confirmStep('抽取');
    const rows = page.getByTestId('random-tasks').locator('.ant-table-row');
    await expect.poll(() => rows.count()).toBe(2);
    taskUnits = (await rows.locator('td:nth-child(2)').allInnerTexts()).map((text) => text.split(' ')[0]!);
    expect(taskUnits.every((name) => /(小学|幼儿园)$/.test(name))).toBe(true);
  });

  it('records 责令整改 with a deadline, and the inspectors’ visit shows among the 监督检查', async () => {
    const row = page.getByTestId('random-tasks').locator('.ant-table-row').first();
    await row.getByRole('button', { name: '登记结果' }).click();
    const dialog = page.getByRole('dialog', { name: /^登记检查结果：/ });
    await chooseOption(page, dialog.getByLabel('检查结果'), '发现问题，责令整改');
    await dialog.getByLabel('整改期限').click();
    const picker = page.locator('.ant-picker-dropdown:visible');
    await picker.locator('.ant-picker-header-next-btn').click();
    await picker.locator('.ant-picker-cell-in-view').getByText('15', { exact: true }).click();
    await dialog.getByLabel('情况说明').fill('晨检记录缺失，责令限期整改');
    await submitDialog(page, dialog, /确\s*定/);
    await row.getByText(/^发现问题，责令整改（\d{4}-\d{2}-\d{2}，限 \d{4}-\d{2}-15 前整改）$/).waitFor();

    await page.locator('.ant-drawer-close').click();
    await page.locator('.ant-drawer').waitFor({ state: 'hidden' });
    await page.getByRole('menuitem', { name: '监督执法' }).click();
    await page.waitForURL('**/cases');
    const visit = page.getByRole('tabpanel', { name: '监督检查' }).locator('.ant-table-row').filter({ hasText: taskUnits[0]! });
    await visit.filter({ hasText: '双随机抽查' }).filter({ hasText: '责令整改' }).waitFor();
  });

  it('signed out, the portal shows the task announcement and the draw re-runs to the same result', async () => {
    await session.signOut();
    await page.getByRole('link', { name: '双随机抽查公示' }).click();
    await page.waitForURL('**/public/random-inspections');
    await page.getByRole('tab', { name: '任务公告' }).click();
    await page.getByTestId('public-plans-task').locator('.ant-list-item').filter({ hasText: TITLE }).getByRole('button', { name: /查\s*看/ }).click();
    const tasks = page.getByTestId('public-tasks');
    for (const unit of taskUnits) await tasks.getByText(unit).waitFor();
    expect(await page.getByTestId('redraw-command').innerText()).toMatch(/^npm run redraw -- http.*\/api\/public\/random-inspections\/plans\/[0-9a-f-]+\/draw\.json$/);
    await page.getByRole('button', { name: '在浏览器中复核' }).click();
    await page.getByRole('status').filter({ hasText: '一致：种子与事先公布的承诺值相符' }).waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/1390000\d{4}/);
    expect((await page.request.get(`${session.server.url}/api/auth/me`)).status()).toBe(401);
  });

  it('a city inspector picks the plan’s county from the city’s counties', async () => {
    const dialog = await newSchoolPlan('city.inspector');
    await dialog.getByLabel('县（区）').click();
    await page.locator('.ant-cascader-menu-item').filter({ hasText: '泰州市' }).click();
    await page.locator('.ant-cascader-menu-item').filter({ hasText: '兴化市' }).click();
    await dialog.getByLabel('计划名称').fill(`${TITLE}（市级）`);
    await submitDialog(page, dialog, /确\s*定/);
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('草稿').waitFor();
    await drawer.getByText('兴化市', { exact: true }).waitFor();
    const { items } = await session.apiGet<{ items: { title: string; countyName: string }[] }>('/api/random-inspections/plans?status=draft');
    expect(items.find((p) => p.title === `${TITLE}（市级）`)?.countyName).toBe('兴化市');
  });
});
