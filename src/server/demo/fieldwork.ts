import { randomUUID } from 'node:crypto';
import dayjs from 'dayjs';
import type { Insertable } from 'kysely';
import { TIME_ZONE, localDate } from '../../core/dates.js';
import { divisionPath } from '../../core/divisions.js';
import { isReportedOnTime, reportDeadline, type ReportCategoryCode } from '../../core/reports.js';
import { checklistFor, requiredLicence } from '../../core/unitCategories.js';
import type { MissedReportTable, PatrolTable, RectificationTable, ReportTable, UnitTable } from '../db/schema.js';
import type { Executor } from '../db/types.js';
import { random } from './random.js';

/**
 * A realistic year of the assistants' work for the demo region: unit files, quarterly patrols with
 * checklists, problems and rectifications (most closed on re-inspection, some overdue, a few
 * referred), and information reports (mostly on time, some late, the older ones closed).
 */
export interface DemoStation {
  orgId: string;
  countyCode: string;
  township: { code: string; name: string };
  villages: { code: string; name: string; infoPointId: string; informant: DemoPerson }[];
  assistants: DemoPerson[];
  /** The county inspector who marks events the station should have reported. */
  inspector: DemoPerson;
}
export interface DemoPerson {
  id: string;
  name: string;
}

const BRANDS = ['兴隆', '富民', '金港', '东方', '新世纪', '好运来', '福满楼', '顺发', '鑫源', '华泰', '聚福', '阳光', '永安', '金色', '水乡'];

/** Which units a township typically has: [category, sub-category, name pattern, count]. */
const UNIT_MIX: [string, string, (brand: string, town: string) => string, number][] = [
  ['public_place', 'accommodation', (b) => `${b}宾馆`, 2],
  ['public_place', 'bathing', (b) => `${b}浴室`, 2],
  ['public_place', 'beauty', (b) => `${b}美发店`, 3],
  ['public_place', 'mall', (b, t) => `${t.replace(/[镇乡街道]+$/, '')}${b}超市`, 1],
  ['food', 'catering', (b) => `${b}饭店`, 4],
  ['food', 'canteen', (_b, t) => `${t}中心小学食堂`, 1],
  ['drinking_water', 'central_supply', (_b, t) => `${t}自来水厂`, 1],
  ['drinking_water', 'secondary_supply', (b) => `${b}花园小区二次供水`, 1],
  ['school', 'primary_secondary', (_b, t) => `${t}中心小学`, 1],
  ['school', 'kindergarten', (_b, t) => `${t}中心幼儿园`, 1],
  ['medical', 'private_clinic', (b) => `${b}诊所`, 2],
  ['occupational', 'hazard_employer', (b) => `${b}机械制造有限公司`, 1],
];

const PROBLEMS: Record<string, string[]> = {
  public_place: ['从业人员健康证明过期', '公共用品用具消毒记录不全', '卫生许可证未悬挂', '通风设施不正常运行'],
  food: ['后厨防蝇防鼠设施缺失', '餐饮具消毒记录不全', '从业人员未持健康证上岗'],
  drinking_water: ['水箱清洗消毒超过12个月', '未提供水质检测报告', '水箱未加盖加锁'],
  school: ['晨检记录不全', '饮水设施未定期消毒', '因病缺课登记不规范'],
  medical: ['医疗废物暂存不规范', '消毒隔离制度落实不到位', '超出执业范围开展诊疗'],
  occupational: ['未按规定组织职业健康检查', '警示标识缺失'],
};

const REPORTS: [ReportCategoryCode, string | null, string][] = [
  ['illegal_practice', 'illegal_medical_practice', '发现有无证人员在村内开展诊疗活动'],
  ['food_safety', null, '村民反映某流动摊点出售过期食品'],
  ['drinking_water', null, '居民反映小区自来水浑浊有异味'],
  ['school', null, '学校晨检发现多名学生发热'],
  ['public_place', null, '某浴室疑似无证经营'],
  ['occupational', null, '某企业工人反映粉尘较大且无防护'],
  ['public_health_emergency', null, '村内聚餐后多人出现腹泻呕吐症状'],
];

/** A unit that needs a licence has it on file (when the file is complete); schools and employers need none. */
function licenceOnFile(category: string, sub: string, complete: boolean, no: string, issued: dayjs.Dayjs) {
  const type = requiredLicence(category, sub)?.zh;
  if (!complete || !type) return { licence_type: null, licence_no: null, licence_issued_on: null, licence_expires_on: null };
  return { licence_type: type, licence_no: no, licence_issued_on: issued.format('YYYY-MM-DD'), licence_expires_on: issued.add(4, 'year').subtract(1, 'day').format('YYYY-MM-DD') };
}

