import { sql, type Kysely } from 'kysely';

/** 双随机一公开 (DESIGN §7): item lists, plans with a committed seed, drawn tasks, declared conflicts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('random_inspection_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('org_id', 'uuid', (c) => c.notNull().references('orgs.id'))
    // The owning org's path: a county sees its own list and those of its city and province.
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('legal_basis', 'varchar(1000)', (c) => c.notNull())
    .addColumn('categories', 'jsonb', (c) => c.notNull())
    .addColumn('ratio', sql`numeric(5,2)`, (c) => c.notNull().check(sql`ratio >= 0 and ratio <= 100`))
    .addColumn('frequency', 'varchar(20)', (c) => c.notNull())
    .addColumn('method', 'varchar(20)', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index random_inspection_items_path_idx on random_inspection_items (path text_pattern_ops)`.execute(db);

  await db.schema
    .createTable('random_inspection_plans')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('random_inspection_items.id'))
    .addColumn('county_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('batch', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'date', (c) => c.notNull())
    .addColumn('window_end', 'date', (c) => c.notNull())
    // An explicit number of units; null means ceil(candidates × the item's ratio).
    .addColumn('unit_count', 'integer')
    .addColumn('inspectors_per_unit', 'integer', (c) => c.notNull().defaultTo(2))
    .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft','committed','drawn','published','cancelled')`))
    // Secret until the draw (or a cancellation after the commit); only its hash is published before.
    .addColumn('seed', 'char(64)')
    .addColumn('commitment', 'char(64)')
    // Candidates, pool (with the public codes), conflicts and counts as frozen at the commit.
    .addColumn('frozen', 'jsonb')
    .addColumn('committed_at', 'timestamptz')
    .addColumn('drawn_at', 'timestamptz')
    .addColumn('drawn_on', 'date')
    .addColumn('published_at', 'timestamptz')
    .addColumn('cancel_reason', 'varchar(500)')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('random_inspection_plans_window', sql`window_end >= window_start`)
    .addCheckConstraint('random_inspection_plans_seed', sql`status = 'draft' or (seed is not null and commitment is not null) or (status = 'cancelled' and commitment is null)`)
    .execute();
  await sql`create index random_inspection_plans_path_idx on random_inspection_plans (path text_pattern_ops, status)`.execute(db);

  await db.schema
    .createTable('random_inspection_tasks')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('random_inspection_plans.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    // The codes drawn (the frozen pool maps them to people), in the order the draw chose them.
    .addColumn('inspector_codes', 'jsonb', (c) => c.notNull())
    .addColumn('result', 'varchar(16)', (c) => c.check(sql`result in ('no_problem','rectification','case','unable')`))
    .addColumn('result_on', 'date')
    .addColumn('summary', 'varchar(1000)')
    .addColumn('recorded_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('recorded_at', 'timestamptz')
    .addUniqueConstraint('random_inspection_tasks_plan_unit', ['plan_id', 'unit_id'])
    .execute();
  await sql`create index random_inspection_tasks_unit_idx on random_inspection_tasks (unit_id)`.execute(db);

  await db.schema
    .createTable('inspector_conflicts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('inspector_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    // The unit's path: the conflict is seen where the unit is.
    .addColumn('path', 'varchar(100)', (c) => c.notNull())
    .addColumn('reason', 'varchar(500)', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('inspector_conflicts_pair', ['inspector_id', 'unit_id'])
    .execute();
  await sql`create index inspector_conflicts_path_idx on inspector_conflicts (path text_pattern_ops)`.execute(db);
}
