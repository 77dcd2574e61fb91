import type { Kysely } from 'kysely';
import { localDate } from '../../../core/dates.js';
import { daysBetween, lastEndedPeriod, previousPeriod, submissionDueDate, type Period } from '../../../core/periods.js';
import { can } from '../../../core/roles.js';
import {
  ZERO_SUBMISSION_COUNTS, addCounts, completenessRate, onTimeSubmissionRate, rollUpByChild, sumCounts, type SubmissionCounts,
} from '../../../core/submissions.js';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import * as dataSetRepo from '../dataSets/repo.js';
import { toDataSet } from '../dataSets/service.js';
import { findDivision, listChildDivisions } from '../divisions/repo.js';
import { findOrg } from '../orgs/repo.js';
import { buildDetail, periodInfo } from './detail.js';
import { countsOf, expectedSubmissions, type ExpectedSubmission } from './expected.js';
import * as repo from './repo.js';
import { buildSubmissionWorkbook } from './workbook.js';
import type { SubmissionGridQuery, SubmissionParams, SubmissionQuery } from './schemas.js';
import { allowedActions, inForce, loadTarget, periodOf, requireDataSet } from './target.js';
import { createSubmissionWorkflow } from './workflow.js';

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);
/** How far back the "mine" page looks: a year of months, or of quarters. */
const RECENT = { month: 12, quarter: 4 } as const;

const withRates = (counts: SubmissionCounts) => ({ counts, completeness: completenessRate(counts), onTimeRate: onTimeSubmissionRate(counts) });

/** The latest ended periods of a type, newest first. */
function recentPeriods(type: 'month' | 'quarter', today: string): Period[] {
  const periods = [lastEndedPeriod(type, today)];
  while (periods.length < RECENT[type]) periods.push(previousPeriod(periods[periods.length - 1]!));
  return periods;
}

/** Whether an expected org is in the grid's filter. */
function matches(item: ExpectedSubmission, state: SubmissionGridQuery['state']): boolean {
  switch (state) {
    case undefined: return true;
    case 'missing': return item.status === null || item.status === 'draft';
    case 'submitted': return item.status === 'submitted';
    case 'accepted': return item.status === 'accepted';
    case 'returned': return item.status === 'returned' || item.status === 'reopened';
    case 'late': return (item.status === 'submitted' || item.status === 'accepted') && item.onTime === false;
  }
}