export async function seedFieldWork(tx: Executor, stations: DemoStation[], now: Date): Promise<{ units: number; patrols: number; reports: number }> {
  const rnd = random(20_260_101);
  const today = localDate(now);
  const yearAgo = dayjs.tz(today, TIME_ZONE).subtract(12, 'month');
  const units: Insertable<UnitTable>[] = [];
  const patrols: Insertable<PatrolTable>[] = [];
  const rectifications: Insertable<RectificationTable>[] = [];
  const reports: Insertable<ReportTable>[] = [];
  const missed: Insertable<MissedReportTable>[] = [];

  for (const station of stations) {
    const townPath = divisionPath(station.township.code);
    for (const [category, sub, name, count] of UNIT_MIX) {
      for (let i = 0; i < count; i++) {
        const village = rnd.chance(0.5) ? rnd.pick(station.villages) : undefined;
        const unitName = name(rnd.pick(BRANDS), station.township.name);
        if (units.some((u) => u.name === unitName && u.org_id === station.orgId)) continue;
        const id = randomUUID();
        const complete = rnd.chance(0.9);
        const issued = yearAgo.subtract(rnd.int(30, 1500), 'day');
        units.push({
          id, name: unitName, category, sub_category: sub, address: `${station.township.name}${village ? village.name.replace(/(村民委员会|居民委员会|居委会|村委会)$/, '') : ''}${rnd.int(1, 188)}号`,
          township_code: station.township.code, village_code: village?.code ?? null, org_id: station.orgId,
          path: village ? divisionPath(village.code) : townPath, county_code: station.countyCode,
          person_in_charge: complete ? `${rnd.pick(['王', '李', '张', '刘', '陈', '周'])}${rnd.pick(['经理', '老板', '校长', '站长', '主任'])}` : null,
          phone: complete ? `139${rnd.int(10_000_000, 99_999_999)}` : null,
          ...licenceOnFile(category, sub, complete, `兴卫证字〔${issued.year()}〕第${String(rnd.int(1, 999)).padStart(3, '0')}号`, issued),
          employees: rnd.int(2, 40), created_at: yearAgo.subtract(30, 'day').toDate(),
        });
        patrolTheYear(id, category, sub, unitName, station, village ? divisionPath(village.code) : townPath);
      }
    }
    for (let month = 0; month < 12; month++) reportIn(station, yearAgo.add(month, 'month'));
    missed.push({
      org_id: station.orgId, path: townPath, county_code: station.countyCode, category: 'illegal_practice',
      found_at: yearAgo.add(rnd.int(30, 300), 'day').hour(10).toDate(), source: 'complaint',
      description: '群众投诉某村有人非法行医，协管站未及时报告', marked_by: station.inspector.id,
    });
  }

  function patrolTheYear(unitId: string, category: string, sub: string, unitName: string, station: DemoStation, path: string) {
    const items = checklistFor(category, sub);
    // Four quarters back from today, one or two visits each; about one unit in ten is missed in a quarter.
    for (let q = 0; q < 4; q++) {
      const quarterStart = yearAgo.add(q * 3, 'month');
      const visits = rnd.chance(0.1) ? 0 : rnd.chance(0.3) ? 2 : 1;
      for (let v = 0; v < visits; v++) {
        const on = quarterStart.add(rnd.int(0, 88), 'day');
        if (on.format('YYYY-MM-DD') > today) continue;
        const assistant = rnd.pick(station.assistants);
        const problem = rnd.chance(0.18) ? rnd.pick(PROBLEMS[category] ?? ['卫生管理制度不健全']) : '';
        const referred = problem !== '' && rnd.chance(0.1);
        const outcome: PatrolTable['outcome'] = problem === '' ? 'no_problem' : referred ? 'referred' : rnd.chance(0.7) ? 'rectification' : 'advised';
        const patrolId = randomUUID();
        const problemItem = problem ? rnd.pick(items) : undefined;
        patrols.push({
          id: patrolId, unit_id: unitId, org_id: station.orgId, path, county_code: station.countyCode, patrolled_on: on.format('YYYY-MM-DD'),
          location_content: `${unitName}：${items.slice(0, 3).map((i) => i.zh).join('、')}`, problems: problem,
          patroller_id: assistant.id, patroller_name: assistant.name, co_patrollers: rnd.chance(0.5) ? rnd.pick(station.assistants).name : null,
          checklist: JSON.stringify(items.map((i) => ({ code: i.code, result: i === problemItem ? 'problem' : 'ok' }))), outcome,
          captured_at: on.hour(rnd.int(8, 17)).toDate(), received_at: on.add(rnd.chance(0.1) ? rnd.int(1, 3) : 0, 'day').hour(18).toDate(),
        });
        if (outcome === 'rectification' || outcome === 'referred') rectify(unitId, patrolId, on, problem, outcome, station, path, items, unitName);
      }
    }
  }

  function rectify(unitId: string, patrolId: string, on: dayjs.Dayjs, problem: string, outcome: string, station: DemoStation, path: string, items: ReturnType<typeof checklistFor>, unitName: string) {
    const deadline = on.add(rnd.int(7, 15), 'day');
    const id = randomUUID();
    const base = { id, unit_id: unitId, patrol_id: patrolId, org_id: station.orgId, path, county_code: station.countyCode, problems: problem, required_on: on.format('YYYY-MM-DD'), deadline: deadline.format('YYYY-MM-DD') };
    if (outcome === 'referred') {
      rectifications.push({ ...base, status: 'escalated', escalated_on: on.format('YYYY-MM-DD'), escalation_reason: problem });
      return;
    }
    const recheck = deadline.add(rnd.int(0, 5), 'day');
    // Recent ones are still open (some overdue); a few older ones were refused and escalated; the rest
    // were re-inspected and closed.
    if (recheck.format('YYYY-MM-DD') > today) {
      rectifications.push({ ...base, status: 'open' });
      return;
    }
    if (rnd.chance(0.08)) {
      rectifications.push({ ...base, status: 'escalated', escalated_on: recheck.format('YYYY-MM-DD'), escalation_reason: `复查仍未整改：${problem}` });
      return;
    }
    const recheckId = randomUUID();
    const assistant = rnd.pick(station.assistants);
    patrols.push({
      id: recheckId, unit_id: unitId, org_id: station.orgId, path, county_code: station.countyCode, patrolled_on: recheck.format('YYYY-MM-DD'),
      location_content: `${unitName}：复查整改情况`, problems: '', patroller_id: assistant.id, patroller_name: assistant.name,
      checklist: JSON.stringify(items.map((i) => ({ code: i.code, result: 'ok' }))), outcome: 'no_problem', rectification_id: null,
      captured_at: recheck.hour(10).toDate(), received_at: recheck.hour(18).toDate(),
    });
    rectifications.push({ ...base, status: 'closed', closed_on: recheck.format('YYYY-MM-DD'), closing_patrol_id: recheckId });
  }

  function reportIn(station: DemoStation, month: dayjs.Dayjs) {
    if (rnd.chance(0.35)) return;
    const [category, sub, content] = rnd.pick(REPORTS);
    const village = rnd.pick(station.villages);
    const byInformant = rnd.chance(0.6);
    const foundAt = month.add(rnd.int(0, 27), 'day').hour(rnd.int(7, 20)).minute(rnd.int(0, 59)).toDate();
    const delayHours = rnd.chance(0.12) ? rnd.int(26, 60) : category === 'public_health_emergency' ? rnd.int(0, 1) : rnd.int(1, 20);
    const reportedAt = dayjs(foundAt).add(delayHours, 'hour').add(rnd.int(0, 50), 'minute').toDate();
    if (localDate(reportedAt) > today) return;
    const old = dayjs(now).diff(dayjs(reportedAt), 'day') > 20;
    const reporter = byInformant ? village.informant : rnd.pick(station.assistants);
    reports.push({
      org_id: byInformant ? village.infoPointId : station.orgId, path: byInformant ? divisionPath(village.code) : divisionPath(station.township.code),
      county_code: station.countyCode, category, sub_category: sub, content, location: village.name,
      found_at: foundAt, reported_at: reportedAt, deadline_at: reportDeadline(foundAt, category), on_time: isReportedOnTime(foundAt, reportedAt, category),
      reporter_id: reporter.id, reporter_name: reporter.name, status: old ? 'closed' : rnd.pick(['submitted', 'accepted', 'verifying'] as const),
      accepted_at: old ? dayjs(reportedAt).add(2, 'hour').toDate() : null, closed_at: old ? dayjs(reportedAt).add(rnd.int(2, 10), 'day').toDate() : null,
      result: old ? rnd.pick(['经核实属实，已责令整改', '经核查情况不属实', '已立案查处，罚款并没收违法所得', '已移交市场监管部门处理']) : null,
      received_at: reportedAt,
    });
  }

  await insertAll(tx, 'units', units);
  await insertAll(tx, 'patrols', patrols);
  await insertAll(tx, 'rectifications', rectifications);
  // Each patrol points at the rectification it opened (keeping the deadline it set) or closed.
  await tx.updateTable('patrols').from('rectifications')
    .set((eb) => ({
      rectification_id: eb.ref('rectifications.id'),
      rectification_deadline: eb.case().when('patrols.outcome', '=', 'rectification').then(eb.ref('rectifications.deadline')).else(null).end(),
    }))
    .whereRef('rectifications.patrol_id', '=', 'patrols.id').execute();
  await tx.updateTable('patrols').from('rectifications').set((eb) => ({ rectification_id: eb.ref('rectifications.id') }))
    .whereRef('rectifications.closing_patrol_id', '=', 'patrols.id').execute();
  await insertAll(tx, 'reports', reports);
  await insertAll(tx, 'missed_reports', missed);
  return { units: units.length, patrols: patrols.length, reports: reports.length };
}

async function insertAll(tx: Executor, table: 'units' | 'patrols' | 'rectifications' | 'reports' | 'missed_reports', rows: object[]) {
  for (let i = 0; i < rows.length; i += 500) await tx.insertInto(table).values(rows.slice(i, i + 500) as never).execute();
}
