import { randomUUID } from 'node:crypto';
import dayjs from 'dayjs';
import type { Insertable } from 'kysely';
import { NOTIFIABLE_DISEASES_TEMPLATE } from '../../core/dataSets.js';
import { TIME_ZONE, localDate } from '../../core/dates.js';
import { divisionPath } from '../../core/divisions.js';
import { lastEndedPeriod, previousPeriod, submissionDueDate, type Period } from '../../core/periods.js';
import type { DataValueTable, SubmissionTable } from '../db/schema.js';
import type { Executor } from '../db/types.js';
import * as dataSetRepo from '../modules/dataSets/repo.js';
import { insertCustomDataSet, templateBody } from '../modules/dataSets/service.js';
import { findBuiltInDataSet } from '../modules/submissions/expected.js';
import { stationFigures } from '../modules/submissions/figures.js';
import type { DemoStation } from './fieldwork.js';

/**
 * A year of the reporting cycle for the demo stations: monthly registers (most on time and accepted
 * by the county inspector, some late, two returned with a comment, the latest month partly missing
 * and partly awaiting review), quarterly summaries, and 兴化市's notifiable-disease data set from
 * the template with six months of values, zeros included.
 */
const DISEASE_COUNTY = '321281';
const RETURN_COMMENTS = ['巡查登记表缺巡查人签字，请补签后重新报送', '信息报告登记表漏登 1 件食品安全信息，请核对'];
const NARRATIVES = [
  '本季度按计划完成辖区各类单位巡查，对发现的问题均督促整改并复查，信息报告及时。',
  '本季度重点开展学校卫生和生活饮用水巡查，发现问题已责令整改，下季度继续跟踪。',
  '本季度巡查覆盖辖区在册单位，配合监督所开展专项检查，协管员参加了业务培训。',
];

function random(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  return { int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), chance: (p: number) => next() < p };
}

function recent(type: 'month' | 'quarter', today: string, count: number): Period[] {
  const periods = [lastEndedPeriod(type, today)];
  while (periods.length < count) periods.push(previousPeriod(periods[periods.length - 1]!));
  return periods;
}

