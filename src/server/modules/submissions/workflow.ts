/**
 * The submission cycle's writes: save a draft, submit, and the review acts (accept, return, reopen).
 * Each is one transaction with its audit entry; return and reopen also tell the submitting org.
 */
import type { Kysely } from 'kysely';
import { valueProblem } from '../../../core/dataSets.js';
import { isSubmittedOnTime } from '../../../core/periods.js';
import { can } from '../../../core/roles.js';
import { SUBMISSION_STATUS_LABELS, isEditable, submissionActionProblem } from '../../../core/submissions.js';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import * as dataSetRepo from '../dataSets/repo.js';
import { insertNotifications } from '../notifications/repo.js';
import { buildDetail } from './detail.js';
import { stationFigures } from './figures.js';
import * as repo from './repo.js';
import type { SaveSubmissionBody, SubmissionDetail, SubmissionParams } from './schemas.js';
import { isAboveReviewer, isReviewerOf, isSubmitter, loadTarget, periodEnded, type SubmissionTarget } from './target.js';

type ReviewAction = 'accept' | 'return' | 'reopen';
const REVIEW_LABELS: Record<ReviewAction, string> = { accept: '审核通过', return: '退回', reopen: '重开' };

/** What the audit log keeps of a submission: its state and, for custom data sets, its values by field code. */
async function stateOf(tx: Executor, target: SubmissionTarget, row: repo.SubmissionRow | undefined) {
  if (!row) return null;
  const values = target.dataSet.kind === 'custom' ? await valuesByCode(tx, target) : undefined;
  return { status: row.status, narrative: row.narrative, onTime: row.on_time, reviewComment: row.review_comment, values };
}

async function valuesByCode(tx: Executor, target: SubmissionTarget): Promise<Record<string, number>> {
  const fields = await dataSetRepo.listFields(tx, [target.dataSet.id]);
  const rows = await repo.listValues(tx, { dataSetId: target.dataSet.id, orgId: target.org.id, period: target.period.key });
  const codeOf = new Map(fields.map((f) => [f.id, f.code]));
  return Object.fromEntries(rows.map((r) => [codeOf.get(r.field_id)!, Number(r.value)]));
}

