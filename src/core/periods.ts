/**
 * Reporting periods and their deadlines (DESIGN §6, §9, §12). A period is named by a key that reads
 * well in a URL and sorts by time within its type:
 *   month '2026-03', quarter '2026Q1', half-year '2026H1', year '2026', custom range '2026-03-05..2026-04-10'.
 * Days are calendar dates in Asia/Shanghai; both ends of a period are inclusive.
 */
import dayjs from 'dayjs';
import { isIsoDate, localDate } from './dates.js';

export const PERIOD_TYPES = ['month', 'quarter', 'half', 'year', 'range'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export interface Period {
  type: PeriodType;
  key: string;
  /** First day, inclusive, 'YYYY-MM-DD'. */
  start: string;
  /** Last day, inclusive, 'YYYY-MM-DD'. */
  end: string;
  /** '2026年3月', '2026年第一季度', '2026年上半年', '2026年', '2026-03-05至2026-04-10'. */
  label: string;
}

const QUARTER_NAMES = ['一', '二', '三', '四'];
const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})Q([1-4])$/;
const HALF = /^(\d{4})H([12])$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
/** Longest custom range: a little over two years, enough for any comparison a report makes. */
const MAX_RANGE_DAYS = 800;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const lastDayOfMonth = (year: number, month: number) => dayjs(`${year}-${pad(month)}-01`).endOf('month').format('YYYY-MM-DD');

function validYear(year: number): void {
  if (year < 1900 || year > 2999) throw new RangeError(`年份超出范围：${year}`);
}

export function monthPeriod(year: number, month: number): Period {
  validYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`月份应为 1–12，收到 ${month}`);
  return { type: 'month', key: `${year}-${pad(month)}`, start: `${year}-${pad(month)}-01`, end: lastDayOfMonth(year, month), label: `${year}年${month}月` };
}

export function quarterPeriod(year: number, quarter: number): Period {
  validYear(year);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`季度应为 1–4，收到 ${quarter}`);
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    type: 'quarter', key: `${year}Q${quarter}`, start: `${year}-${pad(firstMonth)}-01`,
    end: lastDayOfMonth(year, firstMonth + 2), label: `${year}年第${QUARTER_NAMES[quarter - 1]}季度`,
  };
}

export function halfPeriod(year: number, half: number): Period {
  validYear(year);
  if (half !== 1 && half !== 2) throw new RangeError(`半年应为 1 或 2，收到 ${half}`);
  return half === 1
    ? { type: 'half', key: `${year}H1`, start: `${year}-01-01`, end: `${year}-06-30`, label: `${year}年上半年` }
    : { type: 'half', key: `${year}H2`, start: `${year}-07-01`, end: `${year}-12-31`, label: `${year}年下半年` };
}

export function yearPeriod(year: number): Period {
  validYear(year);
  return { type: 'year', key: String(year), start: `${year}-01-01`, end: `${year}-12-31`, label: `${year}年` };
}

export function rangePeriod(start: string, end: string): Period {
  if (!isIsoDate(start) || !isIsoDate(end)) throw new RangeError(`日期应为 YYYY-MM-DD：${start}..${end}`);
  if (end < start) throw new RangeError(`结束日期 ${end} 早于开始日期 ${start}`);
  validYear(Number(start.slice(0, 4)));
  validYear(Number(end.slice(0, 4)));
  if (dayjs(end).diff(dayjs(start), 'day') + 1 > MAX_RANGE_DAYS) throw new RangeError(`自定义时段最长 ${MAX_RANGE_DAYS} 天`);
  return { type: 'range', key: `${start}..${end}`, start, end, label: `${start}至${end}` };
}

