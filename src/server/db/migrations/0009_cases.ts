import { sql, type Kysely } from 'kysely';

/** The institute's inspections, rectification orders and administrative-penalty cases (DESIGN §7). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inspections')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('county_code', 'varchar(12)', (c) => c.notNull())
    // The unit's path, so the inspection is seen exactly where the unit is.
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('inspected_on', 'date', (c) => c.notNull())
    // [{ id, name }]: names kept as they were that day, for the record.
    .addColumn('inspectors', 'jsonb', (c) => c.notNull())
    .addColumn('inspector_count', 'integer', (c) => c.notNull().check(sql`inspector_count >= 1`))
    .addColumn('source', 'varchar(16)', (c) =>
      c.notNull().check(sql`source in ('routine','complaint','report','rectification','random','grading','licensing','case','other')`))
    .addColumn('source_id', 'uuid')
    .addColumn('findings', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('result', 'varchar(12)', (c) => c.notNull().check(sql`result in ('compliant','rectify','case','other')`))
    // The deadline this inspection set (责令整改), kept even when a re-inspection extends the order.
    .addColumn('deadline', 'date')
    .addColumn('follow_up_of', 'uuid', (c) => c.references('inspections.id'))
    // Only on an inspection that issued an order: its current status and deadline.
    .addColumn('order_status', 'varchar(12)', (c) => c.check(sql`order_status in ('open','closed','case_filed')`))
    .addColumn('order_deadline', 'date')
    .addColumn('order_closed_on', 'date')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('inspections_deadline', sql`deadline is null or deadline > inspected_on`)
    .execute();
  await sql`create index inspections_path_date_idx on inspections (path text_pattern_ops, inspected_on)`.execute(db);
  await sql`create index inspections_follow_up_idx on inspections (follow_up_of)`.execute(db);

  await db.schema
    .createTable('cases')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_no', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('county_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('unit_id', 'uuid', (c) => c.references('units.id'))
    .addColumn('party_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('area', 'varchar(16)', (c) =>
      c.notNull().check(sql`area in ('medical','medical_waste','infectious','radiation','public_place','drinking_water','other')`))
    .addColumn('cause', 'varchar(500)', (c) => c.notNull())
    .addColumn('source', 'varchar(16)', (c) => c.notNull().check(sql`source in ('inspection','complaint','report','rectification','random','other')`))
    .addColumn('source_id', 'uuid')
    .addColumn('handlers', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) =>
      c.notNull().defaultTo('filed').check(sql`status in ('filed','investigating','decided','executing','closed','dismissed')`))
    .addColumn('filed_on', 'date', (c) => c.notNull())
    .addColumn('investigated_on', 'date')
    .addColumn('decided_on', 'date')
    .addColumn('penalty_types', 'jsonb')
    .addColumn('fine_amount', 'numeric(14, 2)')
    .addColumn('confiscation_amount', 'numeric(14, 2)')
    .addColumn('violation_basis', 'varchar(1000)')
    .addColumn('penalty_basis', 'varchar(1000)')
    .addColumn('discretion', 'varchar(12)', (c) => c.check(sql`discretion in ('slight','ordinary','serious','severe')`))
    .addColumn('executed_on', 'date')
    .addColumn('amount_paid', 'numeric(14, 2)')
    .addColumn('closed_on', 'date')
    .addColumn('closing_summary', 'varchar(2000)')
    .addColumn('dismissed_on', 'date')
    .addColumn('dismissal_reason', 'varchar(500)')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('cases_county_year_seq', ['county_code', 'year', 'seq'])
    .addCheckConstraint('cases_amounts', sql`(fine_amount is null or fine_amount > 0) and (confiscation_amount is null or confiscation_amount > 0) and (amount_paid is null or amount_paid >= 0)`)
    .execute();
  await sql`create index cases_path_status_idx on cases (path text_pattern_ops, status, filed_on)`.execute(db);
  await sql`create index cases_source_idx on cases (source, source_id)`.execute(db);

  await db.schema
    .createTable('case_documents')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('file_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('content_type', 'varchar(100)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'char(64)', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index case_documents_case_idx on case_documents (case_id)`.execute(db);
}
