import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.js';

/** A numeric column read as text (every digit kept) as a number for the API. */
export const numericOrNull = (value: string | null): number | null => (value === null ? null : Number(value));

/** Repositories accept either; the service opens the transaction and passes it down. */
export type Executor = Kysely<DB> | Transaction<DB>;
