import type { Kysely } from 'kysely';
import { localDate } from '../../../core/dates.js';
import {
  INSPECTION_RESULT_LABELS, INSPECTION_SOURCE_LABELS, inspectionProblem, isOrderOverdue, orderStatusAfter, reinspectionProblem, type InspectionResult,
} from '../../../core/inspections.js';
import { can, type Permission } from '../../../core/roles.js';
import type { DB, NamedPerson } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { findSource, hasSourceTable } from '../cases/sources.js';
import { findUnit } from '../units/repo.js';
import * as repo from './repo.js';
import type { CreateInspectionBody, Inspection, ListInspectionsQuery } from './schemas.js';

export function toInspection(row: repo.InspectionRow, today: string): Inspection {
  return {
    id: row.id, unitId: row.unit_id, unitName: row.unit_name, countyCode: row.county_code, inspectedOn: row.inspected_on,
    inspectors: row.inspectors, inspectorCount: row.inspector_count, source: row.source, sourceId: row.source_id, findings: row.findings,
    result: row.result, deadline: row.deadline, followUpOf: row.follow_up_of, orderStatus: row.order_status, orderDeadline: row.order_deadline,
    orderClosedOn: row.order_closed_on,
    overdue: row.order_status !== null && row.order_deadline !== null && isOrderOverdue(row.order_status, row.order_deadline, today),
    caseNo: row.case_no, createdAt: new Date(row.created_at).toISOString(),
  };
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new ForbiddenError();
}

/**
 * The named officers, each an enabled inspector inside the scope, in the order given; their names
 * are kept with the record as they were that day. `field` names the list in the error.
 */
