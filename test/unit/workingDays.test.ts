import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CN_2026_HOLIDAYS } from '../../src/core/holidays/cn2026.js';
import {
  addWorkingDays, calendarCovers, EMPTY_CALENDAR, uncoveredYears, isWorkingDay, licensingDeadline, parseHolidayCalendar, workingDaysBetween,
} from '../../src/core/workingDays.js';

const cn2026 = parseHolidayCalendar(CN_2026_HOLIDAYS);

describe('parseHolidayCalendar', () => {
  it('reads the shipped 2026 calendar: 33 days off and 6 make-up working days', () => {
    expect(cn2026.holidays.size).toBe(33);
    expect([...cn2026.workdays].sort()).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('ships the same text in src/core/holidays/2026.txt as in the constant', () => {
    const file = readFileSync(new URL('../../src/core/holidays/2026.txt', import.meta.url), 'utf8');
    expect(file).toBe(CN_2026_HOLIDAYS);
  });

  it('ignores comments, blank lines, names and Windows line ends', () => {
    const sut = parseHolidayCalendar('# 注释\r\n\r\n  2026-10-01 休 国庆节 第一天\r\n2026-10-10 班 # 调休\r\n2026-10-02\t休');
    expect([...sut.holidays]).toEqual(['2026-10-01', '2026-10-02']);
    expect([...sut.workdays]).toEqual(['2026-10-10']);
  });

  it('reads an empty text as an empty calendar', () => {
    expect(parseHolidayCalendar('\n# 无\n')).toEqual(EMPTY_CALENDAR);
  });

  it('names every faulty line by number in one message', () => {
    const text = [
      '# 测试',
      '2026-10-01 休 国庆节',
      '',
      '2026-13-01 休',
      '2026-10-02 放 国庆节',
      '2026-10-01 休',
      '2026-10-12 班',
      '2026-10-03',
      '10/04/2026 休',
    ].join('\n');
    expect(() => parseHolidayCalendar(text)).toThrow(new RangeError([
      '第 4 行：日期应为 YYYY-MM-DD，收到“2026-13-01”',
      '第 5 行：日期后应写“休”或“班”，收到“放”',
      '第 6 行：2026-10-01 已在第 2 行出现',
      '第 7 行：2026-10-12 是周一，本就是工作日，“班”只用于调休上班的周六、周日',
      '第 8 行：日期后应写“休”或“班”，收到“”',
      '第 9 行：日期应为 YYYY-MM-DD，收到“10/04/2026”',
    ].join('；')));
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-03-13', true, 'an ordinary Friday'],
    ['2026-03-14', false, 'an ordinary Saturday'],
    ['2026-03-15', false, 'an ordinary Sunday'],
    ['2026-01-01', false, '元旦, a Thursday'],
    ['2026-01-04', true, 'the Sunday worked for 元旦'],
    ['2026-02-14', true, 'the Saturday worked before 春节'],
    ['2026-02-23', false, 'the last day of 春节, a Monday'],
    ['2026-02-24', true, 'the Tuesday after 春节'],
    ['2026-02-28', true, 'the Saturday worked after 春节'],
    ['2026-04-06', false, '清明, a Monday'],
    ['2026-05-09', true, 'the Saturday worked for 劳动节'],
    ['2026-06-19', false, '端午, a Friday'],
    ['2026-09-20', true, 'the Sunday worked before 国庆'],
    ['2026-10-03', false, 'a Saturday inside 国庆'],
    ['2026-10-07', false, 'the last day of 国庆, a Wednesday'],
    ['2026-10-08', true, 'the Thursday after 国庆'],
    ['2026-10-10', true, 'the Saturday worked after 国庆'],
    ['2026-10-11', false, 'the Sunday after it'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, cn2026)).toBe(expected);
  });

  it('falls back to Monday–Friday without a calendar', () => {
    expect(isWorkingDay('2026-10-01', EMPTY_CALENDAR)).toBe(true);
    expect(isWorkingDay('2026-10-10', EMPTY_CALENDAR)).toBe(false);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => isWorkingDay('2026-02-30', cn2026)).toThrow('日期应为 YYYY-MM-DD，收到“2026-02-30”');
  });
});