export function createSubmissionService(deps: { db: Kysely<DB>; clock?: () => Date }) {
  const { db } = deps;
  const clock = deps.clock ?? (() => new Date());

  function requireRead(actor: Actor) {
    if (!can(actor.role, 'submissions.read')) throw new ForbiddenError();
  }

  /** The division a view is about: the `area` asked for (inside the actor's scope) or the actor's own. */
  async function areaOf(tx: Executor, actor: Actor, area: string | undefined) {
    const code = area ?? actor.path.split('/').filter(Boolean).pop() ?? '';
    const division = await findDivision(tx, actor.path, code);
    if (!division) throw new NotFoundError('区划');
    return division;
  }

  async function expectedIn(actor: Actor, query: SubmissionQuery) {
    const dataSet = await requireDataSet(db, actor, query.dataSetId);
    const period = periodOf(dataSet, query.period);
    const area = await areaOf(db, actor, query.area);
    const items = await expectedSubmissions(db, area.path, dataSet, period);
    return { dataSet, period, area, items, dueDate: submissionDueDate(period, dataSet.deadline_days) };
  }

  /** Counts for the area and each child division with orgs to report, rolled up the tree. */
  async function summaryOf(actor: Actor, { dataSet, period, area, items, dueDate }: Awaited<ReturnType<typeof expectedIn>>) {
    const children = await listChildDivisions(db, actor.path, area.code);
    const totals = rollUpByChild(items.map((i) => ({ path: i.path, value: countsOf(i) })), children.map((c) => c.path), addCounts, ZERO_SUBMISSION_COUNTS);
    const node = (d: { code: string; name: string; level: string; path: string }, counts: SubmissionCounts) => ({ code: d.code, name: d.name, level: d.level, path: d.path, ...withRates(counts) });
    return {
      dataSet: toDataSet(dataSet, actor), period: periodInfo(period), dueDate,
      node: node(area, sumCounts(items.map(countsOf))),
      children: children.map((c) => node(c, totals.get(c.path)!)).filter((c) => c.counts.expected > 0),
    };
  }

  return {
    ...createSubmissionWorkflow({ db, clock }),

    async summary(actor: Actor, query: SubmissionQuery) {
      requireRead(actor);
      return summaryOf(actor, await expectedIn(actor, query));
    },

    /** The actor's own org: each data set it must report, with its recent ended periods and their state. */
    async mine(actor: Actor) {
      requireRead(actor);
      const org = await findOrg(db, actor.path, actor.orgId);
      if (!org) throw new NotFoundError('机构');
      const today = localDate(clock());
      const dataSets = (await dataSetRepo.listDataSets(db, actor.path)).filter((ds) => ds.reporting_org_kind === org.kind && org.path.startsWith(ds.path));
      const periodsOf = new Map(dataSets.map((ds) => [ds.id, recentPeriods(ds.period_type, today).filter((p) =>
        inForce(ds, p) && org.valid_from <= p.end && (org.valid_to === null || org.valid_to > p.start))]));
      const keys = [...new Set([...periodsOf.values()].flat().map((p) => p.key))];
      const rows = await repo.listOrgSubmissions(db, actor.path, org.id, dataSets.map((ds) => ds.id), keys);
      const items = dataSets.map((ds) => ({
        dataSet: toDataSet(ds, actor),
        periods: periodsOf.get(ds.id)!.map((period) => {
          const s = rows.find((r) => r.data_set_id === ds.id && r.period === period.key);
          const dueDate = submissionDueDate(period, ds.deadline_days);
          return {
            period: periodInfo(period), dueDate, daysLeft: daysBetween(today, dueDate), status: s?.status ?? null,
            submittedAt: iso(s?.submitted_at ?? null), onTime: s?.on_time ?? null, reviewComment: s?.review_comment ?? null,
          };
        }),
      }));
      return { orgId: org.id, orgName: org.name, today, items };
    },

    /** The reviewers' grid: every org inside the area that must report, its state and what the actor may do. */
    async grid(actor: Actor, query: SubmissionGridQuery) {
      requireRead(actor);
      const { dataSet, period, items, dueDate } = await expectedIn(actor, query);
      const counts = sumCounts(items.map(countsOf));
      const filtered = items.filter((item) => matches(item, query.state));
      const page = filtered.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
      const reviewers = await repo.listReviewerPaths(db, page.map((i) => i.submissionId).filter((id): id is string => id !== null));
      const ended = localDate(clock()) > period.end;
      return {
        dataSet: toDataSet(dataSet, actor), period: periodInfo(period), dueDate, ...withRates(counts), total: filtered.length,
        items: page.map((item) => ({
          orgId: item.orgId, orgName: item.orgName, path: item.path, status: item.status, submittedAt: iso(item.submittedAt),
          onTime: item.onTime, reviewedAt: iso(item.reviewedAt), reviewComment: item.reviewComment,
          actions: allowedActions(
            actor, { id: item.orgId, path: item.path },
            item.status && item.submissionId ? { status: item.status, reviewer_path: reviewers.get(item.submissionId) ?? null } : undefined, ended,
          ),
        })),
      };
    },


    /** The summary and every expected org as a workbook (the submission bulletin). */
    async summaryWorkbook(actor: Actor, query: SubmissionQuery) {
      requireRead(actor);
      const expected = await expectedIn(actor, query);
      const result = await summaryOf(actor, expected);
      const title = `${result.node.name} ${result.period.label}“${result.dataSet.name}”报送情况`;
      const content = await buildSubmissionWorkbook({
        title, dueDate: result.dueDate,
        rows: [...result.children, { ...result.node, name: `合计：${result.node.name}` }],
        items: expected.items,
      });
      return { filename: `${title}.xlsx`, asciiFilename: `submissions-${result.node.code}-${result.period.key}.xlsx`, content };
    },

    async get(actor: Actor, key: SubmissionParams) {
      requireRead(actor);
      return buildDetail(db, actor, await loadTarget(db, actor, key), clock());
    },
  };
}
export type SubmissionService = ReturnType<typeof createSubmissionService>;
