import { sql, type Kysely } from 'kysely';

/**
 * 整改完成率 counts only the rectifications a patrol ordered (outcome 责令整改), not the rows a referral
 * opens. This small partial index (one patrol in twenty at province scale) lets PostgreSQL match a
 * province's rectifications to those patrols with one short scan instead of a primary-key lookup per
 * rectification; writes of other patrols do not touch it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index patrols_outcome_rectification_idx on patrols (id) where outcome = 'rectification'`.execute(db);
}
