import { sql, type Kysely } from 'kysely';

/** Patrols with rectification follow-up (DESIGN §4) and information reports (§5). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('patrols')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.unique())
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    // The station responsible for the unit at the time: history keeps the org as it was.
    .addColumn('org_id', 'uuid', (c) => c.notNull().references('orgs.id'))
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('county_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('patrolled_on', 'date', (c) => c.notNull())
    .addColumn('location_content', 'varchar(300)', (c) => c.notNull())
    .addColumn('problems', 'varchar(1000)', (c) => c.notNull().defaultTo(''))
    .addColumn('remark', 'varchar(300)')
    .addColumn('patroller_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('patroller_name', 'varchar(64)', (c) => c.notNull())
    .addColumn('co_patrollers', 'varchar(100)')
    .addColumn('checklist', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('outcome', 'varchar(16)', (c) =>
      c.notNull().check(sql`outcome in ('no_problem','advised','rectification','referred')`),
    )
    .addColumn('rectification_id', 'uuid')
    .addColumn('latitude', 'numeric(9, 6)')
    .addColumn('longitude', 'numeric(9, 6)')
    .addColumn('captured_at', 'timestamptz')
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index patrols_path_date_idx on patrols (path text_pattern_ops, patrolled_on)`.execute(db);
  await sql`create index patrols_county_date_idx on patrols (county_code, patrolled_on)`.execute(db);
  await sql`create index patrols_unit_idx on patrols (unit_id, patrolled_on)`.execute(db);

  await db.schema
    .createTable('patrol_photos')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('patrol_id', 'uuid', (c) => c.notNull().references('patrols.id'))
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('content_type', 'varchar(32)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('patrol_photos_content_unique', ['patrol_id', 'sha256'])
    .execute();

  await db.schema
    .createTable('rectifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('patrol_id', 'uuid', (c) => c.notNull().references('patrols.id'))
    .addColumn('org_id', 'uuid', (c) => c.notNull().references('orgs.id'))
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('county_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('problems', 'varchar(1000)', (c) => c.notNull())
    .addColumn('required_on', 'date', (c) => c.notNull())
    .addColumn('deadline', 'date', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull().check(sql`status in ('open','closed','escalated')`))
    .addColumn('closed_on', 'date')
    .addColumn('closing_patrol_id', 'uuid', (c) => c.references('patrols.id'))
    .addColumn('escalated_on', 'date')
    .addColumn('escalation_reason', 'varchar(300)')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index rectifications_path_status_idx on rectifications (path text_pattern_ops, status, deadline)`.execute(db);
  await sql`create index rectifications_county_required_idx on rectifications (county_code, required_on)`.execute(db);
  await sql`create index rectifications_unit_idx on rectifications (unit_id)`.execute(db);
  await sql`alter table patrols add constraint patrols_rectification_fk foreign key (rectification_id) references rectifications (id)`.execute(db);

  await db.schema
    .createTable('reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.unique())
    // The reporter's org (station or information point): the report belongs to its area.
    .addColumn('org_id', 'uuid', (c) => c.notNull().references('orgs.id'))
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('county_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('category', 'varchar(32)', (c) => c.notNull())
    .addColumn('sub_category', 'varchar(32)')
    .addColumn('content', 'varchar(1000)', (c) => c.notNull())
    .addColumn('location', 'varchar(200)')
    .addColumn('unit_id', 'uuid', (c) => c.references('units.id'))
    .addColumn('found_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reported_at', 'timestamptz', (c) => c.notNull())
    .addColumn('deadline_at', 'timestamptz', (c) => c.notNull())
    .addColumn('on_time', 'boolean', (c) => c.notNull())
    .addColumn('reporter_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('reporter_name', 'varchar(64)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) =>
      c.notNull().defaultTo('submitted').check(sql`status in ('submitted','accepted','verifying','closed')`),
    )
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('accepted_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('result', 'varchar(1000)')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('reports_found_before_reported', sql`found_at <= reported_at`)
    .execute();
  await sql`create index reports_path_reported_idx on reports (path text_pattern_ops, reported_at)`.execute(db);
  await sql`create index reports_county_status_idx on reports (county_code, status)`.execute(db);

  // Events the institute learned of another way that a station should have reported (DESIGN §5):
  // they count as found but not reported in 信息报告率.
  await db.schema
    .createTable('missed_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('org_id', 'uuid', (c) => c.notNull().references('orgs.id'))
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('county_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('category', 'varchar(32)', (c) => c.notNull())
    .addColumn('found_at', 'timestamptz', (c) => c.notNull())
    .addColumn('source', 'varchar(16)', (c) => c.notNull().check(sql`source in ('complaint','inspection','agency','other')`))
    .addColumn('description', 'varchar(1000)', (c) => c.notNull())
    .addColumn('marked_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index missed_reports_path_found_idx on missed_reports (path text_pattern_ops, found_at)`.execute(db);
}
