import { openDatabase } from '../../src/server/db/connection.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { TEMPLATE_DB, adminQuery, postgresUrl, withDatabaseName } from './testDatabase.js';

/** On PostgreSQL, migrate one template database that each test file copies. */
export default async function setup(): Promise<void> {
  const url = postgresUrl();
  if (!url) return;
  await adminQuery(url, `drop database if exists ${TEMPLATE_DB}`);
  await adminQuery(url, `create database ${TEMPLATE_DB}`);
  const database = await openDatabase({ databaseUrl: withDatabaseName(url, TEMPLATE_DB) });
  await migrateToLatest(database.db);
  await database.close();
}
