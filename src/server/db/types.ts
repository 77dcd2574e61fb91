import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.js';

/** Repositories accept either; the service opens the transaction and passes it down. */
export type Executor = Kysely<DB> | Transaction<DB>;
