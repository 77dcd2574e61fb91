import { sql, type Kysely } from 'kysely';

/**
 * A patrol keeps the rectification deadline it set: a later re-inspection may extend the
 * rectification's deadline, and the register must still show what this patrol ordered.
 *
 * Patrol lists are newest first. With this index a wide scope (a city, the province) reads the
 * newest patrols in order and stops after a page, instead of sorting a million rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table patrols add column rectification_deadline date`.execute(db);
  await sql`update patrols p set rectification_deadline = r.deadline from rectifications r where r.patrol_id = p.id and p.outcome = 'rectification'`.execute(db);
  await sql`create index patrols_date_order_idx on patrols (patrolled_on desc, received_at desc)`.execute(db);
}
