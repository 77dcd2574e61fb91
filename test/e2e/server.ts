import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import type { Database } from '../../src/server/db/connection.js';
import { openMigratedDatabase } from '../../src/server/db/open.js';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/demo/seed.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The real app as `npm start` runs it, on a fresh embedded database with the demo region, on a
 * free loopback port. The web app must have been built (npm test builds it first).
 */
export async function startTestServer(): Promise<{ url: string; db: Database['db']; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'weijian-e2e-'));
  const config = { ...loadConfig({}), dataDir, webDir: resolve('dist/web'), port: 0, host: '127.0.0.1' };
  const database = await openMigratedDatabase(config);
  await seedDemo(database.db);
  const app = await buildApp({ db: database.db, dbKind: database.kind, config });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    // For arranging what a test needs that no screen creates (e.g. notifications).
    db: database.db,
    async close() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type ContextOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

export interface AppSession {
  server: Awaited<ReturnType<typeof startTestServer>>;
  browser: BrowserContext;
  page: Page;
  /** Signs in through the login page and waits for the home page. */
  signIn(username: string, password?: string): Promise<void>;
  /** Signs out through the user menu and waits for the server to end the session and the login page. */
  signOut(): Promise<void>;
  /** The API as the signed-in browser sees it (same cookie); anything but 200 throws. */
  apiGet<T>(path: string): Promise<T>;
  /** Files a bathhouse in the signed-in user's township through the API; returns its id. */
  fileBathhouse(fields: { name: string; address: string; personInCharge: string; phone: string; licenceNo: string }): Promise<string>;
  close(): Promise<void>;
}

/** A fresh test server and Debian's Chromium with an empty profile, zh-CN in Asia/Shanghai, motion reduced. */
export async function openApp(options: ContextOptions = {}): Promise<AppSession> {
  const server = await startTestServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'weijian-chromium-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The app then turns antd's animations off: a click never lands on a dialog or dropdown still moving.
    reducedMotion: 'reduce',
    ...options,
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(15_000);
  const apiGet = async <T>(path: string): Promise<T> => {
    const response = await page.request.get(`${server.url}${path}`);
    if (response.status() !== 200) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    server,
    browser,
    page,
    apiGet,
    async signIn(username, password = DEMO_PASSWORD) {
      await page.goto(`${server.url}/login`);
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(password);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL(`${server.url}/`);
    },
    async signOut() {
      // A click on a menu still settling into place can be lost under load: then no request is
      // sent, and the menu is opened and the item clicked again (signing out twice is harmless).
      const item = page.getByRole('menuitem', { name: '退出登录' });
      for (let attempt = 1; ; attempt++) {
        if (!(await item.isVisible())) await page.getByRole('button', { name: '用户菜单' }).click();
        try {
          await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/auth/logout'), { timeout: 10_000 }), item.click()]);
          break;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
      await page.waitForURL('**/login');
    },
    async fileBathhouse(fields) {
      const { user } = await apiGet<{ user: { org: { divisionCode: string } } }>('/api/auth/me');
      const response = await page.request.post(`${server.url}/api/units`, {
        data: { clientId: crypto.randomUUID(), category: 'public_place', subCategory: 'bathing', townshipCode: user.org.divisionCode, licenceExpiresOn: '2029-12-31', ...fields },
      });
      if (response.status() !== 201) throw new Error(`filing the unit: ${response.status()} ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Presses a dialog's submit button and waits for the dialog to close. A select's dropdown still
 * fading out can take the click, so it waits for every dropdown to be gone first. When the dialog
 * stays open, the error names what it shows (field errors, the dialog's alert, a message), so a
 * failure in CI says why rather than only that it timed out.
 */
export async function submitDialog(page: Page, dialog: Locator, button: string | RegExp): Promise<void> {
  await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
  await dialog.getByRole('button', { name: button }).click();
  try {
    await dialog.waitFor({ state: 'hidden' });
  } catch (error) {
    const shown = await dialog.locator('.ant-form-item-explain-error, [role=alert]').allInnerTexts().catch(() => []);
    const messages = await page.locator('.ant-message-notice').allInnerTexts().catch(() => []);
    throw new Error(`the dialog stayed open; it shows: ${JSON.stringify(shown)}; messages: ${JSON.stringify(messages)}`, { cause: error });
  }
}

/**
 * Picks the option with this title in the antd Select `field` (its combobox) and waits until the
 * select shows it. Under load a click can land while a dropdown is still opening or another is
 * still fading out, and be lost: so it opens only its own dropdown, once the others are gone, picks
 * from that one, and tries a pick that does not show again, up to three times. A pick that shows is
 * never clicked twice (that would take it off a multiple select).
 */
export async function chooseOption(page: Page, field: Locator, title: string | RegExp): Promise<void> {
  const shown = field.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]').getByTitle(title, { exact: true });
  for (let attempt = 1; !(await shown.count()); attempt++) {
    if ((await field.getAttribute('aria-expanded')) !== 'true') {
      await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
      await field.click();
      await expect.poll(() => field.getAttribute('aria-expanded')).toBe('true');
    }
    const list = await field.getAttribute('aria-controls');
    const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${list}"]`) });
    await dropdown.getByTitle(title, { exact: true }).click();
    await shown.waitFor({ timeout: 5_000 }).catch((error: unknown) => {
      if (attempt === 3) throw error;
    });
  }
}
