import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { loadConfig, type AppConfig } from '../../src/server/config.js';
import type { Database } from '../../src/server/db/connection.js';
import { createTestDatabase } from './testDatabase.js';
import { createFactories, type TestCounty } from './factories.js';

export const TEST_PASSWORD = 'test1234';

export interface TwoCounties {
  home: TestCounty;
  other: TestCounty;
  adminId: string;
  admin: string;
  otherAdmin: string;
}

export interface TestContext extends ReturnType<typeof createFactories> {
  database: Database;
  app: FastifyInstance;
  /** Signs in and returns the cookie header for later requests. */
  login(username: string, password?: string): Promise<string>;
  /** An authenticated request as the given cookie; body is sent as JSON. */
  request(cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse>;
  /** Two sibling counties with a signed-in admin each: the setup of every "another county" test. */
  twoCounties(adminNames?: { home?: string; other?: string }): Promise<TwoCounties>;
  /** Moves the clock the services see. */
  setNow(date: Date): void;
  close(): Promise<void>;
}

export async function createTestContext(overrides: Partial<AppConfig> = {}): Promise<TestContext> {
  const database = await createTestDatabase();
  let now: Date | undefined;
  const clock = () => now ?? new Date();
  const config = { ...loadConfig({}), webDir: '/nonexistent', ...overrides };
  const app = await buildApp({ db: database.db, dbKind: database.kind, config, clock });
  await app.ready();

  const context: TestContext = {
    ...createFactories(database.db),
    database,
    app,
    async login(username, password = TEST_PASSWORD) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'wj_session');
      if (!cookie) throw new Error('no session cookie');
      return `wj_session=${cookie.value}`;
    },
    request(cookie, method, url, body) {
      return app.inject({ method, url, headers: { cookie }, ...(body === undefined ? {} : { payload: body as object }) });
    },
    async twoCounties(adminNames = {}) {
      const home = await context.newCounty();
      const other = await context.newCounty();
      const homeAdmin = await context.newUser({ orgId: home.instituteId, role: 'admin', username: adminNames.home });
      const otherAdmin = await context.newUser({ orgId: other.instituteId, role: 'admin', username: adminNames.other });
      return { home, other, adminId: homeAdmin.id, admin: await context.login(homeAdmin.username), otherAdmin: await context.login(otherAdmin.username) };
    },
    setNow(date) {
      now = date;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
  return context;
}