export async function namedOfficers(tx: Executor, scopePath: string, ids: readonly string[], field: string): Promise<NamedPerson[]> {
  if (new Set(ids).size !== ids.length) throw ValidationError.field(field, '人员不能重复');
  const found = await repo.listOfficers(tx, scopePath, ids);
  const byId = new Map(found.map((o) => [o.id, o.name]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) throw ValidationError.field(field, '所选人员须为管辖范围内在岗的卫生监督员');
  return ids.map((id) => ({ id, name: byId.get(id)! }));
}

/** When the inspection of a visit is recorded, for the message refusing a second one. */
const RECORDED_WITH: Record<Visit['source'], string> = { random: '在登记抽查结果时', grading: '在评级公示时' };

/** A visit another record stands for: a 双随机 task's result, or a grading at its notice. */
export interface Visit {
  unit: { id: string; name: string; county_code: string; path: string };
  source: 'random' | 'grading';
  sourceId: string;
  inspectedOn: string;
  inspectors: NamedPerson[];
  findings: string;
  result: InspectionResult;
  deadline: string | null;
}

/**
 * Records the 监督检查 a task result or a grading stands for, in the caller's transaction, so the visit
 * counts in 户次 and 出动人次 without being entered twice. Recording the same source again corrects
 * that inspection, until it has moved on (re-inspected, or a case filed from it), when it is fixed.
 * The caller has checked the facts with `inspectionProblem`.
 */
export async function recordVisit(tx: Executor, actor: Actor, visit: Visit, now: string): Promise<void> {
  const existing = await repo.findVisitInspection(tx, visit.source, visit.sourceId);
  if (existing && (existing.followed_up || existing.case_no !== null)) {
    throw new ConflictError(`该检查已${existing.case_no ? `立案（${existing.case_no}）` : '有复查记录'}，不能再更改检查结果`);
  }
  const issuesOrder = visit.result === 'rectify';
  const values = {
    inspected_on: visit.inspectedOn, inspectors: JSON.stringify(visit.inspectors), inspector_count: visit.inspectors.length, findings: visit.findings,
    result: visit.result, deadline: visit.deadline, order_status: issuesOrder ? ('open' as const) : null, order_deadline: issuesOrder ? visit.deadline : null,
  };
  const summary = `监督检查 ${visit.unit.name}（${visit.inspectedOn}，${INSPECTION_SOURCE_LABELS[visit.source]}）：${INSPECTION_RESULT_LABELS[visit.result]}`;
  if (existing) {
    await repo.updateInspection(tx, existing.id, values);
    const after = toInspection((await repo.findInspection(tx, existing.path, existing.id))!, now);
    await audit(tx, actor, { action: 'update', entityType: 'inspection', entityId: existing.id, path: existing.path, summary, before: toInspection(existing, now), after });
    return;
  }
  const id = await repo.insertInspection(tx, {
    ...values, unit_id: visit.unit.id, county_code: visit.unit.county_code, path: visit.unit.path, source: visit.source, source_id: visit.sourceId,
    follow_up_of: null, created_by: actor.userId || null,
  });
  const inspection = toInspection((await repo.findInspection(tx, visit.unit.path, id))!, now);
  await audit(tx, actor, { action: 'create', entityType: 'inspection', entityId: id, path: visit.unit.path, summary, after: inspection });
}

export function createInspectionService({ db, clock = () => new Date() }: { db: Kysely<DB>; clock?: () => Date }) {
  const today = () => localDate(clock());

  async function requireInspection(tx: Executor, actor: Actor, id: string) {
    const row = await repo.findInspection(tx, actor.path, id);
    if (!row) throw new NotFoundError('监督检查记录');
    return row;
  }

  return {
    /** Records an inspection; with followUpOf it is a re-inspection that closes, extends or files the order. */
    async create(actor: Actor, input: CreateInspectionBody): Promise<Inspection> {
      requirePermission(actor, 'inspections.manage');
      const now = today();
      const problem = inspectionProblem({ inspectedOn: input.inspectedOn, today: now, result: input.result, inspectorCount: input.inspectorIds.length, deadline: input.deadline });
      if (problem) throw ValidationError.field(problem.field, problem.message);
      return db.transaction().execute(async (tx) => {
        const unit = await findUnit(tx, actor.path, input.unitId);
        if (!unit) throw ValidationError.field('unitId', '单位不存在或不在您的管辖范围内');
        const inspectors = await namedOfficers(tx, actor.path, input.inspectorIds, 'inspectorIds');
        if (input.sourceId) {
          if (!hasSourceTable(input.source)) throw ValidationError.field('sourceId', '该来源没有可关联的记录');
          // Recorded with the task result or the grading's notice: a second record would count the visit twice.
          if (input.source === 'random' || input.source === 'grading') {
            throw ValidationError.field('sourceId', `${INSPECTION_SOURCE_LABELS[input.source]}的检查${RECORDED_WITH[input.source]}已自动记录，无需另行登记`);
          }
          if (!(await findSource(tx, actor.path, input.source, input.sourceId))) throw ValidationError.field('sourceId', '来源记录不存在或不在您的管辖范围内');
        }
        const order = input.followUpOf ? await repo.findInspection(tx, actor.path, input.followUpOf) : undefined;
        if (input.followUpOf) {
          if (!order || order.order_status === null) throw ValidationError.field('followUpOf', '整改令不存在或不在您的管辖范围内');
          const refusal = reinspectionProblem({ status: order.order_status, inspectedOn: order.inspected_on, unitId: order.unit_id }, { unitId: unit.id, inspectedOn: input.inspectedOn, result: input.result });
          // A closed order is a conflict with its state; anything else is a mistake in the form.
          if (refusal) throw refusal.field === 'followUpOf' ? new ConflictError(refusal.message) : ValidationError.field(refusal.field, refusal.message);
        }
        const issuesOrder = input.result === 'rectify' && !order;
        const id = await repo.insertInspection(tx, {
          unit_id: unit.id, county_code: unit.county_code, path: unit.path, inspected_on: input.inspectedOn, inspectors: JSON.stringify(inspectors),
          inspector_count: inspectors.length, source: order ? 'rectification' : input.source, source_id: order ? null : (input.sourceId ?? null),
          findings: input.findings, result: input.result, deadline: input.deadline ?? null, follow_up_of: order?.id ?? null,
          order_status: issuesOrder ? 'open' : null, order_deadline: issuesOrder ? input.deadline! : null, created_by: actor.userId || null,
        });
        const inspection = toInspection((await repo.findInspection(tx, unit.path, id))!, now);
        const label = INSPECTION_RESULT_LABELS[input.result];
        await audit(tx, actor, { action: 'create', entityType: 'inspection', entityId: id, path: unit.path, summary: `监督检查 ${unit.name}（${input.inspectedOn}）：${label}`, after: inspection });
        if (order) await followUp(tx, actor, order, id, input, now);
        return inspection;
      });
    },

    async list(actor: Actor, query: ListInspectionsQuery) {
      requirePermission(actor, 'inspections.read');
      const { page, pageSize, overdue, ...filter } = query;
      const now = today();
      const result = await repo.listInspections(db, actor.path, { ...filter, overdueOn: overdue ? now : undefined }, { offset: (page - 1) * pageSize, limit: pageSize });
      return { items: result.items.map((row) => toInspection(row, now)), total: result.total };
    },

    async get(actor: Actor, id: string): Promise<Inspection> {
      requirePermission(actor, 'inspections.read');
      return toInspection(await requireInspection(db, actor, id), today());
    },

    /** Who may be named on an inspection or a case. */
    async officers(actor: Actor) {
      requirePermission(actor, 'inspections.read');
      const rows = await repo.listOfficers(db, actor.path);
      return { items: rows.map((r) => ({ id: r.id, name: r.name, orgName: r.org_name })) };
    },
  };

  /** The order after its re-inspection: closed on the day, given the new deadline, or handed to 立案. */
  async function followUp(tx: Executor, actor: Actor, order: repo.InspectionRow, reinspectionId: string, input: CreateInspectionBody, now: string) {
    const status = orderStatusAfter(input.result);
    await repo.updateInspection(tx, order.id, {
      order_status: status,
      ...(status === 'closed' ? { order_closed_on: input.inspectedOn } : {}),
      ...(input.result === 'rectify' ? { order_deadline: input.deadline! } : {}),
    });
    const after = toInspection((await repo.findInspection(tx, order.path, order.id))!, now);
    const outcome = status === 'closed' ? '整改完成' : status === 'case_filed' ? '转立案查处' : `未完成，期限延至 ${input.deadline}`;
    await audit(tx, actor, {
      action: status === 'closed' ? 'close' : status === 'case_filed' ? 'file_case' : 'extend', entityType: 'inspection', entityId: order.id, path: order.path,
      summary: `复查 ${order.unit_name}：${outcome}`, before: toInspection(order, now), after: { ...after, reinspectionId },
    });
  }
}
export type InspectionService = ReturnType<typeof createInspectionService>;
