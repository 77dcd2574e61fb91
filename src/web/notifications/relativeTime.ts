import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { DATE_FORMAT, TIME_ZONE } from '../shared/dates';

/**
 * "3 分钟前" for recent notifications; older than a week, the calendar date in Asia/Shanghai
 * (a relative "12 天前" makes people count back to find the day).
 */
export function relativeTime(iso: string, now: Date, t: TFunction): string {
  const minutes = Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return t('notifications.justNow');
  if (minutes < 60) return t('notifications.minutesAgo', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('notifications.hoursAgo', { count: hours });
  const days = Math.floor(hours / 24);
  if (days < 7) return t('notifications.daysAgo', { count: days });
  return dayjs(iso).tz(TIME_ZONE).format(DATE_FORMAT);
}
