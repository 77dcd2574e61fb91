import { sql, type Kysely } from 'kysely';

/** Supervised units (管理相对人档案), DESIGN §3. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('units')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // Set by the device for field writes: a retried sync finds the record it already made.
    .addColumn('client_id', 'uuid', (c) => c.unique())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('credit_code', 'varchar(18)')
    .addColumn('category', 'varchar(32)', (c) => c.notNull())
    .addColumn('sub_category', 'varchar(32)', (c) => c.notNull())
    .addColumn('address', 'varchar(200)', (c) => c.notNull())
    .addColumn('township_code', 'varchar(12)', (c) => c.notNull().references('divisions.code'))
    .addColumn('village_code', 'varchar(12)', (c) => c.references('divisions.code'))
    // The station responsible, found from the township when the unit is filed.
    .addColumn('org_id', 'uuid', (c) => c.notNull().references('orgs.id'))
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('county_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('latitude', 'numeric(9, 6)')
    .addColumn('longitude', 'numeric(9, 6)')
    .addColumn('person_in_charge', 'varchar(32)')
    .addColumn('phone', 'varchar(32)')
    .addColumn('licence_type', 'varchar(50)')
    .addColumn('licence_no', 'varchar(50)')
    .addColumn('licence_issued_on', 'date')
    .addColumn('licence_expires_on', 'date')
    .addColumn('employees', 'integer')
    .addColumn('employees_certified', 'integer')
    .addColumn('status', 'varchar(16)', (c) =>
      c.notNull().defaultTo('operating').check(sql`status in ('operating','suspended','closed')`),
    )
    .addColumn('hygiene_grade', 'varchar(1)', (c) => c.check(sql`hygiene_grade in ('A','B','C')`))
    .addColumn('risk_level', 'varchar(8)', (c) => c.check(sql`risk_level in ('low','medium','high')`))
    .addColumn('closed_on', 'date')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('units_employees_certified', sql`employees_certified is null or employees is null or employees_certified <= employees`)
    .addCheckConstraint('units_licence_dates', sql`licence_expires_on is null or licence_issued_on is null or licence_expires_on >= licence_issued_on`)
    .execute();
  await sql`create index units_path_idx on units (path text_pattern_ops)`.execute(db);
  await sql`create index units_county_category_idx on units (county_code, category, status)`.execute(db);
  await sql`create index units_org_idx on units (org_id, status)`.execute(db);
  await sql`create index units_licence_expiry_idx on units (county_code, licence_expires_on)`.execute(db);
  // One file per legal entity in a county: re-importing the same register adds no duplicates.
  await sql`create unique index units_credit_code_idx on units (county_code, credit_code) where credit_code is not null`.execute(db);
}
