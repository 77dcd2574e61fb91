import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, submitDialog, type AppSession } from './server.js';

/**
 * An inspector at 兴化市卫生监督所 grades a restaurant on its checklist, publishes the grade and
 * records the restaurant's reply; then anyone, signed out, finds the grade and the reply on the
 * public page, without the restaurant's phone or person in charge.
 */
const UNIT = `昭阳面馆（${Date.now() % 100_000}）`;
const PHONE = '13955556666';
const PERSON = '赵掌柜';
const REPLY = '已更换防蝇纱窗，欢迎监督';

describe('hygiene grading from scoring to the public page', () => {
  let session: AppSession;
  let page: Page;
  const drawer = () => page.locator('.grading-drawer');

  beforeAll(async () => {
    session = await openApp({ viewport: { width: 1366, height: 900 } });
    page = session.page;
  });
  afterAll(() => session?.close());

  it('scores a unit with a live preview and publishes the grade', async () => {
    await session.signIn('inspector');
    // A township with a station: where an existing unit is.
    const { items: [existing] } = await session.apiGet<{ items: { townshipCode: string }[] }>('/api/units?pageSize=1');
    const filed = await page.request.post(`${session.server.url}/api/units`, {
      data: { name: UNIT, category: 'food', subCategory: 'catering', address: '昭阳街道英武路 9 号', townshipCode: existing!.townshipCode, personInCharge: PERSON, phone: PHONE },
    });
    expect(filed.status(), await filed.text()).toBe(201);

    await page.getByRole('menuitem', { name: '量化分级' }).click();
    await page.waitForURL('**/grading');
    await page.getByRole('button', { name: '新建评级' }).click();
    const dialog = page.getByRole('dialog', { name: '量化分级评分' });
    await dialog.getByLabel('单位', { exact: true }).fill(UNIT.slice(0, 4));
    await page.locator('.ant-select-item-option').filter({ hasText: UNIT }).click();
    // Full marks to start with; one deduction on a non-critical item gives 94, A.
    await dialog.getByLabel('防鼠、防蝇、防尘设施').fill('4');
    await expect.poll(() => dialog.getByTestId('grading-total').innerText()).toBe('94');
    await dialog.getByText('总分 94，对应A级。').waitFor();
    await submitDialog(page, dialog, '保存草稿');

    await drawer().getByText('草稿', { exact: true }).waitFor();
    await drawer().getByRole('button', { name: /公\s*示/ }).click();
    await page.getByText('已完成：公示').first().waitFor();
    await drawer().getByText('已公示').waitFor();
    await drawer().getByRole('button', { name: '登记单位回应' }).click();
    const reply = page.getByRole('dialog', { name: /登记单位回应/ });
    await reply.getByLabel('单位回应').fill(REPLY);
    await submitDialog(page, reply, '登记单位回应');
    await drawer().getByText(REPLY).waitFor();
  });

  it('signed out, the public page shows the grade and the reply, and no personal data', async () => {
    await page.keyboard.press('Escape');
    await session.signOut();
    await page.getByRole('link', { name: '量化分级查询' }).click();
    await page.waitForURL('**/public/units');
    await page.getByLabel('单位名称').fill(UNIT);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const card = page.getByTestId('public-unit').filter({ hasText: UNIT });
    await card.getByTestId('grade-tag').filter({ hasText: 'A级' }).waitFor();
    await card.getByTestId('public-reply').filter({ hasText: REPLY }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(PERSON);
  });
});
