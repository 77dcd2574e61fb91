/**
 * Indicators of the assistants' daily work (DESIGN §3–§5, §9). A rate is kept with its numerator,
 * denominator and unit, never as a bare percentage, so every figure can be explained and re-added.
 */
import { isIsoDate } from './dates.js';
import { divisionLevelOf } from './divisions.js';
import { categoryByCode, isValidSubCategory, requiredLicence } from './unitCategories.js';

export type RateUnit = '%' | '‰' | '/10万';

export interface Rate {
  numerator: number;
  denominator: number;
  unit: RateUnit;
  /** numerator / denominator in the unit, unrounded; null when the denominator is 0 (nothing to measure). */
  value: number | null;
}

const UNIT_SCALE: Record<RateUnit, number> = { '%': 100, '‰': 1000, '/10万': 100_000 };

function assertCount(name: string, count: number): void {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`${name} 应为非负整数，收到 ${count}`);
}

/**
 * Counts in, rate out. A numerator above the denominator is kept as it is (task completion may exceed
 * 100%; a coverage above 100% is a data problem a person must see, not one to hide by capping).
 */
export function rate(numerator: number, denominator: number, unit: RateUnit): Rate {
  assertCount('numerator', numerator);
  assertCount('denominator', denominator);
  const value = denominator === 0 ? null : (numerator * UNIT_SCALE[unit]) / denominator;
  return { numerator, denominator, unit, value };
}

/**
 * The rate to two decimals with its unit ('92.50%', '3.57‰', '12.34/10万'), or `empty` when there is
 * no denominator. Rounds half up from the counts themselves: rounding the floating-point value would
 * turn 201 of 20 000 (1.005%, held as 1.00499999…) into 1.00% instead of 1.01%.
 */
export function formatRate(subject: Rate, empty = '—'): string {
  if (subject.value === null) return empty;
  const hundredths = Math.round((subject.numerator * UNIT_SCALE[subject.unit] * 100) / subject.denominator);
  return `${(hundredths / 100).toFixed(2)}${subject.unit}`;
}

/** 建档率: units with a complete file (isUnitFileComplete) / units known in the jurisdiction. */
export function filingRate(input: { unitsWithCompleteFile: number; unitsKnown: number }): Rate {
  return rate(input.unitsWithCompleteFile, input.unitsKnown, '%');
}

/**
 * 巡查覆盖率: distinct units patrolled in the quarter / active units. Count the patrolled units among
 * the same active units, so a unit patrolled and then closed does not push the rate past 100%.
 */
export function patrolCoverageRate(input: { unitsPatrolled: number; activeUnits: number }): Rate {
  return rate(input.unitsPatrolled, input.activeUnits, '%');
}

/** 整改完成率: rectifications closed / rectifications required in the period. */
export function rectificationCompletionRate(input: { rectificationsClosed: number; rectificationsRequired: number }): Rate {
  return rate(input.rectificationsClosed, input.rectificationsRequired, '%');
}

/**
 * 信息报告率: events or clues reported / events or clues found. "Found" is what the stations reported
 * plus what an inspector marked as "should have been reported by the station" (DESIGN §5), so the rate
 * falls below 100% only through those marks. A marked event the station later reported counts once,
 * as reported.
 */
export function informationReportingRate(input: { reported: number; markedNotReported: number }): Rate {
  return rate(input.reported, input.reported + input.markedNotReported, '%');
}

/** 及时报告率: reports made within their deadline (isReportedOnTime) / reports made. */
export function timelyReportingRate(input: { reportedOnTime: number; reported: number }): Rate {
  return rate(input.reportedOnTime, input.reported, '%');
}

export type Quarter = 1 | 2 | 3 | 4;

export interface QuarterPeriod {
  year: number;
  quarter: Quarter;
  /** First day, inclusive, 'YYYY-MM-DD'. */
  start: string;
  /** Last day, inclusive, 'YYYY-MM-DD'. */
  end: string;
}

const QUARTER_DAYS: Record<Quarter, [start: string, end: string]> = {
  1: ['01-01', '03-31'],
  2: ['04-01', '06-30'],
  3: ['07-01', '09-30'],
  4: ['10-01', '12-31'],
};

export function quarterRange(year: number, quarter: Quarter): QuarterPeriod {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`年份无效：${year}`);
  if (!(quarter in QUARTER_DAYS)) throw new RangeError(`季度应为 1–4，收到 ${quarter}`);
  const [start, end] = QUARTER_DAYS[quarter];
  const yyyy = String(year).padStart(4, '0');
  return { year, quarter, start: `${yyyy}-${start}`, end: `${yyyy}-${end}` };
}

/**
 * The quarter a calendar date falls in. Takes a date, not an instant: turn an instant into its
 * Asia/Shanghai date with localDate first, or a patrol at 00:30 on 1 April lands in the first quarter.
 */
export function quarterOf(date: string): QuarterPeriod {
  if (!isIsoDate(date)) throw new RangeError(`日期应为 YYYY-MM-DD：${date}`);
  const month = Number(date.slice(5, 7));
  return quarterRange(Number(date.slice(0, 4)), Math.ceil(month / 3) as Quarter);
}

/** The fields of a unit file (管理相对人档案) that decide whether it is complete. */
export interface UnitFileFields {
  name?: string | null;
  category?: string | null;
  subCategory?: string | null;
  address?: string | null;
  townshipCode?: string | null;
  personInCharge?: string | null;
  phone?: string | null;
  licenceNo?: string | null;
  licenceExpiresOn?: string | null;
}
export type UnitFileField = keyof UnitFileFields;

const isFilled = (value: string | null | undefined): boolean => (value ?? '').trim() !== '';

/**
 * What a file lacks to count as complete (完整档案), in field order; empty when complete.
 * A complete file has: a name; a known category and a sub-category of it; an address; the township
 * (a township-level division code, which decides the responsible station); a person in charge and a
 * phone number. When the sub-category needs a licence (requiredLicence: public places, water
 * suppliers, medical institutions and radiation users, food, disinfection-product makers) it also has
 * the licence number and expiry date.
 * Not required: the credit code (individual businesses may have none), village and coordinates (taken
 * on the first patrol), employee counts. An expired licence leaves the file complete: it is a finding
 * for the patrol, not a gap in the file.
 */
export function unitFileGaps(unit: UnitFileFields): UnitFileField[] {
  const gaps: UnitFileField[] = [];
  const category = unit.category ?? '';
  const sub = unit.subCategory ?? '';
  if (!isFilled(unit.name)) gaps.push('name');
  if (!categoryByCode(category)) gaps.push('category');
  if (!isValidSubCategory(category, sub)) gaps.push('subCategory');
  if (!isFilled(unit.address)) gaps.push('address');
  if (divisionLevelOf(unit.townshipCode ?? '') !== 'township') gaps.push('townshipCode');
  if (!isFilled(unit.personInCharge)) gaps.push('personInCharge');
  if (!isFilled(unit.phone)) gaps.push('phone');
  if (requiredLicence(category, sub)) {
    if (!isFilled(unit.licenceNo)) gaps.push('licenceNo');
    if (!isIsoDate(unit.licenceExpiresOn ?? '')) gaps.push('licenceExpiresOn');
  }
  return gaps;
}

export function isUnitFileComplete(unit: UnitFileFields): boolean {
  return unitFileGaps(unit).length === 0;
}
