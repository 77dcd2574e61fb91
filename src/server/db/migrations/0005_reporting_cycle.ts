import { sql, type Kysely } from 'kysely';

/**
 * The reporting cycle (DESIGN §6, §9): data sets, submissions per org and period with their review,
 * the values of generic data sets, and in-app notifications.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('data_sets')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'varchar(40)', (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    // registers: the two monthly registers, built from the records; quarterly_summary: a narrative
    // with the quarter's figures; custom: fields an administrator defined.
    .addColumn('kind', 'varchar(24)', (c) => c.notNull().check(sql`kind in ('registers','quarterly_summary','custom')`))
    .addColumn('period_type', 'varchar(8)', (c) => c.notNull().check(sql`period_type in ('month','quarter')`))
    .addColumn('reporting_org_kind', 'varchar(24)', (c) =>
      c.notNull().check(sql`reporting_org_kind in ('health_commission','institute','station','info_point')`),
    )
    // Days after the period's last day; the due date itself is included.
    .addColumn('deadline_days', 'integer', (c) => c.notNull().check(sql`deadline_days between 0 and 366`))
    // The owner's division path: orgs of the reporting kind inside it must report. '/' is everywhere.
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('description', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    // Expected from the period containing starts_on; no longer after ends_on (exclusive).
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('data_sets_code_unique', ['path', 'code'])
    .execute();
  await sql`create index data_sets_path_idx on data_sets (path text_pattern_ops)`.execute(db);

  await db.schema
    .createTable('data_set_fields')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('data_set_id', 'uuid', (c) => c.notNull().references('data_sets.id'))
    .addColumn('code', 'varchar(40)', (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('group_name', 'varchar(40)', (c) => c.notNull().defaultTo(''))
    .addColumn('unit', 'varchar(16)', (c) => c.notNull())
    .addColumn('decimals', 'integer', (c) => c.notNull().defaultTo(0).check(sql`decimals between 0 and 4`))
    .addColumn('target_kind', 'varchar(8)', (c) =>
      c.notNull().defaultTo('none').check(sql`target_kind in ('none','floor','ceiling','range')`),
    )
    .addColumn('target_min', 'numeric')
    .addColumn('target_max', 'numeric')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('data_set_fields_code_unique', ['data_set_id', 'code'])
    .execute();

  await db.schema
    .createTable('submissions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('data_set_id', 'uuid', (c) => c.notNull().references('data_sets.id'))
    .addColumn('org_id', 'uuid', (c) => c.notNull().references('orgs.id'))
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('county_code', 'varchar(12)')
    .addColumn('period', 'varchar(24)', (c) => c.notNull())
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) =>
      c.notNull().check(sql`status in ('draft','submitted','accepted','returned','reopened')`),
    )
    // Timeliness is judged on the first submission: a return for correction is the reviewer's act.
    .addColumn('first_submitted_at', 'timestamptz')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('submitted_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('on_time', 'boolean')
    .addColumn('narrative', 'text')
    // The figures as they were when submitted (register row counts, quarter indicators).
    .addColumn('snapshot', 'jsonb')
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('reviewed_by', 'uuid', (c) => c.references('users.id'))
    // The reviewer's org path: only a level above it may reopen an accepted submission.
    .addColumn('reviewer_path', 'varchar(100)')
    .addColumn('review_comment', 'varchar(500)')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('submissions_org_period_unique', ['data_set_id', 'org_id', 'period'])
    .execute();
  await sql`create index submissions_set_period_path_idx on submissions (data_set_id, period, path text_pattern_ops)`.execute(db);
  await sql`create index submissions_path_status_idx on submissions (path text_pattern_ops, status)`.execute(db);

  await db.schema
    .createTable('data_values')
    .addColumn('submission_id', 'uuid', (c) => c.notNull().references('submissions.id'))
    .addColumn('field_id', 'uuid', (c) => c.notNull().references('data_set_fields.id'))
    .addColumn('value', 'numeric', (c) => c.notNull())
    .addPrimaryKeyConstraint('data_values_pk', ['submission_id', 'field_id'])
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('body', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('link', 'varchar(200)')
    // One notification per event and recipient: a scheduler run repeated after a restart adds nothing.
    .addColumn('dedupe_key', 'varchar(200)', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute();
  await sql`create index notifications_user_idx on notifications (user_id, created_at desc)`.execute(db);
  await sql`create index notifications_unread_idx on notifications (user_id) where read_at is null`.execute(db);

  // 协管员证 (DESIGN §8): the assistants' certificate rate counts the valid ones.
  await sql`alter table users add column certificate_no varchar(50)`.execute(db);
  await sql`alter table users add column certificate_expires_on date`.execute(db);

  // The two built-in data sets every station reports (DESIGN §6).
  await sql`
    insert into data_sets (code, name, kind, period_type, reporting_org_kind, deadline_days, path, description, starts_on)
    values
      ('registers', '协管月报（巡查登记表、信息报告登记表）', 'registers', 'month', 'station', 19, '/',
       '上月《卫生监督协管巡查登记表》和《卫生监督协管信息报告登记表》，次月19日（含）前报送。', '2000-01-01'),
      ('quarterly-summary', '季度工作小结', 'quarterly_summary', 'quarter', 'station', 19, '/',
       '季度工作情况与本季度指标，季度结束后次月19日（含）前报送。', '2000-01-01')
  `.execute(db);
}
