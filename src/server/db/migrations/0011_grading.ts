import { sql, type Kysely } from 'kysely';

/** 量化分级 (hygiene grading, DESIGN §7, §12): gradings with their notice, reply, appeal and re-grading request. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('gradings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    // Copies of the unit's, so scoping needs no join and the open data can filter by county.
    .addColumn('county_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('category', 'varchar(32)', (c) => c.notNull())
    .addColumn('inspected_on', 'date', (c) => c.notNull())
    .addColumn('grader_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('second_grader_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('score_sheet', 'jsonb', (c) => c.notNull())
    .addColumn('total', 'numeric(4, 1)', (c) => c.notNull())
    .addColumn('grade', 'varchar(4)', (c) => c.notNull().check(sql`grade in ('A','B','C','none')`))
    .addColumn('capped_by', 'varchar(50)')
    .addColumn('status', 'varchar(12)', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft','published','superseded')`))
    .addColumn('published_on', 'date')
    .addColumn('superseded_on', 'date')
    .addColumn('reply', 'varchar(500)')
    .addColumn('replied_on', 'date')
    .addColumn('appeal_status', 'varchar(12)', (c) => c.check(sql`appeal_status in ('pending','upheld','dismissed')`))
    .addColumn('appealed_on', 'date')
    .addColumn('appeal_grounds', 'varchar(500)')
    .addColumn('appeal_decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('appeal_decided_on', 'date')
    .addColumn('appeal_note', 'varchar(500)')
    .addColumn('regrade_requested_on', 'date')
    .addColumn('regrade_reason', 'varchar(500)')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('gradings_two_graders', sql`second_grader_id is null or second_grader_id <> grader_id`)
    .addCheckConstraint('gradings_published', sql`(status = 'draft') = (published_on is null)`)
    .execute();
  // One current grade per unit: publishing supersedes the earlier one in the same transaction.
  await sql`create unique index gradings_current_idx on gradings (unit_id) where status = 'published'`.execute(db);
  await sql`create index gradings_path_idx on gradings (path text_pattern_ops, status, inspected_on)`.execute(db);
  await sql`create index gradings_open_data_idx on gradings (county_code, updated_at) where status = 'published'`.execute(db);
}
