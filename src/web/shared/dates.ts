import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** All dates and times are shown and entered in China Standard Time, whatever the device says. */
export const TIME_ZONE = 'Asia/Shanghai';

export const DATE_FORMAT = 'YYYY-MM-DD';
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm:ss';

/** An ISO instant from the server as `YYYY-MM-DD HH:mm:ss` in Asia/Shanghai. */
export function formatDateTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const value = dayjs(iso);
  return value.isValid() ? value.tz(TIME_ZONE).format(DATE_TIME_FORMAT) : iso;
}

/** Today's date in Asia/Shanghai, as a value for a DatePicker. */
export function todayInShanghai(): Dayjs {
  return dayjs(dayjs().tz(TIME_ZONE).format(DATE_FORMAT));
}

/** A calendar date picked in a DatePicker as the API's `YYYY-MM-DD`. */
export function toDateString(value: Dayjs): string {
  return value.format(DATE_FORMAT);
}

/** For DatePicker `disabledDate`: records of what happened cannot be dated in the future. */
export function isAfterToday(value: Dayjs): boolean {
  return value.isAfter(todayInShanghai(), 'day');
}

/**
 * For DatePicker `disabledDate` when the date must fall after `firstDay` (`YYYY-MM-DD`) and not in
 * the future: renaming, closing or merging an organisation.
 */
export function notAfterDayOrFuture(firstDay: string): (value: Dayjs) => boolean {
  const first = dayjs(firstDay, DATE_FORMAT);
  return (value) => isAfterToday(value) || !value.isAfter(first, 'day');
}
