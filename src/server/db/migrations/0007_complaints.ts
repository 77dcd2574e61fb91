import { sql, type Kysely } from 'kysely';

/** Complaints and tip-offs from the public (DESIGN §7). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('complaints')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tracking_code', 'varchar(12)', (c) => c.notNull().unique())
    .addColumn('channel', 'varchar(16)', (c) => c.notNull().check(sql`channel in ('web','hotline','letter','visit','transfer')`))
    // The county whose institute handles it; the complaint may name the county or one of its townships.
    .addColumn('county_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull().references('divisions.code'))
    .addColumn('category', 'varchar(32)', (c) => c.notNull())
    .addColumn('subject', 'varchar(200)', (c) => c.notNull())
    .addColumn('content', 'varchar(2000)', (c) => c.notNull())
    .addColumn('location', 'varchar(200)')
    .addColumn('unit_id', 'uuid', (c) => c.references('units.id'))
    .addColumn('anonymous', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('reporter_name', 'varchar(64)')
    .addColumn('reporter_phone', 'varchar(32)')
    .addColumn('status', 'varchar(16)', (c) =>
      c.notNull().defaultTo('received').check(sql`status in ('received','assigned','investigating','replied','closed')`),
    )
    .addColumn('assignee_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reply_due_on', 'date', (c) => c.notNull())
    .addColumn('reply', 'varchar(2000)')
    .addColumn('replied_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .execute();
  await sql`create index complaints_path_status_idx on complaints (path text_pattern_ops, status, received_at)`.execute(db);
}
