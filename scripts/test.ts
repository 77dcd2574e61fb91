/**
 * `npm test`: type-check, lint, build the web app, then run every Vitest project on embedded
 * PGlite and, when TEST_DATABASE_URL points at a PostgreSQL server, the API suite again on it.
 * Ends with one plain line `N passed, N failed` (also written to test-results/summary.txt).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
mkdirSync('test-results', { recursive: true });

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A check that is not a test runner counts as one test. */
function check(label: string, command: string, args: string[]): boolean {
  const ok = run(label, command, args);
  if (ok) tally.passed++;
  else {
    tally.failed++;
    failures.push(label);
  }
  return ok;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  numTotalTests: number;
}

function vitest(label: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const report = `test-results/${label.replace(/\W+/g, '-')}.json`;
  rmSync(report, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  let parsed: VitestReport | undefined;
  try {
    parsed = JSON.parse(readFileSync(report, 'utf8')) as VitestReport;
  } catch {
    parsed = undefined;
  }
  if (!parsed) {
    tally.failed++;
    failures.push(`${label} (no report)`);
    return;
  }
  tally.passed += parsed.numPassedTests;
  tally.skipped += parsed.numPendingTests + parsed.numTodoTests;
  // A file that fails to load has no tests to count: count it as one failure.
  const failed = parsed.numFailedTests + (parsed.numFailedTests === 0 && !ok ? Math.max(1, parsed.numFailedTestSuites) : 0);
  tally.failed += failed;
  if (failed > 0) failures.push(label);
}

check('typecheck (server)', 'npx', ['tsc', '-p', 'tsconfig.json']);
check('typecheck (web)', 'npx', ['tsc', '-p', 'tsconfig.web.json']);
// Browser tests hold code that runs in the page (page.evaluate): checked with the DOM types.
check('typecheck (browser tests)', 'npx', ['tsc', '-p', 'tsconfig.e2e.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
const webBuilt = check('web build', 'npx', ['vite', 'build', '--logLevel', 'warn']);

vitest('pglite', webBuilt ? [] : ['--project', 'unit', '--project', 'api'], { TEST_DATABASE_URL: '' });
if (process.env.TEST_DATABASE_URL) {
  vitest('postgres', ['--project', 'api']);
} else {
  console.log('\n(PostgreSQL suite skipped: set TEST_DATABASE_URL=postgres://… to run the API tests on a real server; .ci/run does.)');
}

const summary = `${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
if (failures.length) console.log(`\nfailed: ${failures.join('; ')}`);
console.log(`\n${summary}`);
process.exit(tally.failed > 0 ? 1 : 0);
