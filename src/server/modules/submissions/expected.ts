/**
 * Who must report a data set for a period, and how far each has got: the one query behind status
 * grids, completeness, 按时上报率 and reminders. Shared by the submissions, statistics and
 * notifications modules so "expected" means the same thing everywhere.
 */
import { countsOfOne, type SubmissionCounts, type SubmissionStatus } from '../../../core/submissions.js';
import type { Period } from '../../../core/periods.js';
import type { DataSetTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

export const dataSetColumns = [
  'ds.id', 'ds.code', 'ds.name', 'ds.kind', 'ds.period_type', 'ds.reporting_org_kind', 'ds.deadline_days',
  'ds.path', 'ds.description', 'ds.starts_on', 'ds.ends_on',
] as const;

export type DataSetRef = Pick<DataSetTable, 'reporting_org_kind' | 'path' | 'starts_on' | 'ends_on'> & { id: string };

/** A built-in data set by code ('registers', 'quarterly-summary'). */
export async function findBuiltInDataSet(db: Executor, code: 'registers' | 'quarterly-summary') {
  return db.selectFrom('data_sets as ds').select(dataSetColumns).where('ds.path', '=', '/').where('ds.code', '=', code).executeTakeFirstOrThrow();
}

export interface ExpectedSubmission {
  orgId: string;
  orgName: string;
  path: string;
  countyCode: string | null;
  submissionId: string | null;
  status: SubmissionStatus | null;
  onTime: boolean | null;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  reviewComment: string | null;
}

/**
 * Every org inside `scopePath` that must report `dataSet` for `period`: orgs of the reporting kind
 * inside the data set's own path that existed on at least one day of the period, with their
 * submission if there is one. Empty when the data set was not in force during the period.
 */
export async function expectedSubmissions(
  db: Executor, scopePath: string, dataSet: DataSetRef, period: Period,
): Promise<ExpectedSubmission[]> {
  if (dataSet.starts_on > period.end || (dataSet.ends_on !== null && dataSet.ends_on <= period.start)) return [];
  const rows = await db
    .selectFrom('orgs as o')
    .leftJoin('submissions as s', (join) =>
      join.onRef('s.org_id', '=', 'o.id').on('s.data_set_id', '=', dataSet.id).on('s.period', '=', period.key))
    .select([
      'o.id as org_id', 'o.name as org_name', 'o.path', 'o.county_code', 's.id as submission_id', 's.status',
      's.on_time', 's.submitted_at', 's.reviewed_at', 's.review_comment',
    ])
    .where('o.kind', '=', dataSet.reporting_org_kind)
    .where('o.path', 'like', subtreePattern(scopePath))
    .where('o.path', 'like', subtreePattern(dataSet.path))
    .where('o.valid_from', '<=', period.end)
    .where((eb) => eb.or([eb('o.valid_to', 'is', null), eb('o.valid_to', '>', period.start)]))
    .orderBy('o.path')
    .orderBy('o.name')
    .execute();
  return rows.map((r) => ({
    orgId: r.org_id, orgName: r.org_name, path: r.path, countyCode: r.county_code, submissionId: r.submission_id,
    status: r.status, onTime: r.on_time, submittedAt: r.submitted_at, reviewedAt: r.reviewed_at, reviewComment: r.review_comment,
  }));
}

/** The counts of one expected org (core/submissions countsOfOne), ready to roll up by path. */
export function countsOf(expected: ExpectedSubmission): SubmissionCounts {
  return countsOfOne(expected.status ? { status: expected.status, onTime: expected.onTime } : undefined);
}
