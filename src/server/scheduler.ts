/**
 * The reminder scheduler: runs the reminders on a cron expression in Asia/Shanghai, and once
 * shortly after start so a restart does not wait a whole interval. Started by main.ts only, never by
 * buildApp, so tests carry no background timers. Safe to restart at any moment: the notifications'
 * dedupe keys make a repeated run add nothing.
 */
import { Cron } from 'croner';
import type { Kysely } from 'kysely';
import { TIME_ZONE } from '../core/dates.js';
import type { DB } from './db/schema.js';
import { runReminders, type ReminderCounts, type ReminderOptions } from './modules/notifications/reminders.js';

export interface SchedulerLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface SchedulerDeps {
  db: Kysely<DB>;
  config: { reminderCron: string; reminderDaysBefore: number };
  log: SchedulerLog;
  clock?: () => Date;
  /** Delay of the run after start; 0 runs nothing at start (tests call runOnce themselves). */
  firstRunDelayMs?: number;
  /** The work to do; replaceable so a test can make it fail. */
  remind?: (db: Kysely<DB>, now: Date, options: ReminderOptions) => Promise<ReminderCounts>;
}

export interface Scheduler {
  /** One run now; resolves to the counts, or undefined when it failed or another run was still going. */
  runOnce(): Promise<ReminderCounts | undefined>;
  nextRun(): Date | null;
  stop(): void;
}

export function startScheduler(deps: SchedulerDeps): Scheduler {
  const { db, config, log, clock = () => new Date(), remind = runReminders } = deps;
  let running = false;

  async function runOnce(): Promise<ReminderCounts | undefined> {
    // croner's protect guards its own ticks; this also keeps the start-up run and a tick apart.
    if (running) return undefined;
    running = true;
    try {
      const counts = await remind(db, clock(), { daysBefore: config.reminderDaysBefore });
      log.info({ reminders: counts }, 'reminders sent');
      return counts;
    } catch (error) {
      // A failed run must not take the server down: the next tick tries again and adds what was missed.
      log.error({ err: error }, 'reminder run failed');
      return undefined;
    } finally {
      running = false;
    }
  }

  const job = new Cron(config.reminderCron, { name: 'reminders', timezone: TIME_ZONE, protect: true, catch: true, unref: true }, async () => {
    await runOnce();
  });
  const delay = deps.firstRunDelayMs ?? 10_000;
  const firstRun = delay > 0 ? setTimeout(() => void runOnce(), delay) : undefined;
  firstRun?.unref();

  return {
    runOnce,
    nextRun: () => job.nextRun(),
    stop() {
      if (firstRun) clearTimeout(firstRun);
      job.stop();
    },
  };
}