export function createSubmissionWorkflow({ db, clock = () => new Date() }: { db: Kysely<DB>; clock?: () => Date }) {
  const summaryOf = (t: SubmissionTarget, what: string) => `${t.org.name}${t.period.label}“${t.dataSet.name}”${what}`;

  /** Values must belong to the data set and fit their field; errors name `values.<code>`. */
  async function writeValues(tx: Executor, target: SubmissionTarget, submissionId: string, values: Record<string, number | null>) {
    const entries = Object.entries(values).filter(([, v]) => v !== null) as [string, number][];
    if (target.dataSet.kind !== 'custom') {
      if (entries.length > 0) throw ValidationError.field('values', '该数据集没有需要填写的数值');
      return;
    }
    const fields = new Map((await dataSetRepo.listFields(tx, [target.dataSet.id])).map((f) => [f.code, f]));
    for (const code of Object.keys(values)) if (!fields.has(code)) throw ValidationError.field(`values.${code}`, '数据集中没有该字段');
    for (const [code, value] of entries) {
      const problem = valueProblem(value, fields.get(code)!);
      if (problem) throw ValidationError.field(`values.${code}`, problem);
    }
    await repo.replaceValues(tx, submissionId, entries.map(([code, value]) => ({ submission_id: submissionId, field_id: fields.get(code)!.id, value })));
  }

  /** Creates the draft on first save, or updates it; the org's own figures only, never the review fields. */
  async function writeDraft(tx: Executor, target: SubmissionTarget, input: SaveSubmissionBody, now: Date): Promise<repo.SubmissionRow> {
    const { org, period } = target;
    const narrative = input.narrative === undefined ? undefined : input.narrative || null;
    const row = target.submission
      ? await repo.updateSubmission(tx, target.submission.id, { narrative, updated_at: now })
      : await repo.insertSubmission(tx, {
        data_set_id: target.dataSet.id, org_id: org.id, path: org.path, county_code: org.county_code, period: period.key,
        period_start: period.start, period_end: period.end, due_date: target.dueDate, status: 'draft', narrative: narrative ?? null,
        created_at: now, updated_at: now,
      });
    if (input.values !== undefined) await writeValues(tx, target, row.id, input.values);
    return row;
  }

  /** Everything a submission needs before it goes up; errors name the field to fill. */
  async function checkComplete(tx: Executor, target: SubmissionTarget, row: repo.SubmissionRow) {
    if (target.dataSet.kind === 'quarterly_summary' && !row.narrative) throw ValidationError.field('narrative', '请填写季度工作小结');
    if (target.dataSet.kind !== 'custom') return;
    const values = await valuesByCode(tx, target);
    for (const field of await dataSetRepo.listFields(tx, [target.dataSet.id])) {
      const value = values[field.code];
      if (value === undefined) throw ValidationError.field(`values.${field.code}`, `请填写${field.name}（没有的填 0）`);
      const problem = valueProblem(value, field);
      if (problem) throw ValidationError.field(`values.${field.code}`, problem);
    }
    return values;
  }

  async function snapshotOf(tx: Executor, actor: Actor, target: SubmissionTarget, values: Record<string, number> | undefined) {
    if (target.dataSet.kind === 'custom') return { values };
    const figures = await stationFigures(tx, actor.path, [target.org], target.period, target.dataSet.kind === 'quarterly_summary');
    return figures.get(target.org.id) ?? null;
  }

  function requireSubmitter(actor: Actor, target: SubmissionTarget) {
    if (!isSubmitter(actor, target.org.id)) throw new ForbiddenError('只有报送单位本单位的人员可以填报和报送');
  }

  async function notify(tx: Executor, target: SubmissionTarget, row: repo.SubmissionRow, action: 'return' | 'reopen', comment: string) {
    const kind = action === 'return' ? 'submission_returned' : 'submission_reopened';
    const title = `${target.dataSet.name}（${target.period.label}）已被${REVIEW_LABELS[action]}`;
    const link = `/submissions/${target.dataSet.id}/${target.org.id}/${target.period.key}`;
    // One per event and person: the event is the submission at this update instant.
    const event = `${kind}:${row.id}:${new Date(row.updated_at).getTime()}`;
    const users = await repo.listRecipients(tx, target.org.id);
    await insertNotifications(tx, users.map((userId) => ({ user_id: userId, kind, title, body: comment.slice(0, 500), link, dedupe_key: `${event}:${userId}` })));
  }

  return {
    async save(actor: Actor, key: SubmissionParams, input: SaveSubmissionBody): Promise<SubmissionDetail> {
      if (!can(actor.role, 'submissions.submit')) throw new ForbiddenError();
      return db.transaction().execute(async (tx) => {
        const target = await loadTarget(tx, actor, key);
        requireSubmitter(actor, target);
        const status = target.submission?.status;
        if (!isEditable(status)) throw new ConflictError(`当前状态为“${SUBMISSION_STATUS_LABELS[status!]}”，不能修改；如需修改，请联系审核单位`);
        const now = clock();
        const before = await stateOf(tx, target, target.submission);
        const row = await writeDraft(tx, target, input, now);
        await audit(tx, actor, { action: 'save', entityType: 'submission', entityId: row.id, path: target.org.path, summary: summaryOf(target, '保存草稿'), before, after: await stateOf(tx, target, row) });
        return buildDetail(tx, actor, { ...target, submission: row }, now);
      });
    },

    /** Sends the period up; timeliness is judged once, on the first submission, and kept through returns. */
    async submit(actor: Actor, key: SubmissionParams, input: SaveSubmissionBody): Promise<SubmissionDetail> {
      if (!can(actor.role, 'submissions.submit')) throw new ForbiddenError();
      return db.transaction().execute(async (tx) => {
        const target = await loadTarget(tx, actor, key);
        requireSubmitter(actor, target);
        const problem = submissionActionProblem('submit', target.submission?.status);
        if (problem) throw new ConflictError(problem);
        const now = clock();
        if (!periodEnded(target.period, now)) throw new ConflictError(`${target.period.label}尚未结束，${target.period.end}之后才能报送`);
        const before = await stateOf(tx, target, target.submission);
        const draft = await writeDraft(tx, target, input, now);
        const values = await checkComplete(tx, target, draft);
        const first = draft.first_submitted_at ? new Date(draft.first_submitted_at) : now;
        const row = await repo.updateSubmission(tx, draft.id, {
          status: 'submitted', first_submitted_at: first, submitted_at: now, submitted_by: actor.userId || null,
          on_time: draft.on_time ?? isSubmittedOnTime(first, target.dueDate),
          snapshot: JSON.stringify(await snapshotOf(tx, actor, target, values)), updated_at: now,
        });
        await audit(tx, actor, {
          action: 'submit', entityType: 'submission', entityId: row.id, path: target.org.path,
          summary: summaryOf(target, row.on_time ? '报送' : '报送（逾期）'), before, after: await stateOf(tx, target, row),
        });
        return buildDetail(tx, actor, { ...target, submission: row }, now);
      });
    },

    /** Accept, return (comment required) or reopen (a level above the one that accepted; comment required). */
    async review(actor: Actor, key: SubmissionParams, action: ReviewAction, comment?: string): Promise<SubmissionDetail> {
      if (!can(actor.role, 'submissions.review')) throw new ForbiddenError();
      return db.transaction().execute(async (tx) => {
        const target = await loadTarget(tx, actor, key);
        if (!isReviewerOf(actor, target.org.path)) throw new ForbiddenError('只有报送单位的上级单位可以审核');
        const problem = submissionActionProblem(action, target.submission?.status);
        if (problem) throw new ConflictError(problem);
        const before = target.submission!;
        if (action === 'reopen' && !isAboveReviewer(actor, before.reviewer_path)) {
          throw new ForbiddenError('该报送已审核通过，只有审核单位的上级单位可以重开');
        }
        const now = clock();
        const row = await repo.updateSubmission(tx, before.id, {
          status: action === 'accept' ? 'accepted' : action === 'return' ? 'returned' : 'reopened',
          reviewed_at: now, reviewed_by: actor.userId || null, reviewer_path: actor.path, review_comment: comment || null, updated_at: now,
        });
        if (action !== 'accept') await notify(tx, target, row, action, comment ?? '');
        await audit(tx, actor, {
          action, entityType: 'submission', entityId: row.id, path: target.org.path,
          summary: summaryOf(target, `${REVIEW_LABELS[action]}${comment ? `：${comment}` : ''}`),
          before: await stateOf(tx, target, before), after: await stateOf(tx, target, row),
        });
        return buildDetail(tx, actor, { ...target, submission: row }, now);
      });
    },
  };
}
