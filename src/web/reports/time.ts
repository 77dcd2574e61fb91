import dayjs, { type Dayjs } from 'dayjs';
import { DATE_TIME_FORMAT, TIME_ZONE } from '../shared/dates';

/**
 * Date-time pickers work in the device's zone; weijian's times are entered in Asia/Shanghai whatever
 * the device says. A picker value carries the Shanghai wall-clock time; these convert both ways.
 */
export function shanghaiNowForPicker(): Dayjs {
  return dayjs(dayjs().tz(TIME_ZONE).format(DATE_TIME_FORMAT)).second(0).millisecond(0);
}

/** The instant a picked Shanghai wall-clock time stands for, as ISO. */
export function pickerValueToInstant(value: Dayjs): Date {
  return dayjs.tz(value.format(DATE_TIME_FORMAT), TIME_ZONE).toDate();
}
