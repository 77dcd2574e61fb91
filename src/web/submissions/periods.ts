import dayjs, { type Dayjs } from 'dayjs';
import { lastEndedPeriod, parsePeriod } from '../../core/periods.js';
import type { PeriodType } from '../dataSets/api';
import { todayInShanghai, DATE_FORMAT } from '../shared/dates';

/** The period reviewers look at first: the latest one that has ended (the one being submitted now). */
export function latestEndedKey(type: PeriodType): string {
  return lastEndedPeriod(type, todayInShanghai().format(DATE_FORMAT)).key;
}

/** A month or quarter picked in a DatePicker as a period key ('2026-03', '2026Q1'). */
export function keyOfPicked(value: Dayjs, type: PeriodType): string {
  return type === 'month' ? value.format('YYYY-MM') : `${value.year()}Q${Math.floor(value.month() / 3) + 1}`;
}

/** The first day of a period key, for a DatePicker's value. */
export function pickedOfKey(key: string): Dayjs {
  return dayjs(parsePeriod(key).start);
}
