import type { Kysely } from 'kysely';
import { informationReportingRate, timelyReportingRate } from '../../../core/indicators.js';
import {
  isReportedOnTime, isValidReportSubCategory, reportCategoryByCode, reportDeadline, reportTimesProblem,
  type ReportDeadlineHours,
} from '../../../core/reports.js';
import { localDate } from '../../../core/dates.js';
import { can } from '../../../core/roles.js';
import type { DB, ReportStatus } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { localDayRange } from '../../time.js';
import { audit } from '../audit/service.js';
import { findOrg } from '../orgs/repo.js';
import { assertMonthOpen } from '../submissions/lock.js';
import { findUnit } from '../units/repo.js';
import * as repo from './repo.js';
import type { CreateReportBody, ListReportsQuery, MarkMissedBody, Report } from './schemas.js';

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

export function toReport(row: repo.ReportRow): Report {
  return {
    id: row.id, orgId: row.org_id, orgName: row.org_name, category: row.category as Report['category'],
    subCategory: row.sub_category, content: row.content, location: row.location, unitId: row.unit_id, unitName: row.unit_name,
    foundAt: iso(row.found_at)!, reportedAt: iso(row.reported_at)!, deadlineAt: iso(row.deadline_at)!, onTime: row.on_time,
    reporterId: row.reporter_id, reporterName: row.reporter_name, status: row.status, acceptedAt: iso(row.accepted_at),
    result: row.result, closedAt: iso(row.closed_at), receivedAt: iso(row.received_at)!,
  };
}

/** The institute's handling: which status each action needs and which it leads to. */
const TRANSITIONS = {
  accept: { from: ['submitted'], to: 'accepted', label: '受理' },
  verify: { from: ['accepted'], to: 'verifying', label: '核实' },
  close: { from: ['accepted', 'verifying'], to: 'closed', label: '办结' },
} as const satisfies Record<string, { from: readonly ReportStatus[]; to: ReportStatus; label: string }>;
export type ReportAction = keyof typeof TRANSITIONS;

const STATUS_LABELS: Record<ReportStatus, string> = { submitted: '已报告', accepted: '已受理', verifying: '核实中', closed: '已办结' };

export interface ReportServiceDeps {
  db: Kysely<DB>;
  config: { reportDeadlineHours: ReportDeadlineHours };
  clock?: () => Date;
}

