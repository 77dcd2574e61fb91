import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_COMPLAINT_REPLY_DAYS } from '../core/complaints.js';
import { CN_2026_HOLIDAYS } from '../core/holidays/cn2026.js';
import { DEFAULT_RANDOM_RECENT_DAYS } from '../core/randomInspections.js';
import { parseGradingCap, parseGradingThresholds, type GradingCap, type GradingThresholds } from '../core/grading.js';
import { DEFAULT_APPEAL_DAYS } from '../core/gradingWorkflow.js';
import { REPORT_CATEGORY_CODES, type ReportDeadlineHours } from '../core/reports.js';
import { parseHolidayCalendar, type HolidayCalendar } from '../core/workingDays.js';

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Load the demo region into an empty database at start. */
  demo: boolean;
  sessionTtlHours: number;
  /** Send the session cookie only over HTTPS (set behind a TLS proxy). */
  cookieSecure: boolean;
  logLevel: string;
  webDir: string;
  /** Failed sign-ins per user name within the window before sign-in is refused. */
  loginMaxFailures: number;
  loginWindowMinutes: number;
  /** Overrides of the information-report deadlines, in hours per category (DESIGN §5). */
  reportDeadlineHours: ReportDeadlineHours;
  /** Run the reminder scheduler in this process (main.ts only; tests never start it). */
  schedulerEnabled: boolean;
  /** When the reminders run: a cron expression read in Asia/Shanghai. */
  reminderCron: string;
  /** Days before a submission's due date that the first reminder goes out. */
  reminderDaysBefore: number;
  /** Calendar days after receipt within which a complaint must be answered (DESIGN §7). */
  complaintReplyDays: number;
  /** Working days after 受理 within which a licensing decision is due (DESIGN §7). */
  licensingLimitDays: number;
  /** Public holidays and make-up working days for working-day limits: the built-in 2026 calendar, or the administrator's file. */
  holidayCalendar: HolidayCalendar;
  /** Days a unit drawn under any 双随机 plan stays out of later draws (DESIGN §7). */
  randomRecentDays: number;
  /** 量化分级: lowest total of grades A, B and C (DESIGN §7). */
  gradingThresholds: GradingThresholds;
  /** 量化分级: how the worst single item caps the grade (DESIGN §12). */
  gradingCap: GradingCap;
  /** Calendar days after the notice date within which a unit may appeal its grade. */
  gradingAppealDays: number;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

/** 'public_health_emergency=2,food_safety=12' → { public_health_emergency: 2, food_safety: 12 }. */
export function parseReportDeadlineHours(value: string | undefined): ReportDeadlineHours {
  const hours: ReportDeadlineHours = {};
  for (const pair of (value ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [category, raw] = pair.split('=').map((p) => p.trim());
    const parsed = Number(raw);
    const code = REPORT_CATEGORY_CODES.find((c) => c === category);
    if (!code || !Number.isFinite(parsed) || parsed <= 0) throw new Error(`REPORT_DEADLINE_HOURS: cannot read "${pair}"`);
    hours[code] = parsed;
  }
  return hours;
}

function int(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** A whole number ≥ 0, or the fallback when unset; anything else stops the start with the variable's name. */
function nonNegative(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 366) throw new Error(`${name}: expected a whole number of days 0–366, got "${value}"`);
  return parsed;
}

/** A whole number of working days 1–366, or the fallback when unset. */
function positiveDays(name: string, value: string | undefined, fallback: number): number {
  const parsed = nonNegative(name, value, fallback);
  if (parsed < 1) throw new Error(`${name}: expected at least 1 day, got "${value}"`);
  return parsed;
}

/**
 * The administrator's holiday calendar (HOLIDAY_CALENDAR_FILE, same format as
 * src/core/holidays/2026.txt) replaces the built-in one whole, so what it says is all that counts.
 * A faulty file stops the start with every bad line named.
 */
export function loadHolidayCalendar(file: string | undefined): HolidayCalendar {
  if (!file) return parseHolidayCalendar(CN_2026_HOLIDAYS);
  let text: string;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch (error) {
    throw new Error(`HOLIDAY_CALENDAR_FILE: cannot read "${file}": ${(error as Error).message}`);
  }
  try {
    return parseHolidayCalendar(text);
  } catch (error) {
    throw new Error(`HOLIDAY_CALENDAR_FILE "${file}": ${(error as Error).message}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    demo: flag(env.WEIJIAN_DEMO, true),
    sessionTtlHours: int(env.SESSION_TTL_HOURS, 12),
    cookieSecure: flag(env.COOKIE_SECURE, false),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: resolve(env.WEB_DIR ?? './dist/web'),
    loginMaxFailures: int(env.LOGIN_MAX_FAILURES, 5),
    loginWindowMinutes: int(env.LOGIN_WINDOW_MINUTES, 15),
    reportDeadlineHours: parseReportDeadlineHours(env.REPORT_DEADLINE_HOURS),
    schedulerEnabled: flag(env.SCHEDULER_ENABLED, true),
    reminderCron: env.REMINDER_CRON || '*/15 * * * *',
    reminderDaysBefore: nonNegative('REMINDER_DAYS_BEFORE', env.REMINDER_DAYS_BEFORE, 3),
    complaintReplyDays: nonNegative('COMPLAINT_REPLY_DAYS', env.COMPLAINT_REPLY_DAYS, DEFAULT_COMPLAINT_REPLY_DAYS),
    licensingLimitDays: positiveDays('LICENSING_LIMIT_DAYS', env.LICENSING_LIMIT_DAYS, 20),
    holidayCalendar: loadHolidayCalendar(env.HOLIDAY_CALENDAR_FILE),
    randomRecentDays: nonNegative('RANDOM_RECENT_DAYS', env.RANDOM_RECENT_DAYS, DEFAULT_RANDOM_RECENT_DAYS),
    gradingThresholds: parseGradingThresholds(env.GRADING_THRESHOLDS),
    gradingCap: parseGradingCap(env.GRADING_CRITICAL_CAP),
    gradingAppealDays: positiveDays('GRADING_APPEAL_DAYS', env.GRADING_APPEAL_DAYS, DEFAULT_APPEAL_DAYS),
  };
}
