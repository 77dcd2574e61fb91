import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** All calendar reasoning (deadlines, "today", periods) happens in one named zone. */
export const TIME_ZONE = 'Asia/Shanghai';

/** The calendar date in Asia/Shanghai at the given instant, as 'YYYY-MM-DD'. */
export function localDate(at: Date): string {
  return dayjs(at).tz(TIME_ZONE).format('YYYY-MM-DD');
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value, 'YYYY-MM-DD').format('YYYY-MM-DD') === value;
}