describe('addWorkingDays', () => {
  it('does not count the start day and skips the weekend: Friday + 1 is Monday', () => {
    expect(addWorkingDays('2026-03-13', 1, cn2026)).toBe('2026-03-16');
    expect(addWorkingDays('2026-03-13', 5, cn2026)).toBe('2026-03-20');
  });

  it('starting on a Saturday, the first working day is Monday', () => {
    expect(addWorkingDays('2026-03-14', 1, cn2026)).toBe('2026-03-16');
  });

  it('gives the start back for 0 days', () => {
    expect(addWorkingDays('2026-10-03', 0, cn2026)).toBe('2026-10-03');
  });

  it('jumps 国庆 and counts the make-up Saturday: 30 September + 3 is Saturday 10 October', () => {
    expect(addWorkingDays('2026-09-30', 1, cn2026)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3, cn2026)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 4, cn2026)).toBe('2026-10-12');
  });

  it('counts the make-up Sunday before 国庆: Friday 18 September + 1 is Sunday 20 September', () => {
    expect(addWorkingDays('2026-09-18', 1, cn2026)).toBe('2026-09-20');
    expect(addWorkingDays('2026-09-18', 11, cn2026)).toBe('2026-10-10');
  });

  it.each([-1, 1.5, 1001, Number.NaN])('refuses %s days', (n) => {
    expect(() => addWorkingDays('2026-03-13', n, cn2026)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-03-13', '2026-03-13', 0],
    ['2026-03-13', '2026-03-15', 0],
    ['2026-03-13', '2026-03-16', 1],
    ['2026-02-13', '2026-02-27', 5],
    ['2026-02-13', '2026-02-28', 6],
    ['2026-09-30', '2026-10-09', 2],
    ['2026-09-30', '2026-11-03', 20],
  ])('from %s to %s: %i', (from, to, expected) => {
    expect(workingDaysBetween(from, to, cn2026)).toBe(expected);
  });

  it('is negative for reversed dates', () => {
    expect(workingDaysBetween('2026-11-03', '2026-09-30', cn2026)).toBe(-20);
  });

  it('undoes addWorkingDays from every day of 2026', () => {
    for (let date = '2026-01-01'; date <= '2026-12-31'; date = nextDay(date)) {
      for (const n of [0, 1, 7, 20]) expect(workingDaysBetween(date, addWorkingDays(date, n, cn2026), cn2026)).toBe(n);
    }
  });
});

describe('licensingDeadline', () => {
  it('20 working days from Friday 13 March is Monday 13 April, after 清明 (10 April without the holiday)', () => {
    expect(licensingDeadline('2026-03-13', 20, cn2026)).toBe('2026-04-13');
    expect(licensingDeadline('2026-03-13', 20, EMPTY_CALENDAR)).toBe('2026-04-10');
  });

  it('20 working days from 30 September is Tuesday 3 November', () => {
    expect(licensingDeadline('2026-09-30', 20, cn2026)).toBe('2026-11-03');
  });

  it('refuses a limit below one day', () => {
    expect(() => licensingDeadline('2026-09-30', 0, cn2026)).toThrow('办理时限应为至少 1 个工作日，收到 0');
  });
});

describe('calendarCovers', () => {
  it('knows which years the calendar lists', () => {
    expect(calendarCovers('2026-07-01', cn2026)).toBe(true);
    expect(calendarCovers('2027-01-01', cn2026)).toBe(false);
  });
});

describe('uncoveredYears', () => {
  it('warns of next year only once a deadline may reach it (60 days ahead by default)', () => {
    expect(uncoveredYears('2026-11-01', cn2026)).toEqual([]);
    expect(uncoveredYears('2026-11-02', cn2026)).toEqual(['2027']);
    expect(uncoveredYears('2026-12-20', cn2026, 5)).toEqual([]);
    expect(uncoveredYears('2027-03-01', cn2026)).toEqual(['2027']);
    expect(uncoveredYears('2026-06-01', EMPTY_CALENDAR)).toEqual(['2026']);
  });
});

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
