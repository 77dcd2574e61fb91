import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './server.js';

/**
 * A patrol saved with no network: kept in the device's outbox, sent once the network is back,
 * and never filed twice however often the same body is re-sent.
 */
const ASSISTANT = 'assistant';
const SCREENSHOT = '/tmp/weijian-offline.png';
const DRAWER_SCREENSHOT = '/tmp/weijian-offline-drawer.png';
const PHONE = { width: 390, height: 844 };
const POSITION = { latitude: 33.0291, longitude: 119.9402 };
const UNIT_NAME = `离线测试浴室${Date.now() % 100_000}`;

interface Patrol {
  id: string;
  unitId: string;
  capturedAt: string | null;
  receivedAt: string;
}

describe('saving a patrol offline and sending it when the network is back', () => {
  let server: AppSession['server'];
  let session: AppSession;
  let browser: BrowserContext;
  let page: Page;
  let unitId: string;
  let queuedBody: { clientId: string } & Record<string, unknown>;

  const apiGet = <T>(path: string) => session.apiGet<T>(path);

  const patrolsOfUnit = () => apiGet<{ items: Patrol[]; total: number }>(`/api/patrols?unitId=${unitId}&page=1&pageSize=20`);
  const indicator = (count: number) => page.getByRole('button', { name: `离线暂存：${count} 条待上报` });

  /** The outbox as stored in IndexedDB on the device. */
  function readOutbox(): Promise<{ clientId: string; kind: string; body: { clientId: string } & Record<string, unknown> }[]> {
    return page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('weijian-offline');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('outbox').objectStore('outbox').getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          };
        }),
    );
  }

  beforeAll(async () => {
    session = await openApp({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      geolocation: POSITION,
      permissions: ['geolocation'],
    });
    ({ server, browser, page } = session);
  });

  afterAll(() => session?.close());

  it('signs the assistant in and files a unit', async () => {
    await session.signIn(ASSISTANT);
    await indicator(0).waitFor();

    unitId = await session.fileBathhouse({
      name: UNIT_NAME, address: '戴窑镇东街 3 号', personInCharge: '李明', phone: '13900002222', licenceNo: '兴卫证字（2025）第002号',
    });
  });

  it('keeps a patrol saved offline in the outbox and sends nothing', async () => {
    await page.goto(`${server.url}/patrols/new?unitId=${unitId}`);
    await expect.poll(() => page.getByLabel('巡查地点与内容').inputValue()).toContain('戴窑镇东街 3 号');
    await page.getByRole('button', { name: '其余全部符合' }).click();
    await page.locator('label').filter({ hasText: /^无问题$/ }).click();

    await browser.setOffline(true);
    await page.getByText('离线', { exact: true }).waitFor();
    await page.getByText('现场照片需在巡查上报成功后').waitFor();

    await page.getByRole('button', { name: '保存巡查' }).click();
    await page.getByText('已离线保存，联网后自动上报').waitFor();
    await page.waitForURL(/\/patrols$/);
    await indicator(1).waitFor();

    const outbox = await readOutbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ kind: 'patrol', body: { unitId, outcome: 'no_problem' } });
    expect(outbox[0]!.body.clientId).toBe(outbox[0]!.clientId);
    expect(typeof outbox[0]!.body.capturedAt).toBe('string');
    queuedBody = outbox[0]!.body;

    await page.getByRole('button', { name: /登记巡查/ }).waitFor();
    await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
    await page.screenshot({ path: SCREENSHOT });
    await indicator(1).click();
    await page.getByRole('button', { name: /立即同步/ }).waitFor();
    await page.getByText('戴窑镇东街 3 号').first().waitFor();
    await page.locator('.ant-drawer').evaluate((drawer) => Promise.all(drawer.getAnimations({ subtree: true }).map((animation) => animation.finished)));
    await page.screenshot({ path: DRAWER_SCREENSHOT });
    await page.keyboard.press('Escape');

    // The server has nothing for the unit (asked from outside the offline page).
    expect((await patrolsOfUnit()).total).toBe(0);
  });

  it('sends the outbox when the network is back, exactly once', async () => {
    await browser.setOffline(false);
    await indicator(0).waitFor();
    expect(await readOutbox()).toEqual([]);

    const { items, total } = await patrolsOfUnit();
    expect(total).toBe(1);
    expect(items[0]!.capturedAt).toBe(queuedBody.capturedAt);
  });

  it('files nothing new when the same body is re-sent after a lost answer', async () => {
    const [first] = (await patrolsOfUnit()).items;
    const answers = await page.evaluate(async (body) => {
      const send = () =>
        fetch('/api/patrols', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then(
          async (response) => ({ status: response.status, id: ((await response.json()) as { id: string }).id }),
        );
      return [await send(), await send()];
    }, queuedBody);
    expect(answers).toEqual([
      { status: 200, id: first!.id },
      { status: 200, id: first!.id },
    ]);
    expect((await patrolsOfUnit()).total).toBe(1);
  });
});
