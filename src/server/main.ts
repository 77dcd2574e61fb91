import { localDate } from '../core/dates.js';
import { uncoveredYears } from '../core/workingDays.js';
import { loadConfig } from './config.js';
import { buildApp } from './app.js';
import { openMigratedDatabase } from './db/open.js';
import { formatDemoLogins, isEmptyDatabase, seedDemo } from './demo/seed.js';
import { startScheduler } from './scheduler.js';

const config = loadConfig();
const database = await openMigratedDatabase(config);
const app = await buildApp({ db: database.db, dbKind: database.kind, config }, { logger: { level: config.logLevel } });

if (config.demo && (await isEmptyDatabase(database.db))) {
  app.log.info('empty database: loading the demo region (江苏省泰州市 兴化市 / 靖江市)…');
  const logins = await seedDemo(database.db);
  app.log.warn('DEMO MODE: the demo passwords below are public. Never run demo data in production (WEIJIAN_DEMO=0).');
  console.log(formatDemoLogins(logins));
}

const missingYears = uncoveredYears(localDate(new Date()), config.holidayCalendar);
if (missingYears.length > 0) {
  app.log.warn(`the holiday calendar lists nothing for ${missingYears.join(', ')}: licensing deadlines there count Monday–Friday only; set HOLIDAY_CALENDAR_FILE (see README)`);
}

// After the demo load, so the first run already finds its open work.
const scheduler = config.schedulerEnabled ? startScheduler({ db: database.db, config, log: app.log }) : undefined;
if (scheduler) app.log.info({ cron: config.reminderCron, next: scheduler.nextRun() }, 'reminder scheduler started');

const shutdown = async (signal: string) => {
  app.log.info(`${signal}: shutting down`);
  scheduler?.stop();
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
console.log(`weijian 卫监 is running on http://localhost:${config.port} (database: ${database.kind}${database.kind === 'pglite' ? `, ${config.dataDir}` : ''}); API docs at /api/docs`);
