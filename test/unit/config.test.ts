import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/core/workingDays.js';
import { loadConfig } from '../../src/server/config.js';

describe('HOLIDAY_CALENDAR_FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'weijian-calendar-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('defaults to the built-in 2026 calendar', () => {
    const { holidayCalendar } = loadConfig({});
    expect(isWorkingDay('2026-10-01', holidayCalendar)).toBe(false);
    expect(isWorkingDay('2026-10-10', holidayCalendar)).toBe(true);
  });

  it('replaces it with the administrator’s file', () => {
    const { holidayCalendar } = loadConfig({ HOLIDAY_CALENDAR_FILE: file('2027.txt', '# 2027\n2027-01-01 休 元旦\n2027-02-20 班 春节调休\n') });
    expect(isWorkingDay('2027-01-01', holidayCalendar)).toBe(false);
    expect(isWorkingDay('2027-02-20', holidayCalendar)).toBe(true);
    expect(isWorkingDay('2026-10-01', holidayCalendar)).toBe(true);
  });

  it('stops the start on a faulty file, naming the file and every bad line', () => {
    const bad = file('bad.txt', '2027-01-01 休\n2027-13-01 休\n2027-01-04 班\n');
    expect(() => loadConfig({ HOLIDAY_CALENDAR_FILE: bad })).toThrow(
      `HOLIDAY_CALENDAR_FILE "${bad}": 第 2 行：日期应为 YYYY-MM-DD，收到“2027-13-01”；第 3 行：2027-01-04 是周一，本就是工作日，“班”只用于调休上班的周六、周日`,
    );
    expect(() => loadConfig({ HOLIDAY_CALENDAR_FILE: join(dir, 'missing.txt') })).toThrow(/^HOLIDAY_CALENDAR_FILE: cannot read/);
  });
});
