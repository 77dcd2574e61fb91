import dayjs from 'dayjs';
import type { Insertable } from 'kysely';
import { TRACKING_ALPHABET, complaintReplyDueOn, type ComplaintCategory, type ComplaintChannel } from '../../core/complaints.js';
import { TIME_ZONE, localDate } from '../../core/dates.js';
import { divisionPath } from '../../core/divisions.js';
import { CN_2026_HOLIDAYS } from '../../core/holidays/cn2026.js';
import { LICENCE_VALID_YEARS, licenceExpiresOn, type LicenceType, type LicensingStatus } from '../../core/licensing.js';
import { addWorkingDays, licensingDeadline, parseHolidayCalendar } from '../../core/workingDays.js';
import type { ComplaintTable, LicenceApplicationTable } from '../db/schema.js';
import type { Executor } from '../db/types.js';
import type { DemoStation } from './fieldwork.js';
import { random } from './random.js';

/**
 * The county institute's own year for the demo: complaints from the public and the hotline (most
 * answered in time, a few late, the recent ones still open) and licensing applications in every
 * state, including a renewal and a cancellation of licences on file.
 */

const COMPLAINTS: [ComplaintCategory, string][] = [
  ['public_place', '浴室池水浑浊，毛巾重复使用未消毒'],
  ['public_place', '宾馆床单未更换，卫生间有异味'],
  ['public_place', '美发店工具不消毒，顾客头皮感染'],
  ['food', '饭店后厨脏乱，发现老鼠'],
  ['drinking_water', '小区二次供水水箱长期未清洗，自来水发黄'],
  ['school', '学校饮水机长期未消毒'],
  ['medical', '诊所输液后针头随意丢弃'],
  ['other', '小区附近有人无证行医'],
];
const CHANNELS: ComplaintChannel[] = ['web', 'web', 'hotline', 'hotline', 'letter', 'visit'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];
const REPLY_DAYS = 15;

interface CountyUnit { id: string; name: string; township_code: string; category: string; licence_type: string | null; licence_no: string | null; licence_expires_on: string | null }