export function createReportService({ db, config, clock = () => new Date() }: ReportServiceDeps) {
  const deadlines = config.reportDeadlineHours;

  function require(actor: Actor, permission: 'reports.read' | 'reports.create' | 'reports.handle') {
    if (!can(actor.role, permission)) throw new ForbiddenError();
  }

  async function requireReport(tx: Executor, actor: Actor, id: string) {
    const row = await repo.findReport(tx, actor.path, id);
    if (!row) throw new NotFoundError('信息报告');
    return row;
  }

  return {
    async list(actor: Actor, query: ListReportsQuery) {
      require(actor, 'reports.read');
      const { page, pageSize, from, to, ...filter } = query;
      const result = await repo.listReports(
        db, actor.path,
        { ...filter, from: from ? localDayRange(from, from).from : undefined, to: to ? localDayRange(to, to).to : undefined },
        { offset: (page - 1) * pageSize, limit: pageSize },
      );
      return { items: result.items.map(toReport), total: result.total };
    },

    async get(actor: Actor, id: string): Promise<Report> {
      require(actor, 'reports.read');
      return toReport(await requireReport(db, actor, id));
    },

    /** Files a report from the reporter's org; a retried clientId returns the first one (created: false). */
    async create(actor: Actor, input: CreateReportBody): Promise<{ report: Report; created: boolean }> {
      require(actor, 'reports.create');
      const now = clock();
      const foundAt = new Date(input.foundAt);
      const reportedAt = input.reportedAt ? new Date(input.reportedAt) : now;
      const problem = reportTimesProblem(foundAt, reportedAt, now);
      if (problem) throw ValidationError.field(problem.field, problem.message);
      if (input.subCategory && !isValidReportSubCategory(input.category, input.subCategory)) {
        throw ValidationError.field('subCategory', '子类不属于所选信息类别');
      }
      return db.transaction().execute(async (tx) => {
        if (input.clientId) {
          const existing = await repo.findReportIdByClientId(tx, input.clientId);
          if (existing) return { report: toReport(await requireReport(tx, actor, existing.id)), created: false };
        }
        if (input.unitId && !(await findUnit(tx, actor.path, input.unitId))) throw ValidationError.field('unitId', '单位不存在或不在您的管辖范围内');
        const org = await findOrg(tx, actor.path, actor.orgId);
        const reporter = await tx.selectFrom('users').select('display_name').where('id', '=', actor.userId).executeTakeFirst();
        if (!org?.county_code) throw new ForbiddenError('只有乡镇协管站和村信息点可以报告信息');
        // The information register places a report in the month of its report time; an accepted month is closed.
        await assertMonthOpen(tx, { orgId: org.id, path: org.path }, localDate(reportedAt));
        const id = await repo.insertReport(tx, {
          client_id: input.clientId ?? null, org_id: org.id, path: org.path, county_code: org.county_code,
          category: input.category, sub_category: input.subCategory ?? null, content: input.content, location: input.location ?? null,
          unit_id: input.unitId ?? null, found_at: foundAt, reported_at: reportedAt,
          deadline_at: reportDeadline(foundAt, input.category, deadlines),
          on_time: isReportedOnTime(foundAt, reportedAt, input.category, deadlines),
          reporter_id: actor.userId, reporter_name: reporter?.display_name ?? actor.username,
        });
        const report = toReport(await requireReport(tx, actor, id));
        await audit(tx, actor, {
          action: 'create', entityType: 'report', entityId: id, path: org.path,
          summary: `${reportCategoryByCode(input.category)?.zh ?? input.category}信息报告${report.onTime ? '' : '（超时）'}`, after: report,
        });
        return { report, created: true };
      });
    },

    /** The institute accepts, verifies and closes a report; the reporter sees each step. */
    async handle(actor: Actor, id: string, action: ReportAction, result?: string): Promise<Report> {
      require(actor, 'reports.handle');
      const transition = TRANSITIONS[action];
      return db.transaction().execute(async (tx) => {
        const beforeRow = await requireReport(tx, actor, id);
        if (!(transition.from as readonly ReportStatus[]).includes(beforeRow.status)) {
          throw new ConflictError(`该报告当前为“${STATUS_LABELS[beforeRow.status]}”，不能${transition.label}`);
        }
        const now = clock();
        await repo.updateReport(tx, id, {
          status: transition.to,
          ...(action === 'accept' ? { accepted_at: now, accepted_by: actor.userId } : {}),
          ...(action === 'close' ? { closed_at: now, closed_by: actor.userId, result: result ?? null } : {}),
        });
        const after = toReport(await requireReport(tx, actor, id));
        await audit(tx, actor, { action, entityType: 'report', entityId: id, path: beforeRow.path, summary: `信息报告${transition.label}`, before: toReport(beforeRow), after });
        return after;
      });
    },

    /** An inspector records an event a station should have reported (counts in 信息报告率). */
    async markMissed(actor: Actor, input: MarkMissedBody) {
      require(actor, 'reports.handle');
      const foundAt = new Date(input.foundAt);
      if (foundAt.getTime() > clock().getTime()) throw ValidationError.field('foundAt', '发现时间不能晚于当前时间');
      return db.transaction().execute(async (tx) => {
        const station = await findOrg(tx, actor.path, input.orgId);
        if (!station || station.kind !== 'station' || !station.county_code) throw ValidationError.field('orgId', '协管站不存在或不在您的管辖范围内');
        const id = await repo.insertMissedReport(tx, {
          org_id: station.id, path: station.path, county_code: station.county_code, category: input.category,
          found_at: foundAt, source: input.source, description: input.description, marked_by: actor.userId,
        });
        await audit(tx, actor, { action: 'mark_missed', entityType: 'missed_report', entityId: id, path: station.path, summary: `应报未报：${station.name}`, after: { ...input } });
        return { id };
      });
    },

    /** 信息报告率 and 及时报告率 for events found in [from, to] (Asia/Shanghai days). */
    async indicators(actor: Actor, from: string, to: string) {
      require(actor, 'reports.read');
      if (to < from) throw ValidationError.field('to', '截止日期不能早于起始日期');
      const range = localDayRange(from, to);
      const counts = await repo.countReportingIndicators(db, actor.path, range.from, range.to);
      return {
        from, to, reported: counts.reported, reportedOnTime: counts.onTime, markedNotReported: counts.missed,
        reportingRate: informationReportingRate({ reported: counts.reported, markedNotReported: counts.missed }),
        timelyRate: timelyReportingRate({ reportedOnTime: counts.onTime, reported: counts.reported }),
      };
    },
  };
}
export type ReportService = ReturnType<typeof createReportService>;