/** The period a key names; a RangeError with a message a person can act on when it names none. */
export function parsePeriod(key: string): Period {
  let m: RegExpExecArray | null;
  if ((m = MONTH.exec(key))) return monthPeriod(Number(m[1]), Number(m[2]));
  if ((m = QUARTER.exec(key))) return quarterPeriod(Number(m[1]), Number(m[2]));
  if ((m = HALF.exec(key))) return halfPeriod(Number(m[1]), Number(m[2]));
  if ((m = YEAR.exec(key))) return yearPeriod(Number(m[1]));
  if ((m = RANGE.exec(key))) return rangePeriod(m[1]!, m[2]!);
  throw new RangeError(`时段格式应为 2026-03、2026Q1、2026H1、2026 或 2026-03-05..2026-04-10，收到“${key}”`);
}

export function isPeriodKey(key: string): boolean {
  try {
    parsePeriod(key);
    return true;
  } catch {
    return false;
  }
}

/** The period of the given (fixed) type that contains a calendar date. */
export function periodContaining(type: Exclude<PeriodType, 'range'>, date: string): Period {
  if (!isIsoDate(date)) throw new RangeError(`日期应为 YYYY-MM-DD：${date}`);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (type) {
    case 'month': return monthPeriod(year, month);
    case 'quarter': return quarterPeriod(year, Math.ceil(month / 3));
    case 'half': return halfPeriod(year, month <= 6 ? 1 : 2);
    case 'year': return yearPeriod(year);
  }
}

const shiftDate = (date: string, amount: number, unit: 'day' | 'year') => dayjs(date).add(amount, unit).format('YYYY-MM-DD');

/** The period just before: last month, last quarter…; a custom range gives the same number of days before it. */
export function previousPeriod(period: Period): Period {
  if (period.type === 'range') {
    const days = dayjs(period.end).diff(dayjs(period.start), 'day') + 1;
    return rangePeriod(shiftDate(period.start, -days, 'day'), shiftDate(period.start, -1, 'day'));
  }
  return periodContaining(period.type, shiftDate(period.start, -1, 'day'));
}

/** 同期: the same period one year earlier (29 February becomes 28 February). */
export function samePeriodLastYear(period: Period): Period {
  if (period.type === 'range') return rangePeriod(shiftDate(period.start, -1, 'year'), shiftDate(period.end, -1, 'year'));
  return periodContaining(period.type, shiftDate(period.start, -1, 'year'));
}

/** The periods of a fixed type a period touches, oldest first (a range may start or end mid-month). */
export function periodsOf(type: 'month' | 'quarter', period: Period): Period[] {
  const found: Period[] = [];
  let cursor = periodContaining(type, period.start);
  while (cursor.start <= period.end) {
    found.push(cursor);
    cursor = periodContaining(type, shiftDate(cursor.end, 1, 'day'));
  }
  return found;
}

/** The months a period touches, oldest first. */
export function monthsOf(period: Period): Period[] {
  return periodsOf('month', period);
}

/** Whether two periods share at least one day. */
export function periodsOverlap(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * A submission's deadline: the last day it may arrive, counted as `deadlineDays` days after the
 * period's last day (DHIS2's "expiry days"). The monthly registers have 19: March's are due on 19
 * April, February's on 19 March. The whole last day counts, in Asia/Shanghai.
 */
export function submissionDueDate(period: Period, deadlineDays: number): string {
  if (!Number.isInteger(deadlineDays) || deadlineDays < 0 || deadlineDays > 366) throw new RangeError(`报送期限天数应为 0–366，收到 ${deadlineDays}`);
  return shiftDate(period.end, deadlineDays, 'day');
}

/** On time when it arrives on or before the due date, Asia/Shanghai: 23:59 on the 19th is on time, 00:01 on the 20th is late. */
export function isSubmittedOnTime(submittedAt: Date, dueDate: string): boolean {
  return localDate(submittedAt) <= dueDate;
}

/** Whole days from one date to the next (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayjs(to).diff(dayjs(from), 'day');
}

/**
 * The period a submission is for, seen from today: the most recent period of that type that has
 * ended. On 5 April the monthly registers to submit are March's and the quarterly summary Q1's.
 */
export function lastEndedPeriod(type: 'month' | 'quarter', today: string): Period {
  return previousPeriod(periodContaining(type, today));
}
