import type { Insertable, Updateable } from 'kysely';
import type { DataValueTable, SubmissionTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

export const submissionColumns = [
  'id', 'data_set_id', 'org_id', 'path', 'period', 'due_date', 'status', 'first_submitted_at', 'submitted_at', 'on_time',
  'narrative', 'snapshot', 'reviewed_at', 'reviewer_path', 'review_comment', 'updated_at',
] as const;

function selectSubmissions(db: Executor, scopePath: string) {
  return db.selectFrom('submissions').select(submissionColumns).where('path', 'like', subtreePattern(scopePath));
}
export type SubmissionRow = Awaited<ReturnType<ReturnType<typeof selectSubmissions>['executeTakeFirstOrThrow']>>;

export async function findSubmission(db: Executor, scopePath: string, key: { dataSetId: string; orgId: string; period: string }) {
  return selectSubmissions(db, scopePath)
    .where('data_set_id', '=', key.dataSetId)
    .where('org_id', '=', key.orgId)
    .where('period', '=', key.period)
    .executeTakeFirst();
}

/** One org's submissions of some data sets and periods (the "mine" page in one query). */
export async function listOrgSubmissions(db: Executor, scopePath: string, orgId: string, dataSetIds: string[], periods: string[]) {
  if (dataSetIds.length === 0 || periods.length === 0) return [];
  return selectSubmissions(db, scopePath)
    .where('org_id', '=', orgId)
    .where('data_set_id', 'in', dataSetIds)
    .where('period', 'in', periods)
    .execute();
}

/** Who reviewed what, for the reviewers' grid: only a level above the reviewer may reopen. */
export async function listReviewerPaths(db: Executor, submissionIds: string[]): Promise<Map<string, string | null>> {
  if (submissionIds.length === 0) return new Map();
  const rows = await db.selectFrom('submissions').select(['id', 'reviewer_path']).where('id', 'in', submissionIds).execute();
  return new Map(rows.map((r) => [r.id, r.reviewer_path]));
}

export async function insertSubmission(db: Executor, values: Insertable<SubmissionTable>): Promise<SubmissionRow> {
  return db.insertInto('submissions').values(values).returning(submissionColumns).executeTakeFirstOrThrow();
}

export async function updateSubmission(db: Executor, id: string, values: Updateable<SubmissionTable>): Promise<SubmissionRow> {
  return db.updateTable('submissions').set(values).where('id', '=', id).returning(submissionColumns).executeTakeFirstOrThrow();
}

/** The values of a submission, or of the same org's submission for another period (month-on-month). */
export async function listValues(db: Executor, key: { dataSetId: string; orgId: string; period: string }) {
  return db
    .selectFrom('data_values as v')
    .innerJoin('submissions as s', 's.id', 'v.submission_id')
    .select(['v.field_id', 'v.value'])
    .where('s.data_set_id', '=', key.dataSetId)
    .where('s.org_id', '=', key.orgId)
    .where('s.period', '=', key.period)
    .execute();
}

/** The submission's values become exactly `rows` (a saved form replaces the previous one). */
export async function replaceValues(db: Executor, submissionId: string, rows: Insertable<DataValueTable>[]): Promise<void> {
  await db.deleteFrom('data_values').where('submission_id', '=', submissionId).execute();
  if (rows.length > 0) await db.insertInto('data_values').values(rows).execute();
}

/** Enabled users of the submitting org: the people told about a return or a reopening. */
export async function listRecipients(db: Executor, orgId: string): Promise<string[]> {
  const rows = await db.selectFrom('users').select('id').where('org_id', '=', orgId).where('enabled', '=', true).execute();
  return rows.map((r) => r.id);
}
