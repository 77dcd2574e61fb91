import dayjs from 'dayjs';
import { TIME_ZONE } from '../core/dates.js';

/** The instants bounding calendar days `from`..`to` (inclusive) in Asia/Shanghai: [from 00:00, day after `to` 00:00). */
export function localDayRange(from: string, to: string): { from: Date; to: Date } {
  return { from: dayjs.tz(from, TIME_ZONE).toDate(), to: dayjs.tz(to, TIME_ZONE).add(1, 'day').toDate() };
}
