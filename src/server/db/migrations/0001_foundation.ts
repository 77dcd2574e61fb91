import { sql, type Kysely } from 'kysely';

// Migrations are forward-only: never edit one that has shipped, add the next.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('divisions')
    .addColumn('code', 'varchar(12)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('level', 'varchar(16)', (c) =>
      c.notNull().check(sql`level in ('province','city','county','township','village')`),
    )
    .addColumn('parent_code', 'varchar(12)', (c) => c.references('divisions.code'))
    .addColumn('path', 'varchar(100)', (c) => c.notNull().unique())
    .execute();
  await sql`create index divisions_parent_idx on divisions (parent_code)`.execute(db);
  await sql`create index divisions_path_idx on divisions (path text_pattern_ops)`.execute(db);

  await db.schema
    .createTable('orgs')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'varchar(24)', (c) =>
      c.notNull().check(sql`kind in ('health_commission','institute','station','info_point')`),
    )
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull().references('divisions.code'))
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('county_code', 'varchar(12)')
    .addColumn('parent_id', 'uuid', (c) => c.references('orgs.id'))
    .addColumn('status', 'varchar(16)', (c) =>
      c.notNull().defaultTo('active').check(sql`status in ('active','closed','merged')`),
    )
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date')
    .addColumn('merged_into_id', 'uuid', (c) => c.references('orgs.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('orgs_valid_range', sql`valid_to is null or valid_to > valid_from`)
    .execute();
  await sql`create index orgs_path_idx on orgs (path text_pattern_ops)`.execute(db);
  await sql`create index orgs_county_idx on orgs (county_code)`.execute(db);
  await sql`create index orgs_parent_idx on orgs (parent_id)`.execute(db);

  await db.schema
    .createTable('org_names')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('org_id', 'uuid', (c) => c.notNull().references('orgs.id'))
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date')
    .execute();
  await sql`create index org_names_org_idx on org_names (org_id, valid_from)`.execute(db);

  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('username', 'varchar(64)', (c) => c.notNull())
    .addColumn('display_name', 'varchar(64)', (c) => c.notNull())
    .addColumn('role', 'varchar(24)', (c) =>
      c.notNull().check(
        sql`role in ('admin','official','inspector','station_head','assistant','informant')`,
      ),
    )
    .addColumn('org_id', 'uuid', (c) => c.notNull().references('orgs.id'))
    .addColumn('phone', 'varchar(32)')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('last_login_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index users_username_idx on users (lower(username))`.execute(db);
  await sql`create index users_org_idx on users (org_id)`.execute(db);

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ip', 'varchar(64)')
    .addColumn('user_agent', 'varchar(300)')
    .execute();
  await sql`create index sessions_user_idx on sessions (user_id)`.execute(db);

  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('username', 'varchar(64)', (c) => c.notNull())
    .addColumn('ip', 'varchar(64)')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('success', 'boolean', (c) => c.notNull())
    .execute();
  await sql`create index login_attempts_username_idx on login_attempts (lower(username), at)`.execute(db);
  await sql`create index login_attempts_ip_idx on login_attempts (ip, at)`.execute(db);

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_id', 'uuid')
    .addColumn('actor_username', 'varchar(64)', (c) => c.notNull())
    .addColumn('action', 'varchar(32)', (c) => c.notNull())
    .addColumn('entity_type', 'varchar(32)', (c) => c.notNull())
    .addColumn('entity_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('summary', 'varchar(300)', (c) => c.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('ip', 'varchar(64)')
    .execute();
  await sql`create index audit_log_path_at_idx on audit_log (path text_pattern_ops, at desc)`.execute(db);
  await sql`create index audit_log_entity_idx on audit_log (entity_type, entity_id)`.execute(db);
  await sql`create index audit_log_at_idx on audit_log (at desc)`.execute(db);

  // The audit log is append-only: the database itself refuses to rewrite history.
  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$`.execute(db);
  await sql`
    create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only()`.execute(db);
  await sql`
    create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()`.execute(db);
}
