import type { Kysely } from 'kysely';
import { caseIndicators } from '../../../core/caseIndicators.js';
import {
  CASE_ACTIONS, caseActionProblem, decisionProblem, paymentProblem, stageDateProblem, type CaseAction,
} from '../../../core/cases.js';
import { localDate } from '../../../core/dates.js';
import { countyCodeOfPath, divisionPath } from '../../../core/divisions.js';
import { parsePeriod } from '../../../core/periods.js';
import type { DB } from '../../db/schema.js';
import { numericOrNull, type Executor } from '../../db/types.js';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { findDivision } from '../divisions/repo.js';
import { listInspectionFigures, updateInspection, findInspection } from '../inspections/repo.js';
import { namedOfficers, requirePermission } from '../inspections/service.js';
import { findRectification } from '../patrols/repo.js';
import { findUnit } from '../units/repo.js';
import { createCaseDocuments } from './documents.js';
import * as repo from './repo.js';
import type { Case, CaseActionBody, CreateCaseBody, ListCasesQuery } from './schemas.js';
import { findSource, hasSourceTable } from './sources.js';

export function toCase(row: repo.CaseRow): Case {
  return {
    id: row.id, caseNo: row.case_no, countyCode: row.county_code, unitId: row.unit_id, unitName: row.unit_name, partyName: row.party_name,
    area: row.area, cause: row.cause, source: row.source, sourceId: row.source_id, handlers: row.handlers, status: row.status,
    filedOn: row.filed_on, investigatedOn: row.investigated_on, decidedOn: row.decided_on, penaltyTypes: row.penalty_types,
    fineAmount: numericOrNull(row.fine_amount), confiscationAmount: numericOrNull(row.confiscation_amount), violationBasis: row.violation_basis,
    penaltyBasis: row.penalty_basis, discretion: row.discretion, executedOn: row.executed_on, amountPaid: numericOrNull(row.amount_paid),
    closedOn: row.closed_on, closingSummary: row.closing_summary, dismissedOn: row.dismissed_on, dismissalReason: row.dismissal_reason,
    createdAt: new Date(row.created_at).toISOString(), updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** 文号 in the county's own series: `<县区代码>卫罚〔2026〕3号`; the code keeps it unique across counties. */
const caseNumber = (countyCode: string, year: number, seq: number) => `${countyCode}卫罚〔${year}〕${seq}号`;

export function createCaseService({ db, clock = () => new Date() }: { db: Kysely<DB>; clock?: () => Date }) {
  const today = () => localDate(clock());

  async function requireCase(tx: Executor, actor: Actor, id: string) {
    const row = await repo.findCase(tx, actor.path, id);
    if (!row) throw new NotFoundError('案件');
    return row;
  }

  /** The source record in scope, checked for what filing from it requires; its unit, when it has one. */
  async function checkSource(tx: Executor, actor: Actor, input: CreateCaseBody): Promise<string | null> {
    if (!input.sourceId) return null;
    if (!hasSourceTable(input.source)) throw ValidationError.field('sourceId', '该来源没有可关联的记录');
    const source = await findSource(tx, actor.path, input.source, input.sourceId);
    if (!source) throw ValidationError.field('sourceId', '来源记录不存在或不在您的管辖范围内');
    if (input.source === 'rectification') {
      const rectification = await findRectification(tx, actor.path, input.sourceId);
      if (rectification?.status !== 'escalated') throw new ConflictError('只有协管站上报监督所的整改可以立案');
    }
    const existing = await repo.findCaseBySource(tx, input.source, input.sourceId);
    if (existing) throw new ConflictError(`该记录已立案：${existing.case_no}`);
    return source.unitId;
  }

  /** The filing county and path: the unit's, the one named, or the actor's own county. */
  async function filingPlace(tx: Executor, actor: Actor, input: CreateCaseBody, unitId: string | null) {
    if (unitId) {
      const unit = await findUnit(tx, actor.path, unitId);
      if (!unit) throw ValidationError.field('unitId', '单位不存在或不在您的管辖范围内');
      if (input.countyCode && input.countyCode !== unit.county_code) throw ValidationError.field('countyCode', '与所选单位所在县（区）不一致');
      return { countyCode: unit.county_code, path: unit.path, unitId: unit.id, unitName: unit.name };
    }
    const code = input.countyCode ?? countyCodeOfPath(actor.path);
    const division = code ? await findDivision(tx, actor.path, code) : undefined;
    if (!division || division.level !== 'county') throw ValidationError.field('countyCode', '请选择您管辖范围内立案的县（区）');
    return { countyCode: division.code, path: divisionPath(division.code), unitId: null, unitName: null };
  }

  /** An order handed to 立案 by filing from its inspection, so the order shows the case and stops being open. */
  async function markOrderFiled(tx: Executor, actor: Actor, input: CreateCaseBody, caseNo: string) {
    if (input.source !== 'inspection' || !input.sourceId) return;
    const order = await findInspection(tx, actor.path, input.sourceId);
    if (order?.order_status !== 'open') return;
    await updateInspection(tx, order.id, { order_status: 'case_filed' });
    await audit(tx, actor, {
      action: 'file_case', entityType: 'inspection', entityId: order.id, path: order.path, summary: `整改令转立案：${order.unit_name} ${caseNo}`,
      before: { orderStatus: 'open' }, after: { orderStatus: 'case_filed', caseNo },
    });
  }

  return {
    /** 立案: numbered in the county's series for the year of filing, with at least two handling officers. */
    async create(actor: Actor, input: CreateCaseBody): Promise<Case> {
      requirePermission(actor, 'cases.manage');
      const now = today();
      const filedOn = input.filedOn ?? now;
      if (filedOn > now) throw ValidationError.field('filedOn', '立案日期不能晚于今天');
      return db.transaction().execute(async (tx) => {
        const sourceUnitId = await checkSource(tx, actor, input);
        const place = await filingPlace(tx, actor, input, input.unitId ?? sourceUnitId);
        const partyName = input.partyName ?? place.unitName;
        if (!partyName) throw ValidationError.field('partyName', '请填写当事人，或选择涉案单位');
        const handlers = await namedOfficers(tx, actor.path, input.handlerIds, 'handlerIds');
        const year = Number(filedOn.slice(0, 4));
        const seq = await repo.nextCaseSeq(tx, place.countyCode, year);
        const caseNo = caseNumber(place.countyCode, year, seq);
        const id = await repo.insertCase(tx, {
          case_no: caseNo, county_code: place.countyCode, year, seq, path: place.path, unit_id: place.unitId, party_name: partyName,
          area: input.area, cause: input.cause, source: input.source, source_id: input.sourceId ?? null, handlers: JSON.stringify(handlers),
          filed_on: filedOn, created_by: actor.userId || null,
        });
        const created = toCase((await repo.findCase(tx, place.path, id))!);
        await audit(tx, actor, { action: 'create', entityType: 'case', entityId: id, path: place.path, summary: `立案：${caseNo} ${input.cause}`, after: created });
        await markOrderFiled(tx, actor, input, caseNo);
        return created;
      });
    },

    async list(actor: Actor, query: ListCasesQuery) {
      requirePermission(actor, 'cases.read');
      const { page, pageSize, ...filter } = query;
      const result = await repo.listCases(db, actor.path, filter, { offset: (page - 1) * pageSize, limit: pageSize });
      return { items: result.items.map(toCase), total: result.total };
    },

    async get(actor: Actor, id: string): Promise<Case> {
      requirePermission(actor, 'cases.read');
      return toCase(await requireCase(db, actor, id));
    },

    /** One step of the case; the status and the documents are checked first (409), then the form (400). */
    async act(actor: Actor, id: string, action: CaseAction, input: CaseActionBody): Promise<Case> {
      requirePermission(actor, 'cases.manage');
      return db.transaction().execute(async (tx) => {
        const row = await requireCase(tx, actor, id);
        const before = toCase(row);
        const problem = caseActionProblem(action, row.status, await repo.documentKinds(tx, id), { amountPaid: before.amountPaid });
        if (problem) throw new ConflictError(problem);
        const now = today();
        const field = CASE_ACTIONS[action].dateField;
        const date = (input as Record<string, string | undefined>)[field] ?? now;
        const dateProblem = stageDateProblem(action, date, { filedOn: row.filed_on, investigatedOn: row.investigated_on, decidedOn: row.decided_on, executedOn: row.executed_on }, now);
        if (dateProblem) throw ValidationError.field(dateProblem.field, dateProblem.message);
        await repo.updateCase(tx, id, { status: CASE_ACTIONS[action].to, ...changesOf(action, date, input, before) });
        const after = toCase(await requireCase(tx, actor, id));
        await audit(tx, actor, { action, entityType: 'case', entityId: id, path: row.path, summary: `案件${CASE_ACTIONS[action].label}：${row.case_no}`, before, after });
        return after;
      });
    },

    /** The enforcement figures of a period (core/caseIndicators) over the actor's area or a part of it. */
    async indicators(actor: Actor, periodKey: string, areaCode?: string) {
      requirePermission(actor, 'cases.read');
      const period = parsePeriod(periodKey);
      // A drill into one county or township of the actor's area; another county's code is not found.
      const area = areaCode ? await findDivision(db, actor.path, areaCode) : undefined;
      if (areaCode && !area) throw new NotFoundError('统计区域');
      const path = area?.path ?? actor.path;
      const [inspections, cases] = await Promise.all([
        listInspectionFigures(db, path, period.start, period.end),
        repo.listCaseFigures(db, path, period.start, period.end),
      ]);
      const figures = caseIndicators(
        inspections.map((i) => ({
          inspectedOn: i.inspected_on, inspectorCount: i.inspector_count, result: i.result, followUpOf: i.follow_up_of,
          orderStatus: i.order_status, orderDeadline: i.order_deadline, orderClosedOn: i.order_closed_on,
        })),
        cases.map((c) => ({
          area: c.area, status: c.status, filedOn: c.filed_on, decidedOn: c.decided_on, fineAmount: numericOrNull(c.fine_amount),
          executedOn: c.executed_on, amountPaid: numericOrNull(c.amount_paid),
        })),
        period, today(),
      );
      return { period: { key: period.key, label: period.label, start: period.start, end: period.end }, ...figures };
    },

    ...createCaseDocuments({ db, requireCase }),
  };
}

/** The columns a step writes besides its status, after the step-specific checks of the core. */
function changesOf(action: CaseAction, date: string, input: CaseActionBody, before: Case) {
  switch (action) {
    case 'investigate':
      return { investigated_on: date };
    case 'decide': {
      const penaltyTypes = input.penaltyTypes ?? [];
      const problem = decisionProblem({ penaltyTypes, fineAmount: input.fineAmount, confiscationAmount: input.confiscationAmount });
      if (problem) throw ValidationError.field(problem.field, problem.message);
      return {
        decided_on: date, penalty_types: JSON.stringify(penaltyTypes), fine_amount: input.fineAmount ?? null, confiscation_amount: input.confiscationAmount ?? null,
        violation_basis: input.violationBasis!, penalty_basis: input.penaltyBasis!, discretion: input.discretion!,
      };
    }
    case 'execute': {
      const amountPaid = input.amountPaid ?? 0;
      const problem = paymentProblem(amountPaid, { fineAmount: before.fineAmount, confiscationAmount: before.confiscationAmount });
      if (problem) throw ValidationError.field(problem.field, problem.message);
      return { executed_on: date, amount_paid: amountPaid };
    }
    case 'close':
      return { closed_on: date, closing_summary: input.summary! };
    case 'dismiss':
      return { dismissed_on: date, dismissal_reason: input.reason! };
  }
}
export type CaseService = ReturnType<typeof createCaseService>;
