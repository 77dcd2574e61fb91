import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRate, type Rate } from '../../src/core/indicators.js';
import { openApp, type AppSession } from './server.js';

/**
 * A city health commission official on the demo region (泰州市, counties 兴化市 and 靖江市): opens 统计分析
 * at city level, drills into 兴化市, then into one of its stations, and reads the station's figures.
 */
const OFFICIAL = 'city.official';
const CITY = '321200';
const COUNTY = '321281';
const SCREENSHOT = '/tmp/weijian-statistics.png';

interface Figure { kind: 'rate' | 'count'; value: number | null }
interface Dashboard {
  area: { code: string; name: string };
  breadcrumb: { code: string; name: string }[];
  period: { key: string };
  indicators: { key: string; current: Figure }[];
  children: { code: string; name: string; figures: Record<string, Figure> }[];
}

describe('statistics drill-down from city to station', () => {
  let session: AppSession;
  let page: Page;
  let city: Dashboard;
  let county: Dashboard;

  const breadcrumb = async () => (await page.getByTestId('statistics-breadcrumb').innerText()).replace(/\s+/g, '');
  const childLink = (name: string) => page.getByTestId('children-table').getByRole('button', { name, exact: true });

  beforeAll(async () => {
    session = await openApp({ viewport: { width: 1366, height: 900 } });
    page = session.page;
  });
  afterAll(() => session?.close());

  it('opens 统计分析 at the official’s city', async () => {
    await session.signIn(OFFICIAL);
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    await page.waitForURL('**/statistics');
    city = await session.apiGet<Dashboard>('/api/statistics/dashboard');
    expect(city.area.code).toBe(CITY);
    await page.getByTestId('indicator-patrols').waitFor();
    expect(await breadcrumb()).toBe(city.area.name);
    expect(city.children.map((c) => c.code)).toContain(COUNTY);
  });

  it('drills into a county from the children table', async () => {
    const countyRow = city.children.find((c) => c.code === COUNTY)!;
    await childLink(countyRow.name).click();
    await page.waitForURL(`**/statistics?area=${COUNTY}`);
    county = await session.apiGet<Dashboard>(`/api/statistics/dashboard?area=${COUNTY}&period=${city.period.key}`);
    await expect.poll(breadcrumb).toBe(`${city.area.name}/${countyRow.name}`);
    expect(county.children.length).toBeGreaterThan(0);
  });

  it('drills into a station and shows the same 巡查户次 as the API', async () => {
    const station = county.children[0]!;
    await childLink(station.name).click();
    await page.waitForURL(`**/statistics?area=${station.code}`);
    await expect.poll(breadcrumb).toBe(`${city.area.name}/${county.area.name}/${station.name}`);

    const api = await session.apiGet<Dashboard>(`/api/statistics/dashboard?area=${station.code}&period=${city.period.key}`);
    const patrols = api.indicators.find((i) => i.key === 'patrols')!.current.value!;
    // The county's row for the station and the station's own dashboard agree, and the demo has patrols this quarter.
    expect(patrols).toBe(station.figures.patrols!.value);
    expect(patrols).toBeGreaterThan(0);
    const card = page.getByTestId('indicator-patrols').getByTestId('indicator-value');
    await expect.poll(() => card.innerText()).toBe(`${patrols.toLocaleString('zh-CN')} 户次`);
    await page.getByText('协管站为最末一级，没有下级').waitFor();
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('goes back up through the breadcrumb', async () => {
    await page.getByTestId('statistics-breadcrumb').getByText(city.area.name).click();
    await page.waitForURL(`**/statistics?area=${CITY}`);
    await expect.poll(breadcrumb).toBe(city.area.name);
  });

  it('shows 兴化市’s notifiable-disease data set with the API’s totals', async () => {
    await page.goto(`${session.server.url}/statistics?area=${COUNTY}&period=${city.period.key}`);
    const card = page.getByTestId('data-set-figures');
    await card.getByText('法定传染病报告月报').waitFor();
    const dataSets = await session.apiGet<{ items: { id: string; code: string }[] }>('/api/data-sets');
    const diseases = dataSets.items.find((d) => d.code === 'notifiable-diseases')!;
    const api = await session.apiGet<{ fields: { name: string; current: number | null }[]; submissionPeriods: string[]; submissions: { completeness: Rate } }>(
      `/api/statistics/data-sets/${diseases.id}?area=${COUNTY}&period=${city.period.key}`,
    );
    const flu = api.fields.find((f) => f.name === '流行性感冒')!;
    expect(flu.current).not.toBeNull();
    const row = card.getByRole('row').filter({ hasText: '丙类 · 流行性感冒（例）' });
    await expect.poll(() => row.getByRole('cell').nth(2).innerText()).toBe(String(flu.current));
    const completeness = await card.getByTestId('data-set-completeness').innerText();
    if (api.submissionPeriods.length > 0) expect(completeness).toContain(`报送完整率 ${formatRate(api.submissions.completeness)}`);
    else expect(completeness).toContain('暂不计算报送完整率');
  });
});
