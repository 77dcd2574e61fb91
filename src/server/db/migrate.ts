import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as m0001 from './migrations/0001_foundation.js';
import * as m0002 from './migrations/0002_units.js';
import * as m0003 from './migrations/0003_patrols_reports.js';
import * as m0004 from './migrations/0004_patrol_deadline_and_order.js';
import * as m0005 from './migrations/0005_reporting_cycle.js';
import * as m0006 from './migrations/0006_statistics_indexes.js';
import * as m0007 from './migrations/0007_complaints.js';
import * as m0008 from './migrations/0008_licensing.js';
import * as m0009 from './migrations/0009_cases.js';
import * as m0010 from './migrations/0010_random_inspections.js';
import * as m0011 from './migrations/0011_grading.js';
import * as m0012 from './migrations/0012_licence_lifecycle.js';
import * as m0013 from './migrations/0013_visit_inspections.js';

/** Listed by hand, not read from disk, so the same list runs under tsx, a bundle or tests. */
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_units': m0002,
  '0003_patrols_reports': m0003,
  '0004_patrol_deadline_and_order': m0004,
  '0005_reporting_cycle': m0005,
  '0006_statistics_indexes': m0006,
  '0007_complaints': m0007,
  '0008_licensing': m0008,
  '0009_cases': m0009,
  '0010_random_inspections': m0010,
  '0011_grading': m0011,
  '0012_licence_lifecycle': m0012,
  '0013_visit_inspections': m0013,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