export async function seedInstituteWork(tx: Executor, stations: DemoStation[], now: Date): Promise<{ complaints: number; applications: number }> {
  const rnd = random(20_261_123);
  const today = localDate(now);
  const start = dayjs.tz(today, TIME_ZONE).subtract(12, 'month');
  const calendar = parseHolidayCalendar(CN_2026_HOLIDAYS);
  const complaints: Insertable<ComplaintTable>[] = [];
  const applications: Insertable<LicenceApplicationTable>[] = [];
  const usedCodes = new Set<string>();
  let applicationNo = 0;

  const trackingCode = () => {
    let code = '';
    while (code === '' || usedCodes.has(code)) code = `TS${Array.from({ length: 10 }, () => rnd.pick([...TRACKING_ALPHABET])).join('')}`;
    usedCodes.add(code);
    return code;
  };
  /** A working day about `days` calendar days back, never later than today. */
  const daysAgo = (days: number) => {
    const day = workingMoment(dayjs.tz(today, TIME_ZONE).subtract(days, 'day')).format('YYYY-MM-DD');
    return day > today ? today : day;
  };
  /** A moment on a working day: people complain and apply in office hours. */
  const workingMoment = (day: dayjs.Dayjs) => dayjs.tz(`${addWorkingDays(day.subtract(1, 'day').format('YYYY-MM-DD'), 1, calendar)}T0${rnd.int(8, 9)}:${rnd.int(10, 59)}:00`, TIME_ZONE);

  for (const countyCode of [...new Set(stations.map((s) => s.countyCode))]) {
    const inspector = stations.find((s) => s.countyCode === countyCode)!.inspector;
    const path = divisionPath(countyCode);
    const units: CountyUnit[] = await tx
      .selectFrom('units')
      .select(['id', 'name', 'township_code', 'category', 'licence_type', 'licence_no', 'licence_expires_on'])
      .where('county_code', '=', countyCode)
      .orderBy('name')
      .execute();

    // About three complaints a month, five in the last fortnight; answered within 15 days, one in ten
    // late, the recent ones still being handled.
    for (let i = 0; i < 36; i++) {
      const received = workingMoment(start.add(i < 31 ? rnd.int(0, 345) : rnd.int(346, 362), 'day'));
      if (received.isAfter(dayjs(now))) continue;
      const [category, content] = rnd.pick(COMPLAINTS);
      const unit = rnd.pick(units.filter((u) => u.category === category || category === 'other'));
      const anonymous = rnd.chance(0.4);
      const dueOn = complaintReplyDueOn(received.toDate(), REPLY_DAYS);
      const age = dayjs(now).diff(received, 'day');
      const repliedAt = age > 20 || (age > 5 && rnd.chance(0.5)) ? received.add(rnd.chance(0.1) ? rnd.int(16, 25) : rnd.int(3, 14), 'day').hour(15) : null;
      const answered = repliedAt && repliedAt.isBefore(dayjs(now)) ? repliedAt : null;
      const status = answered ? (age > 30 ? 'closed' : 'replied') : rnd.pick(['received', 'assigned', 'investigating'] as const);
      complaints.push({
        tracking_code: trackingCode(), channel: rnd.pick(CHANNELS), county_code: countyCode, path, division_code: unit?.township_code ?? countyCode,
        category, subject: unit?.name ?? '某小区', content, location: null, unit_id: unit?.id ?? null, anonymous,
        reporter_name: anonymous ? null : `${rnd.pick(SURNAMES)}先生`, reporter_phone: anonymous ? null : `138${rnd.int(10_000_000, 99_999_999)}`,
        status, assignee_id: status === 'received' ? null : inspector.id, received_at: received.toDate(), reply_due_on: dueOn,
        reply: answered ? '经现场核查，情况属实，已责令其限期整改，复查已整改到位。' : null, replied_at: answered?.toDate() ?? null,
        closed_at: status === 'closed' ? answered!.add(2, 'day').toDate() : null, created_by: null,
      });
    }

    // Licensing: new applications through the year in every state, plus a renewal and a cancellation.
    const application = (kind: LicenceApplicationTable['kind'], licenceType: LicenceType, holder: string, acceptedOn: string, end: LicensingStatus, unit?: CountyUnit) => {
      const dueOn = licensingDeadline(acceptedOn, 20, calendar);
      const decided = end === 'issued' || end === 'refused' || end === 'cancelled';
      // Most decisions come well inside the limit; one in eight runs over it.
      const decidedOn = decided ? addWorkingDays(acceptedOn, rnd.chance(0.125) ? rnd.int(21, 26) : rnd.int(6, 18), calendar) : null;
      const licenceNo = kind === 'new' ? (end === 'issued' ? `兴卫公许字〔${acceptedOn.slice(0, 4)}〕第${String(++applicationNo).padStart(3, '0')}号` : null) : unit!.licence_no;
      const expiresOn = end !== 'issued' ? null : kind === 'change' ? unit!.licence_expires_on : licenceExpiresOn(decidedOn!, LICENCE_VALID_YEARS[licenceType]);
      applications.push({
        application_no: `XK${acceptedOn.slice(0, 4)}${String(100_000 + applications.length)}`, county_code: countyCode, path, unit_id: unit?.id ?? null,
        applicant_name: holder, applicant_phone: `0523-8${rnd.int(100_000, 999_999)}`, licence_type: licenceType, kind, status: end,
        accepted_on: acceptedOn, due_on: dueOn, decided_on: decidedOn, refusal_reason: end === 'refused' ? '经现场审查，卫生设施不符合《公共场所卫生管理条例实施细则》要求' : null,
        licence_no: licenceNo, issued_on: end === 'issued' ? decidedOn : null, expires_on: expiresOn, created_by: inspector.id,
      });
    };
    const ends: LicensingStatus[] = ['issued', 'issued', 'issued', 'issued', 'issued', 'issued', 'issued', 'refused', 'withdrawn'];
    for (const [i, end] of ends.entries()) {
      const acceptedOn = workingMoment(start.add(20 + i * 36, 'day')).format('YYYY-MM-DD');
      const type: LicenceType = i % 4 === 3 ? '供水单位卫生许可证' : '公共场所卫生许可证';
      application('new', type, `${rnd.pick(['悦来', '锦江', '金海岸', '清泉', '水韵'])}${type === '供水单位卫生许可证' ? '供水站' : rnd.pick(['宾馆', '浴场', '美容院'])}${i + 1}号店`, acceptedOn, end);
    }
    // Open work: one at each stage, the oldest already past its limit.
    const open: LicensingStatus[] = ['accepted', 'document_review', 'site_review', 'approval'];
    for (const [i, stage] of open.entries()) {
      application('new', '公共场所卫生许可证', `${rnd.pick(['新月', '皇冠', '天天'])}${rnd.pick(['宾馆', '浴场', '足浴店'])}`, daysAgo([42, 17, 9, 3][i]!), stage);
    }
    const licensed = units.filter((u) => u.licence_type === '公共场所卫生许可证' && u.licence_no);
    const renewed = licensed[0];
    const cancelled = licensed[1];
    if (renewed) application('renewal', '公共场所卫生许可证', renewed.name, daysAgo(11), 'site_review', renewed);
    if (cancelled) application('cancellation', '公共场所卫生许可证', cancelled.name, daysAgo(4), 'approval', cancelled);
  }

  if (complaints.length > 0) await tx.insertInto('complaints').values(complaints).execute();
  if (applications.length > 0) await tx.insertInto('licence_applications').values(applications).execute();
  return { complaints: complaints.length, applications: applications.length };
}
