import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/server/db/connection.js';
import { postgresUrl } from '../support/testDatabase.js';

const run = promisify(execFile);

/** The operator's commands, run as an operator would: `npm run cli -- …` on a fresh data directory. */
describe.skipIf(postgresUrl() !== undefined)('npm run cli', () => {
  let dataDir: string;
  const cli = (args: string[], env: Record<string, string> = {}) =>
    run('npx', ['tsx', 'src/server/cli.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ...env } });

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'weijian-cli-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates an empty database, then reports it up to date', async () => {
    const first = await cli(['migrate']);
    expect(first.stdout).toContain('applied: 0001_foundation, 0002_units, 0003_patrols_reports, 0004_patrol_deadline_and_order');
    const second = await cli(['migrate']);
    expect(second.stdout.trim()).toBe('schema is up to date');
  }, 60_000);

  it('creates an administrator in a new 卫生监督所 on a real division, who can then sign in', async () => {
    const result = await cli(['create-admin', '--username', 'wang', '--name', '王主任', '--org-division', '321281'], { WEIJIAN_ADMIN_PASSWORD: 'Strong2026pw' });
    expect(result.stdout.trim()).toBe('administrator wang created in 兴化市卫生监督所');
    const refused = await cli(['create-admin', '--username', 'li', '--org-division', '321281'], { WEIJIAN_ADMIN_PASSWORD: 'short' }).catch((e: { stderr: string; code: number }) => e);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('密码至少 8 位') });

    let database: Database | undefined;
    try {
      database = await openDatabase({ dataDir });
      const user = await database.db
        .selectFrom('users as u').innerJoin('orgs as o', 'o.id', 'u.org_id')
        .select(['u.role', 'u.display_name', 'o.kind', 'o.division_code', 'o.path'])
        .where('u.username', '=', 'wang').executeTakeFirstOrThrow();
      expect(user).toEqual({ role: 'admin', display_name: '王主任', kind: 'institute', division_code: '321281', path: '/320000/321200/321281/' });
    } finally {
      await database?.close();
    }
  }, 60_000);

  it('refuses to seed the demo into a database that already has organisations', async () => {
    const refused = await cli(['seed-demo']).catch((e: { stderr: string; code: number }) => e);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('--force') });
  }, 60_000);
});
