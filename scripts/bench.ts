/**
 * `npm run bench`: a province-scale benchmark. Generates all of 江苏省 (scripts/benchProvince.ts:
 * ~1,250 stations, ~150,000 units, ~1.2 million patrols, ~50,000 reports…), then times the scoped
 * reads the web app makes, statistics dashboards included, through the real HTTP app. Runs on embedded
 * PGlite, or on PostgreSQL when DATABASE_URL is set (use an empty database).
 *   BENCH_REPEAT=3         runs per URL (default 10)
 *   BENCH_ONLY=statistics  times only the URLs containing the text
 *   BENCH_DATA_DIR=/tmp/p  keeps the PGlite province on disk; a second run skips generating it
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/connection.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { isEmptyDatabase } from '../src/server/demo/seed.js';
import { generateInstituteWork, generateProvince, PASSWORD, PROVINCE } from './benchProvince.js';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: process.env.BENCH_DATA_DIR ?? 'memory://' });
const { db } = database;
await migrateToLatest(db);

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`${label.padEnd(58)} ${(performance.now() - start).toFixed(0).padStart(7)} ms`);
  return result;
}

console.log(`database: ${database.kind}`);
// BENCH_DATA_DIR keeps the generated province on disk (PGlite) so a second run times it again without
// the minutes of generating it; an empty database is filled first.
if (await isEmptyDatabase(db)) await generateProvince(db, timed);
// A province kept from before the institutes' work existed gets it added.
else if (!(await db.selectFrom('complaints').select('id').limit(1).executeTakeFirst())) {
  await generateInstituteWork(db, timed);
  await sql`analyze`.execute(db);
}

const app = await buildApp({ db, dbKind: database.kind, config: { ...config, webDir: '/nonexistent' } });

/** The first administrator of the institute at a division. */
async function adminOf(divisionCode: string): Promise<string> {
  const row = await db.selectFrom('users as u').innerJoin('orgs as o', 'o.id', 'u.org_id').select('u.username')
    .where('u.role', '=', 'admin').where('o.kind', '=', 'institute').where('o.division_code', '=', divisionCode)
    .orderBy('u.username').executeTakeFirstOrThrow();
  return row.username;
}
const admins = { province: await adminOf(PROVINCE), city: await adminOf('321200'), county: await adminOf('321281') };

async function cookieFor(username: string) {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: PASSWORD } });
  return `wj_session=${response.cookies.find((c) => c.name === 'wj_session')!.value}`;
}

const REPEAT = Number(process.env.BENCH_REPEAT ?? 10);
/** BENCH_ONLY=statistics times only the URLs containing that text (the data is generated all the same). */
const ONLY = process.env.BENCH_ONLY;
async function bench(label: string, cookie: string, url: string) {
  if (ONLY && !url.includes(ONLY)) return;
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < REPEAT; i++) {
    const start = performance.now();
    const response = await app.inject({ method: 'GET', url, headers: { cookie } });
    times.push(performance.now() - start);
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    size = response.body.length;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(REPEAT / 2)]!;
  const p95 = times[Math.floor(REPEAT * 0.95)]!;
  console.log(`${label.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms  p95 ${p95.toFixed(1).padStart(7)} ms  ${(size / 1024).toFixed(0).padStart(6)} KiB`);
}

console.log(`\nHTTP through app.inject, ${REPEAT} runs each:`);
await timed('sign in (argon2id verify + session)', () => cookieFor(admins.county));
for (const [level, username] of Object.entries(admins)) {
  const cookie = await cookieFor(username);
  await bench(`${level}: GET /api/auth/me`, cookie, '/api/auth/me');
  await bench(`${level}: GET /api/orgs`, cookie, '/api/orgs');
  await bench(`${level}: GET /api/users (page 1 of 20)`, cookie, '/api/users');
  await bench(`${level}: GET /api/users?q=u12 (search)`, cookie, '/api/users?q=u12');
  await bench(`${level}: GET /api/audit (page 1 of 20)`, cookie, '/api/audit');
  await bench(`${level}: GET /api/audit?action=update&from=…`, cookie, '/api/audit?action=update&from=2026-03-01&to=2026-03-31');
  await bench(`${level}: GET /api/units (page 1 of 20)`, cookie, '/api/units');
  await bench(`${level}: GET /api/units?q=单位11 (search)`, cookie, `/api/units?q=${encodeURIComponent('单位11')}`);
  await bench(`${level}: GET /api/units/filing-rate`, cookie, '/api/units/filing-rate');
  await bench(`${level}: GET /api/patrols (page 1 of 20)`, cookie, '/api/patrols');
  await bench(`${level}: GET /api/patrols/coverage Q3`, cookie, '/api/patrols/coverage?year=2026&quarter=3');
  await bench(`${level}: GET /api/patrols/unpatrolled Q3`, cookie, '/api/patrols/unpatrolled?year=2026&quarter=3');
  await bench(`${level}: GET /api/rectifications?status=open`, cookie, '/api/rectifications?status=open');
  await bench(`${level}: GET /api/reports/indicators (year)`, cookie, '/api/reports/indicators?from=2026-01-01&to=2026-12-31');
  await bench(`${level}: GET /api/statistics/dashboard Q3`, cookie, '/api/statistics/dashboard?period=2026Q3');
  await bench(`${level}: GET /api/statistics/dashboard (year)`, cookie, '/api/statistics/dashboard?period=2026');
  await bench(`${level}: GET /api/statistics/dashboard.xlsx (year)`, cookie, '/api/statistics/dashboard.xlsx?period=2026');
  await bench(`${level}: GET /api/inbox (open)`, cookie, '/api/inbox');
  await bench(`${level}: GET /api/inbox?overdueOnly=true`, cookie, '/api/inbox?overdueOnly=true');
  await bench(`${level}: GET /api/complaints?overdue=true`, cookie, '/api/complaints?overdue=true');
  await bench(`${level}: GET /api/inspections (page 1 of 20)`, cookie, '/api/inspections');
  await bench(`${level}: GET /api/cases (page 1 of 20)`, cookie, '/api/cases');
  await bench(`${level}: GET /api/cases/indicators (year)`, cookie, '/api/cases/indicators?period=2026');
  await bench(`${level}: GET /api/licensing/indicators (year)`, cookie, '/api/licensing/indicators?from=2026-01-01&to=2026-12-31');
  await bench(`${level}: GET /api/gradings (page 1 of 20)`, cookie, '/api/gradings');
}
// The portal needs no sign-in; its routes are rate-limited per address, so each is timed once per run set.
await bench('public: GET /api/public/units?q=单位11', '', `/api/public/units?q=${encodeURIComponent('单位11')}`);
await bench('public: GET /api/public/open-data/graded-units', '', '/api/public/open-data/graded-units');
await bench('public: GET /api/public/licences?q=卫公证字1', '', `/api/public/licences?q=${encodeURIComponent('卫公证字1')}`);
await app.close();
await database.close();
