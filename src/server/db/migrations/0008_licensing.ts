import { sql, type Kysely } from 'kysely';

/** Health administrative licensing applications (卫生行政许可, DESIGN §7). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('licence_applications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('application_no', 'varchar(20)', (c) => c.notNull().unique())
    // The county whose institute handles the application; the scope key.
    .addColumn('county_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('unit_id', 'uuid', (c) => c.references('units.id'))
    .addColumn('applicant_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('applicant_phone', 'varchar(32)')
    .addColumn('licence_type', 'varchar(50)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull().check(sql`kind in ('new','renewal','change','cancellation')`))
    .addColumn('status', 'varchar(16)', (c) =>
      c.notNull().defaultTo('accepted').check(sql`status in ('accepted','document_review','site_review','approval','issued','refused','withdrawn')`),
    )
    .addColumn('accepted_on', 'date', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('decided_on', 'date')
    .addColumn('refusal_reason', 'varchar(500)')
    .addColumn('licence_no', 'varchar(50)', (c) => c.unique())
    .addColumn('issued_on', 'date')
    .addColumn('expires_on', 'date')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('licence_applications_dates', sql`due_on >= accepted_on and (decided_on is null or decided_on >= accepted_on)`)
    .execute();
  await sql`create index licence_applications_path_status_idx on licence_applications (path text_pattern_ops, status, accepted_on)`.execute(db);
}
