/**
 * What a request names by (data set, org, period): the data set as the actor sees it, the period,
 * the org (in the actor's scope and one that must report it then) and its submission if any. Also
 * who may do what with it — the one place the submit and review rules of the cycle are applied.
 */
import { localDate } from '../../../core/dates.js';
import { parsePeriod, submissionDueDate, type Period } from '../../../core/periods.js';
import { can } from '../../../core/roles.js';
import { isEditable, submissionActionProblem } from '../../../core/submissions.js';
import type { Executor } from '../../db/types.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import * as dataSetRepo from '../dataSets/repo.js';
import { findOrg, type OrgRow } from '../orgs/repo.js';
import * as repo from './repo.js';
import type { Action } from './schemas.js';

export interface SubmissionTarget {
  dataSet: dataSetRepo.DataSetRow;
  period: Period;
  dueDate: string;
  org: OrgRow;
  submission: repo.SubmissionRow | undefined;
}

/** The period a key names, of the data set's period type; errors name the `period` field. */
export function periodOf(dataSet: { period_type: 'month' | 'quarter' }, key: string): Period {
  let period: Period;
  try {
    period = parsePeriod(key);
  } catch (error) {
    throw ValidationError.field('period', (error as Error).message);
  }
  if (period.type !== dataSet.period_type) {
    throw ValidationError.field('period', dataSet.period_type === 'month' ? '该数据集按月报送，时段应为 2026-03 格式' : '该数据集按季度报送，时段应为 2026Q1 格式');
  }
  return period;
}

export async function requireDataSet(tx: Executor, actor: Actor, id: string) {
  const dataSet = await dataSetRepo.findDataSet(tx, actor.path, id);
  if (!dataSet) throw new NotFoundError('数据集');
  return dataSet;
}

/** Whether the data set is in force during the period (the same rule as expectedSubmissions). */
export function inForce(dataSet: { starts_on: string; ends_on: string | null }, period: Period): boolean {
  return dataSet.starts_on <= period.end && (dataSet.ends_on === null || dataSet.ends_on > period.start);
}

export async function loadTarget(tx: Executor, actor: Actor, key: { dataSetId: string; orgId: string; period: string }): Promise<SubmissionTarget> {
  const dataSet = await requireDataSet(tx, actor, key.dataSetId);
  const period = periodOf(dataSet, key.period);
  const org = await findOrg(tx, actor.path, key.orgId);
  if (!org) throw new NotFoundError('机构');
  const expected = org.kind === dataSet.reporting_org_kind && org.path.startsWith(dataSet.path) && inForce(dataSet, period)
    && org.valid_from <= period.end && (org.valid_to === null || org.valid_to > period.start);
  if (!expected) throw new NotFoundError(`${org.name}${period.label}的“${dataSet.name}”报送任务`);
  const submission = await repo.findSubmission(tx, actor.path, { dataSetId: dataSet.id, orgId: org.id, period: period.key });
  return { dataSet, period, dueDate: submissionDueDate(period, dataSet.deadline_days), org, submission };
}

/** The submitting org's own people with submissions.submit. */
export function isSubmitter(actor: Actor, orgId: string): boolean {
  return can(actor.role, 'submissions.submit') && actor.orgId === orgId;
}

/** A reviewer works at a level strictly above the submitting org (a county institute for its stations). */
export function isReviewerOf(actor: Actor, orgPath: string): boolean {
  return can(actor.role, 'submissions.review') && orgPath.startsWith(actor.path) && orgPath !== actor.path;
}

/** Only a level above the one that accepted may reopen: the reviewer's path lies strictly inside the actor's. */
export function isAboveReviewer(actor: Actor, reviewerPath: string | null): boolean {
  return reviewerPath !== null && reviewerPath.startsWith(actor.path) && reviewerPath !== actor.path;
}

export function periodEnded(period: Period, now: Date): boolean {
  return localDate(now) > period.end;
}

/** What the actor may do now with one org's submission, for buttons in the web app. */
export function allowedActions(
  actor: Actor, org: { id: string; path: string }, submission: { status: repo.SubmissionRow['status']; reviewer_path: string | null } | undefined, ended: boolean,
): Action[] {
  const status = submission?.status;
  const actions: Action[] = [];
  if (isSubmitter(actor, org.id)) {
    if (isEditable(status)) actions.push('save');
    if (ended && submissionActionProblem('submit', status) === null) actions.push('submit');
  }
  if (isReviewerOf(actor, org.path)) {
    if (status === 'submitted') actions.push('accept', 'return');
    if (status === 'accepted' && isAboveReviewer(actor, submission?.reviewer_path ?? null)) actions.push('reopen');
  }
  return actions;
}
