import { sql, type Kysely } from 'kysely';

/**
 * A 双随机 task result and a published grading are each recorded as one 监督检查, so the visit counts
 * in 户次 and 出动人次 (#6). The index finds that inspection from its source record and keeps it to
 * one per record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create unique index inspections_visit_source_idx on inspections (source, source_id)
    where source in ('random', 'grading') and source_id is not null`.execute(db);
}
