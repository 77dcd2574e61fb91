import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/server/db/connection.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';

/** The migrated database every PostgreSQL test database is copied from (globalSetup makes it). */
export const TEMPLATE_DB = 'weijian_test_template';

export function postgresUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own for one test file, already migrated: a copy of the template on
 * PostgreSQL, or a fresh in-memory PGlite. Closing it drops the copy.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = postgresUrl();
  if (!url) {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(database.db);
    return database;
  }
  const name = `weijian_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create database ${name} template ${TEMPLATE_DB}`);
  const database = await openDatabase({ databaseUrl: withDatabaseName(url, name) });
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(url, `drop database if exists ${name}`);
    },
  };
}
