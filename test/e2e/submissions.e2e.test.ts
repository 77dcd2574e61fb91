import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../src/core/dates.js';
import { lastEndedPeriod } from '../../src/core/periods.js';
import { openApp, type AppSession } from './server.js';

/**
 * The monthly cycle on the demo region, in the browser: the 戴窑镇 station head submits last month's
 * registers, the 兴化市 inspector returns them with a comment, the station sees the comment (and a
 * notification), submits again, and the inspector accepts.
 */
const HEAD = 'head';
const INSPECTOR = 'inspector';
const STATION = /^戴窑镇卫生院/;

interface MinePeriod { period: { key: string; label: string }; status: string | null; onTime: boolean | null }
interface Mine { orgId: string; items: { dataSet: { id: string; code: string }; periods: MinePeriod[] }[] }

describe('a station’s monthly registers: submitted, returned, submitted again, accepted', () => {
  let session: AppSession;
  let page: Page;
  const month = lastEndedPeriod('month', localDate(new Date()));

  const signInAs = async (username: string) => {
    await session.browser.clearCookies();
    await session.signIn(username);
  };
  const registers = async () => {
    const mine = await session.apiGet<Mine>('/api/submissions/mine');
    const item = mine.items.find((i) => i.dataSet.code === 'registers')!;
    return { orgId: mine.orgId, dataSetId: item.dataSet.id, period: item.periods.find((p) => p.period.key === month.key)! };
  };
  /** Opens the month's submission page as the station and sends it up. */
  const submitAsStation = async () => {
    const { orgId, dataSetId } = await registers();
    await page.goto(`${session.server.url}/submissions/${dataSetId}/${orgId}/${month.key}`);
    await page.getByRole('button', { name: '报 送' }).or(page.getByRole('button', { name: '报送', exact: true })).click();
    await page.getByRole('dialog').getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(async () => (await registers()).period.status).toBe('submitted');
  };
  const stationRow = (): Locator => page.getByRole('row').filter({ hasText: STATION });

  beforeAll(async () => {
    session = await openApp({ viewport: { width: 1366, height: 900 } });
    page = session.page;
  });
  afterAll(() => session?.close());

  it('the station submits last month’s registers (unless the demo already did)', async () => {
    await signInAs(HEAD);
    const before = (await registers()).period.status;
    if (before !== 'submitted') await submitAsStation();
    expect((await registers()).period.status).toBe('submitted');
  });

  it('the inspector returns them with a comment from the review grid', async () => {
    await signInAs(INSPECTOR);
    await page.goto(`${session.server.url}/submissions`);
    await stationRow().getByRole('button', { name: /退\s*回/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('意见').fill('巡查登记表缺少巡查人签字');
    await dialog.getByRole('button', { name: /退\s*回/ }).click();
    await expect.poll(() => stationRow().innerText()).toContain('已退回');
  });

  it('the station sees the comment and a notification, and submits again', async () => {
    await signInAs(HEAD);
    const notifications = await session.apiGet<{ items: { kind: string; body: string }[] }>('/api/notifications');
    expect(notifications.items.find((n) => n.kind === 'submission_returned')?.body).toBe('巡查登记表缺少巡查人签字');
    await page.goto(`${session.server.url}/submissions`);
    await page.getByText('审核意见：巡查登记表缺少巡查人签字').first().waitFor();
    await submitAsStation();
  });

  it('the inspector accepts; the first submission’s timeliness is kept', async () => {
    const firstVerdict = (await registers()).period.onTime;
    await signInAs(INSPECTOR);
    await page.goto(`${session.server.url}/submissions`);
    await stationRow().getByRole('button', { name: /审核通过/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: /审核通过/ }).click();
    await expect.poll(() => stationRow().innerText()).toContain('已审核');
    await signInAs(HEAD);
    expect((await registers()).period).toMatchObject({ status: 'accepted', onTime: firstVerdict });
  });
});
