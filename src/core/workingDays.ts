/**
 * Working days (工作日) for statutory time limits (DESIGN §7). The 行政许可法 counts a licensing
 * decision's limit in working days, excluding public holidays; which days those are changes every
 * year with the State Council's notice, including weekend days made working days (调休上班). So the
 * calendar is data an administrator keeps, not code: one line per date that departs from the usual
 * Monday–Friday week.
 *
 * Dates are calendar dates in Asia/Shanghai as 'YYYY-MM-DD'. A date outside the years the calendar
 * lists falls back to Monday–Friday: `calendarCovers` lets a caller warn when that happens.
 */
import dayjs from 'dayjs';
import { isIsoDate } from './dates.js';

export interface HolidayCalendar {
  /** Days off that would otherwise be working days (and the weekend days inside a holiday, harmlessly). */
  holidays: Set<string>;
  /** Saturdays and Sundays made working days (调休上班). */
  workdays: Set<string>;
}

export const EMPTY_CALENDAR: HolidayCalendar = { holidays: new Set(), workdays: new Set() };

const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
/** A limit longer than this is a typing error, not a statute (the longest are a few dozen days). */
const MAX_WORKING_DAYS = 1000;

// Days are counted as whole numbers since 1970-01-01 (a Thursday): a province's licensing figures
// walk a few hundred thousand days, and a date-library object per day costs seconds.
const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 0 Sunday … 6 Saturday. */
const weekdayOf = (day: number) => (day + 4) % 7;
const isWeekendDay = (day: number) => weekdayOf(day) === 0 || weekdayOf(day) === 6;
const isWeekend = (date: string) => isWeekendDay(dayNumber(date));

/** isWorkingDay on a day number, the date already checked. */
function worksOn(day: number, calendar: HolidayCalendar): boolean {
  const date = isoOf(day);
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  return !isWeekendDay(day);
}

function assertDate(date: string): void {
  if (!isIsoDate(date)) throw new RangeError(`日期应为 YYYY-MM-DD，收到“${date}”`);
}

/**
 * Reads the administrator's text: one date per line, `2026-10-01 休 国庆节` for a day off or
 * `2026-10-10 班 国庆调休` for a weekend working day; the name is optional, `#` starts a comment,
 * blank lines are ignored. Every faulty line is reported at once, by number, so one round of
 * corrections is enough: a RangeError whose message lists them.
 */
export function parseHolidayCalendar(text: string): HolidayCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  const seenOn = new Map<string, number>();
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    // The name after the kind is for people reading the file; the rules need only date and kind.
    const [date = '', kind] = line.split(/\s+/);
    if (!isIsoDate(date)) {
      problems.push(`第 ${lineNo} 行：日期应为 YYYY-MM-DD，收到“${date}”`);
      return;
    }
    if (kind !== '休' && kind !== '班') {
      problems.push(`第 ${lineNo} 行：日期后应写“休”或“班”，收到“${kind ?? ''}”`);
      return;
    }
    const earlier = seenOn.get(date);
    if (earlier !== undefined) {
      problems.push(`第 ${lineNo} 行：${date} 已在第 ${earlier} 行出现`);
      return;
    }
    seenOn.set(date, lineNo);
    // A 班 on a weekday changes nothing; most likely the date was mistyped, so say so.
    if (kind === '班' && !isWeekend(date)) {
      problems.push(`第 ${lineNo} 行：${date} 是${WEEKDAY_NAMES[weekdayOf(dayNumber(date))]}，本就是工作日，“班”只用于调休上班的周六、周日`);
      return;
    }
    (kind === '休' ? holidays : workdays).add(date);
  });
  if (problems.length > 0) throw new RangeError(problems.join('；'));
  return { holidays, workdays };
}

/** Whether the calendar lists anything for the date's year, i.e. whether its answer is more than a guess. */
export function calendarCovers(date: string, calendar: HolidayCalendar): boolean {
  assertDate(date);
  const year = date.slice(0, 4);
  for (const listed of [...calendar.holidays, ...calendar.workdays]) if (listed.startsWith(year)) return true;
  return false;
}

/**
 * Years a deadline computed today may reach that the calendar does not list: this year, and next
 * year once `daysAhead` calendar days reach into it (a 20-working-day limit set in late November
 * ends in January). The State Council publishes the next year's arrangement around November.
 */
export function uncoveredYears(today: string, calendar: HolidayCalendar, daysAhead = 60): string[] {
  assertDate(today);
  const years = new Set([today.slice(0, 4), dayjs(today).add(daysAhead, 'day').format('YYYY')]);
  return [...years].filter((year) => !calendarCovers(`${year}-01-01`, calendar));
}

/** A make-up weekend day works; a listed holiday does not; otherwise Monday–Friday. */
export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  assertDate(date);
  return worksOn(dayNumber(date), calendar);
}

/**
 * The n-th working day after `start`. The start day itself never counts, whether or not it is a
 * working day (开始的当日不计入: an application accepted on Friday afternoon has not had a day of
 * work). n = 0 gives `start` back: nothing to wait for.
 */
export function addWorkingDays(start: string, n: number, calendar: HolidayCalendar): string {
  assertDate(start);
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) throw new RangeError(`工作日数应为 0–${MAX_WORKING_DAYS} 的整数，收到 ${n}`);
  let day = dayNumber(start);
  for (let counted = 0; counted < n; ) {
    day += 1;
    if (worksOn(day, calendar)) counted += 1;
  }
  return isoOf(day);
}

/**
 * Working days elapsed after `from` up to and including `to`: 0 for the same day, and for Friday to
 * the Sunday after. Reversed dates give the negative of the forward count rather than an error, so
 * that `workingDaysBetween(a, b) === -workingDaysBetween(b, a)` and a caller comparing against a
 * limit needs no special case; whether a reversal is a data error is the caller's decision.
 * Inverse of addWorkingDays: workingDaysBetween(d, addWorkingDays(d, n)) === n.
 */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendar): number {
  assertDate(from);
  assertDate(to);
  if (to < from) return -workingDaysBetween(to, from, calendar);
  if (dayjs(to).diff(dayjs(from), 'day') > MAX_WORKING_DAYS * 2) throw new RangeError(`${from} 至 ${to} 跨度过长`);
  let count = 0;
  for (let day = dayNumber(from) + 1, last = dayNumber(to); day <= last; day++) if (worksOn(day, calendar)) count += 1;
  return count;
}

/**
 * The last day on which a licensing decision is on time: `limitDays` working days after the day of
 * 受理 (行政许可法 counts its limits in working days without public holidays). It is always a
 * working day, so the rule that a limit ending on a holiday moves to the next working day never
 * has to be applied separately.
 */
export function licensingDeadline(acceptedOn: string, limitDays: number, calendar: HolidayCalendar): string {
  if (!Number.isInteger(limitDays) || limitDays < 1) throw new RangeError(`办理时限应为至少 1 个工作日，收到 ${limitDays}`);
  return addWorkingDays(acceptedOn, limitDays, calendar);
}