export async function seedSubmissions(tx: Executor, stations: DemoStation[], now: Date): Promise<{ submissions: number; values: number }> {
  const rnd = random(20_260_419);
  const today = localDate(now);
  const rows: Insertable<SubmissionTable>[] = [];
  const values: Insertable<DataValueTable>[] = [];
  const [registers, quarterly] = [await findBuiltInDataSet(tx, 'registers'), await findBuiltInDataSet(tx, 'quarterly-summary')];

  /** An instant in Asia/Shanghai `days` after `date` during office hours, never after `now`. */
  const instant = (date: string, days: number) => {
    const at = dayjs.tz(date, TIME_ZONE).add(days, 'day').hour(rnd.int(8, 17)).minute(rnd.int(0, 59)).toDate();
    return at.getTime() < now.getTime() ? at : new Date(now.getTime() - 3_600_000);
  };

  type State = 'accepted' | 'late' | 'returned' | 'submitted' | 'missing';
  function add(dataSetId: string, deadlineDays: number, station: DemoStation, period: Period, state: State, extra: Partial<Insertable<SubmissionTable>>): string | null {
    if (state === 'missing') return null;
    const dueDate = submissionDueDate(period, deadlineDays);
    const submittedAt = state === 'late' ? instant(dueDate, rnd.int(1, 6)) : instant(period.end, rnd.int(1, Math.max(1, deadlineDays - 1)));
    const reviewed = state === 'submitted' ? null : instant(localDate(submittedAt), rnd.int(1, 3));
    const id = randomUUID();
    rows.push({
      id, data_set_id: dataSetId, org_id: station.orgId, path: divisionPath(station.township.code), county_code: station.countyCode,
      period: period.key, period_start: period.start, period_end: period.end, due_date: dueDate,
      status: state === 'late' ? 'accepted' : state, first_submitted_at: submittedAt, submitted_at: submittedAt,
      submitted_by: station.assistants[0]!.id, on_time: localDate(submittedAt) <= dueDate,
      reviewed_at: reviewed, reviewed_by: reviewed ? station.inspector.id : null, reviewer_path: reviewed ? divisionPath(station.countyCode) : null,
      review_comment: state === 'returned' ? RETURN_COMMENTS[rows.length % RETURN_COMMENTS.length]! : null,
      created_at: submittedAt, updated_at: reviewed ?? submittedAt, ...extra,
    });
    return id;
  }

  // The latest period: every other station has sent it and waits for review, the rest have not yet.
  const stateOf = (index: number, latest: boolean, s: number): State =>
    latest ? (s % 2 === 0 ? 'submitted' : 'missing') : index === 3 && s < 2 ? 'returned' : rnd.chance(0.12) ? 'late' : 'accepted';

  for (const [index, month] of recent('month', today, 12).entries()) {
    const figures = await stationFigures(tx, '/', stations.map((s) => ({ id: s.orgId, path: divisionPath(s.township.code) })), month, false);
    stations.forEach((station, s) => {
      add(registers.id, registers.deadline_days, station, month, stateOf(index, index === 0, s), { snapshot: JSON.stringify(figures.get(station.orgId)) });
    });
  }
  for (const [index, quarter] of recent('quarter', today, 4).entries()) {
    const figures = await stationFigures(tx, '/', stations.map((s) => ({ id: s.orgId, path: divisionPath(s.township.code) })), quarter, true);
    stations.forEach((station, s) => {
      add(quarterly.id, quarterly.deadline_days, station, quarter, index === 0 ? 'submitted' : 'accepted', {
        narrative: NARRATIVES[(index + s) % NARRATIVES.length]!, snapshot: JSON.stringify(figures.get(station.orgId)),
      });
    });
  }
  await seedDiseases(tx, stations.filter((s) => s.countyCode === DISEASE_COUNTY), today, add, values, rnd);

  for (let i = 0; i < rows.length; i += 200) await tx.insertInto('submissions').values(rows.slice(i, i + 200)).execute();
  for (let i = 0; i < values.length; i += 500) await tx.insertInto('data_values').values(values.slice(i, i + 500)).execute();
  return { submissions: rows.length, values: values.length };
}

/** 兴化市's 法定传染病报告月报 from the template, in force for the last six ended months, filled by five of its six stations. */
async function seedDiseases(
  tx: Executor, stations: DemoStation[], today: string,
  add: (dataSetId: string, deadlineDays: number, station: DemoStation, period: Period, state: 'accepted' | 'submitted', extra: Partial<Insertable<SubmissionTable>>) => string | null,
  values: Insertable<DataValueTable>[], rnd: ReturnType<typeof random>,
) {
  const months = recent('month', today, 6);
  const template = NOTIFIABLE_DISEASES_TEMPLATE;
  const dataSetId = await insertCustomDataSet(tx, divisionPath(DISEASE_COUNTY), null, templateBody(template, months[months.length - 1]!.start));
  const fields = await dataSetRepo.listFields(tx, [dataSetId]);
  for (const [index, month] of months.entries()) {
    for (const station of stations.slice(0, -1)) {
      // Most diseases have no case in a township in a month: zeros are reported, not left blank.
      // A class A disease (霍乱) would be an outbreak, not demo data: always 0.
      const cases = (group: string) => (group === '甲类' ? 0 : rnd.chance(0.25) ? rnd.int(1, 4) : 0);
      const byCode = Object.fromEntries(fields.map((f) => [f.code, f.code === 'report_timeliness' ? rnd.int(920, 1000) / 10 : cases(f.group_name)]));
      const id = add(dataSetId, template.deadlineDays, station, month, index === 0 ? 'submitted' : 'accepted', { snapshot: JSON.stringify({ values: byCode }) });
      for (const field of fields) values.push({ submission_id: id!, field_id: field.id, value: byCode[field.code]! });
    }
  }
}
