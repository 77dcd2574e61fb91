import { changePercent, evaluateTarget } from '../../../core/dataSets.js';
import { previousPeriod, type Period } from '../../../core/periods.js';
import type { Executor } from '../../db/types.js';
import type { Actor } from '../../scope.js';
import { listAuditEntries } from '../audit/repo.js';
import * as dataSetRepo from '../dataSets/repo.js';
import { toDataSet, toField } from '../dataSets/service.js';
import { stationFigures } from './figures.js';
import * as repo from './repo.js';
import type { SubmissionDetail } from './schemas.js';
import { allowedActions, periodEnded, type SubmissionTarget } from './target.js';

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);
export const periodInfo = (p: Period) => ({ key: p.key, label: p.label, start: p.start, end: p.end });

/** The fields of a custom data set with this period's value, last period's, the change and the target verdict. */
async function fieldValues(tx: Executor, target: SubmissionTarget, previous: Period): Promise<SubmissionDetail['fields']> {
  if (target.dataSet.kind !== 'custom') return [];
  const key = { dataSetId: target.dataSet.id, orgId: target.org.id };
  const [fields, current, before] = [
    await dataSetRepo.listFields(tx, [target.dataSet.id]),
    await repo.listValues(tx, { ...key, period: target.period.key }),
    await repo.listValues(tx, { ...key, period: previous.key }),
  ];
  const valueOf = (rows: typeof current, fieldId: string) => {
    const row = rows.find((r) => r.field_id === fieldId);
    return row ? Number(row.value) : null;
  };
  return fields.map((row) => {
    const field = toField(row);
    const value = valueOf(current, field.id);
    const previousValue = valueOf(before, field.id);
    return {
      ...field, value, previousValue,
      change: value === null ? null : changePercent(value, previousValue),
      targetResult: value === null ? null : evaluateTarget(value, field.target),
    };
  });
}

/** The register figures of the month, or the quarter's with coverage; live, beside the snapshot taken at submission. */
async function figuresOf(tx: Executor, actor: Actor, target: SubmissionTarget) {
  if (target.dataSet.kind === 'custom' || target.org.kind !== 'station') return null;
  const figures = await stationFigures(tx, actor.path, [target.org], target.period, target.dataSet.kind === 'quarterly_summary');
  return figures.get(target.org.id) ?? null;
}

function downloadsOf(target: SubmissionTarget) {
  if (target.dataSet.kind !== 'registers') return null;
  const query = `orgId=${target.org.id}&month=${target.period.key}`;
  return { patrols: `/api/registers/patrols?${query}`, reports: `/api/registers/reports?${query}` };
}

async function historyOf(tx: Executor, actor: Actor, submissionId: string | undefined) {
  if (!submissionId) return [];
  const { items } = await listAuditEntries(tx, actor.path, { entityType: 'submission', entityId: submissionId }, { offset: 0, limit: 100 });
  return items.map((e) => ({ at: new Date(e.at).toISOString(), action: e.action, actorUsername: e.actor_username, summary: e.summary }));
}

export async function buildDetail(tx: Executor, actor: Actor, target: SubmissionTarget, now: Date): Promise<SubmissionDetail> {
  const { dataSet, period, org, submission: s } = target;
  const previous = previousPeriod(period);
  const ended = periodEnded(period, now);
  return {
    dataSet: toDataSet(dataSet, actor),
    org: { id: org.id, name: org.name, path: org.path },
    period: periodInfo(period),
    previousPeriod: periodInfo(previous),
    dueDate: target.dueDate,
    periodEnded: ended,
    submissionId: s?.id ?? null,
    status: s?.status ?? null,
    firstSubmittedAt: iso(s?.first_submitted_at ?? null),
    submittedAt: iso(s?.submitted_at ?? null),
    onTime: s?.on_time ?? null,
    reviewedAt: iso(s?.reviewed_at ?? null),
    reviewComment: s?.review_comment ?? null,
    narrative: s?.narrative ?? null,
    snapshot: s?.snapshot ?? null,
    updatedAt: iso(s?.updated_at ?? null),
    actions: allowedActions(actor, org, s, ended),
    fields: await fieldValues(tx, target, previous),
    figures: await figuresOf(tx, actor, target),
    downloads: downloadsOf(target),
    history: await historyOf(tx, actor, s?.id),
  };
}
