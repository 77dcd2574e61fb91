import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './server.js';

/**
 * A supervision assistant's day on a phone: a patrol that finds a problem and orders rectification,
 * the order on the to-do list, the re-inspection that closes it.
 */
const ASSISTANT = 'assistant';
const PATROL_SCREENSHOT = '/tmp/weijian-patrol.png';
const PHONE = { width: 390, height: 844 };
/** 戴窑镇, where the demo assistant's station is: inside China, so the server keeps the coordinates. */
const POSITION = { latitude: 33.0291, longitude: 119.9402 };
const UNIT_NAME = `端到端测试浴室${Date.now() % 100_000}`;
const PROBLEM_ITEM = 'public_place.ventilation';
const PROBLEMS = '排风扇损坏，浴区通风不良';

interface Rectification {
  id: string;
  unitId: string;
  status: string;
  deadline: string;
  closingPatrolId: string | null;
}

describe('recording patrols and following up a rectification on a phone', () => {
  let server: AppSession['server'];
  let session: AppSession;
  let page: Page;
  let unitId: string;
  let patrolId: string;

  const apiGet = <T>(path: string) => session.apiGet<T>(path);

  async function openRectificationsOf(): Promise<Rectification[]> {
    const page = await apiGet<{ items: Rectification[] }>(`/api/rectifications?unitId=${unitId}`);
    return page.items;
  }

  beforeAll(async () => {
    session = await openApp({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      geolocation: POSITION,
      permissions: ['geolocation'],
    });
    ({ server, page } = session);
  });

  afterAll(() => session?.close());

  it('signs the assistant in and files a bathhouse in their township', async () => {
    await session.signIn(ASSISTANT);

    unitId = await session.fileBathhouse({
      name: UNIT_NAME, address: '戴窑镇人民路 8 号', personInCharge: '王建国', phone: '13900001111', licenceNo: '兴卫证字（2025）第001号',
    });
  });

  it('records a patrol with a checklist problem and orders rectification with a deadline', async () => {
    await page.getByRole('button', { name: /登记巡查/ }).click();
    await page.waitForURL('**/patrols/new');

    await page.getByLabel('巡查单位').click();
    await page.getByLabel('巡查单位').fill(UNIT_NAME.slice(0, 7));
    await page.locator('.ant-select-item-option').filter({ hasText: UNIT_NAME }).click();
    await expect.poll(() => page.getByLabel('巡查地点与内容').inputValue()).toContain('戴窑镇人民路 8 号');

    const ventilation = page.getByTestId(`checklist-${PROBLEM_ITEM}`);
    await ventilation.getByText('问题', { exact: true }).click();
    await ventilation.getByPlaceholder('问题说明（可选）').fill('排风扇不转');
    await page.getByRole('button', { name: '其余全部符合' }).click();
    await page.getByText('还有', { exact: false }).waitFor({ state: 'detached' });

    await page.locator('label').filter({ hasText: /^责令整改$/ }).click();
    await page.getByRole('button', { name: '7 天' }).click();
    await expect.poll(() => page.getByLabel('整改期限').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByLabel('发现的主要问题').fill(PROBLEMS);
    await page.getByText(/已记录位置/).waitFor();

    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: PATROL_SCREENSHOT, fullPage: true });

    await page.getByRole('button', { name: '保存巡查' }).click();
    await page.waitForURL(/\/patrols\/[0-9a-f-]{36}$/);
    patrolId = page.url().split('/').pop()!;
    await page.getByText('巡查已保存，可以继续上传现场照片').waitFor();
    await page.getByText(PROBLEMS).first().waitFor();

    const patrol = await apiGet<{ outcome: string; latitude: number | null; checklist: { code: string; result: string; note?: string }[] }>(`/api/patrols/${patrolId}`);
    expect(patrol.outcome).toBe('rectification');
    expect(patrol.latitude).toBeCloseTo(POSITION.latitude, 4);
    expect(patrol.checklist).toContainEqual({ code: PROBLEM_ITEM, result: 'problem', note: '排风扇不转' });
    expect(patrol.checklist.filter((entry) => entry.result === 'ok').length).toBe(patrol.checklist.length - 1);
  });

  it('shows the open rectification on the to-do list', async () => {
    const [rectification] = await openRectificationsOf();
    expect(rectification).toMatchObject({ status: 'open', closingPatrolId: null });

    await page.goto(`${server.url}/rectifications`);
    const card = page.getByTestId(`rectification-${rectification!.id}`);
    await card.waitFor();
    expect(await card.textContent()).toContain(UNIT_NAME);
    expect(await card.textContent()).toContain(PROBLEMS);
    expect(await card.textContent()).toContain(rectification!.deadline);
    expect(await card.textContent()).toContain('还剩 7 天');
  });

  it('records the re-inspection with no problem, which closes the rectification', async () => {
    const [rectification] = await openRectificationsOf();
    const card = page.getByTestId(`rectification-${rectification!.id}`);
    await card.getByRole('button', { name: /复查/ }).click();
    await page.waitForURL(`**/patrols/new?unitId=${unitId}&rectificationId=${rectification!.id}`);
    await page.getByText(`复查整改：${PROBLEMS}`).waitFor();

    await page.getByRole('button', { name: '其余全部符合' }).click();
    await page.locator('label').filter({ hasText: /^无问题$/ }).click();
    await page.getByRole('button', { name: '保存巡查' }).click();
    await page.waitForURL(/\/patrols\/[0-9a-f-]{36}$/);
    const reinspectionId = page.url().split('/').pop()!;
    expect(reinspectionId).not.toBe(patrolId);

    const [closed] = await openRectificationsOf();
    expect(closed).toMatchObject({ id: rectification!.id, status: 'closed', closingPatrolId: reinspectionId });

    await page.goto(`${server.url}/rectifications`);
    await page.getByRole('heading', { name: '整改待办' }).waitFor();
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    expect(await card.count()).toBe(0);

    await page.getByText('已整改', { exact: true }).click();
    await card.waitFor();
    expect(await card.textContent()).toContain('整改完成于');
  });
});
