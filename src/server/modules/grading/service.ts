import type { Kysely } from 'kysely';
import { localDate } from '../../../core/dates.js';
import { GRADE_LABELS, gradeScoreSheet, gradingVisitFindings, scoreSheetProblems, type GradingCap, type GradingThresholds, type ScoreSheet } from '../../../core/grading.js';
import { GRADING_CHECKLISTS, gradingChecklistFor, type GradingChecklist } from '../../../core/gradingChecklists.js';
import { appealDeadline, GRADING_ACTIONS, gradingActionProblem, type GradingAction, type GradingState } from '../../../core/gradingWorkflow.js';
import { can } from '../../../core/roles.js';
import { categoryByCode } from '../../../core/unitCategories.js';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { recordVisit } from '../inspections/service.js';
import { toUnit } from '../units/filing.js';
import { findUnit, updateUnit } from '../units/repo.js';
import * as repo from './repo.js';
import type { CreateGradingBody, DecideAppealBody, Grading, ListGradingsQuery } from './schemas.js';

export interface GradingConfig {
  gradingThresholds: GradingThresholds;
  gradingCap: GradingCap;
  gradingAppealDays: number;
}

export interface GradingServiceDeps {
  db: Kysely<DB>;
  config: GradingConfig;
  clock?: () => Date;
}

function cappedByOf(category: string, code: string | null) {
  if (!code) return null;
  const item = gradingChecklistFor(category)?.items.find((i) => i.code === code);
  return { itemCode: code, itemLabel: item?.label ?? code };
}

const stateOf = (row: repo.GradingRow): GradingState => ({
  status: row.status, grade: row.grade, publishedOn: row.published_on, appealStatus: row.appeal_status, regradeRequestedOn: row.regrade_requested_on,
});

export function toGrading(row: repo.GradingRow, appealDays: number): Grading {
  return {
    id: row.id, unitId: row.unit_id, unitName: row.unit_name, countyCode: row.county_code, category: row.category, inspectedOn: row.inspected_on,
    graders: [{ id: row.grader_id, name: row.grader_name }, ...(row.second_grader_id ? [{ id: row.second_grader_id, name: row.second_grader_name ?? '' }] : [])],
    scoreSheet: row.score_sheet, total: Number(row.total), grade: row.grade, cappedBy: cappedByOf(row.category, row.capped_by),
    status: row.status, publishedOn: row.published_on, supersededOn: row.superseded_on, reply: row.reply, repliedOn: row.replied_on,
    appealStatus: row.appeal_status, appealedOn: row.appealed_on, appealDeadline: row.published_on ? appealDeadline(row.published_on, appealDays) : null,
    appealGrounds: row.appeal_grounds, appealDecidedBy: row.appeal_decided_by ? { id: row.appeal_decided_by, name: row.decided_by_name ?? '' } : null,
    appealDecidedOn: row.appeal_decided_on, appealNote: row.appeal_note, regradeRequestedOn: row.regrade_requested_on, regradeReason: row.regrade_reason,
    createdAt: new Date(row.created_at).toISOString(), updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export function createGradingService({ db, config, clock = () => new Date() }: GradingServiceDeps) {
  const today = () => localDate(clock());
  const days = config.gradingAppealDays;

  function require(actor: Actor, permission: 'grading.read' | 'grading.manage') {
    if (!can(actor.role, permission)) throw new ForbiddenError();
  }
  async function requireGrading(tx: Executor, actor: Actor, id: string) {
    const row = await repo.findGrading(tx, actor.path, id);
    if (!row) throw new NotFoundError('评级');
    return row;
  }

  /** The core's result for a sheet, or a 400 naming each bad item as `scoreSheet.<code>`. */
  function score(checklist: GradingChecklist, sheet: ScoreSheet) {
    const problems = scoreSheetProblems(checklist, sheet);
    if (problems.length > 0) {
      const fields = problems.map((p) => ({ path: p.path ? `scoreSheet.${p.path}` : 'scoreSheet', message: p.message }));
      throw new ValidationError(`${fields[0]!.path}：${fields[0]!.message}`, fields);
    }
    return gradeScoreSheet(checklist, sheet, config.gradingThresholds, config.gradingCap);
  }

  /** The grade goes onto the unit file (不予评级 leaves it empty), audited like any change of the file. */
  async function writeGradeToUnit(tx: Executor, actor: Actor, unitId: string, path: string, grade: Grading['grade']) {
    const before = (await findUnit(tx, path, unitId))!;
    const hygieneGrade = grade === 'none' ? null : grade;
    if (before.hygiene_grade === hygieneGrade) return;
    await updateUnit(tx, unitId, { hygiene_grade: hygieneGrade, updated_by: actor.userId || null });
    const after = toUnit((await findUnit(tx, path, unitId))!);
    await audit(tx, actor, { action: 'update', entityType: 'unit', entityId: unitId, path: before.path, summary: `量化分级更新单位等级：${before.name} ${GRADE_LABELS[grade]}`, before: toUnit(before), after });
  }

  /**
   * The graders' visit as a 监督检查, counted in 户次 and 出动人次, once the grading is published: a
   * draft may still be discarded as entered by mistake.
   */
  async function recordGradingVisit(tx: Executor, actor: Actor, row: repo.GradingRow, now: string) {
    const graders = [{ id: row.grader_id, name: row.grader_name }];
    if (row.second_grader_id) graders.push({ id: row.second_grader_id, name: row.second_grader_name ?? '' });
    const unit = (await findUnit(tx, row.path, row.unit_id))!;
    const findings = gradingVisitFindings(Number(row.total), row.grade);
    await recordVisit(tx, actor, { unit, source: 'grading', sourceId: row.id, inspectedOn: row.inspected_on, inspectors: graders, findings, result: 'other', deadline: null }, now);
  }

  /** Runs one workflow step: checks the core's rule (409), writes, audits before and after. */
  async function step(actor: Actor, id: string, action: GradingAction, write: (tx: Executor, row: repo.GradingRow) => Promise<void>): Promise<Grading> {
    require(actor, 'grading.manage');
    return db.transaction().execute(async (tx) => {
      const row = await requireGrading(tx, actor, id);
      const problem = gradingActionProblem(action, stateOf(row), today(), days);
      if (problem) throw new ConflictError(problem);
      await write(tx, row);
      const after = toGrading(await requireGrading(tx, actor, id), days);
      await audit(tx, actor, { action, entityType: 'grading', entityId: id, path: row.path, summary: `量化分级${GRADING_ACTIONS[action]}：${row.unit_name}`, before: toGrading(row, days), after });
      return after;
    });
  }

  return {
    setup(actor: Actor) {
      require(actor, 'grading.read');
      return { thresholds: config.gradingThresholds, cap: config.gradingCap, appealDays: days, checklists: GRADING_CHECKLISTS.map((c) => ({ category: c.category, items: [...c.items] })) };
    },

    async list(actor: Actor, query: ListGradingsQuery) {
      require(actor, 'grading.read');
      const { page, pageSize, ...filter } = query;
      const result = await repo.listGradings(db, actor.path, filter, { offset: (page - 1) * pageSize, limit: pageSize });
      return { items: result.items.map((row) => toGrading(row, days)), total: result.total };
    },

    async get(actor: Actor, id: string): Promise<Grading> {
      require(actor, 'grading.read');
      return toGrading(await requireGrading(db, actor, id), days);
    },

    /** A draft grading: the unit's checklist scored by one or two inspectors in scope. */
    async create(actor: Actor, input: CreateGradingBody): Promise<Grading> {
      require(actor, 'grading.manage');
      return db.transaction().execute(async (tx) => {
        const unit = await findUnit(tx, actor.path, input.unitId);
        if (!unit) throw ValidationError.field('unitId', '单位不存在或不在您的管辖范围内');
        if (unit.status === 'closed') throw ValidationError.field('unitId', '单位已注销，不能评级');
        const checklist = gradingChecklistFor(unit.category);
        if (!checklist) throw ValidationError.field('unitId', `${categoryByCode(unit.category)?.zh ?? unit.category}单位不参加量化分级`);
        if (input.inspectedOn > today()) throw ValidationError.field('inspectedOn', '检查日期不能晚于今天');
        const graderIds = [...new Set(input.graderIds)];
        if (graderIds.length < input.graderIds.length) throw ValidationError.field('graderIds', '两名评分人员不能是同一人');
        if ((await repo.findInspectorsInScope(tx, actor.path, graderIds)).length < graderIds.length) throw ValidationError.field('graderIds', '评分人员应为您管辖范围内在岗的卫生监督员');
        const result = score(checklist, input.scoreSheet);
        const id = await repo.insertGrading(tx, {
          unit_id: unit.id, county_code: unit.county_code, path: unit.path, category: unit.category, inspected_on: input.inspectedOn,
          grader_id: graderIds[0]!, second_grader_id: graderIds[1] ?? null, score_sheet: JSON.stringify(input.scoreSheet),
          total: result.total, grade: result.grade, capped_by: result.cappedBy?.itemCode ?? null, created_by: actor.userId || null,
        });
        const after = toGrading(await requireGrading(tx, actor, id), days);
        await audit(tx, actor, { action: 'create', entityType: 'grading', entityId: id, path: unit.path, summary: `量化分级评分：${unit.name} ${result.explanation}`, after });
        return after;
      });
    },

    /** 公示: the notice date is today; the unit's earlier grading is superseded and its file takes the grade. */
    publish(actor: Actor, id: string) {
      return step(actor, id, 'publish', async (tx, row) => {
        const current = await repo.findCurrentGrading(tx, row.unit_id);
        const now = today();
        if (current) {
          if (current.appeal_status === 'pending') throw new ConflictError('该单位现行评级的申诉尚待复核，复核后再公示新的评级');
          if (current.inspected_on > row.inspected_on) throw new ConflictError(`该单位现行评级的检查日期（${current.inspected_on}）晚于本次，不能以较早的评级取代`);
          await repo.updateGrading(tx, current.id, { status: 'superseded', superseded_on: now });
          await audit(tx, actor, { action: 'supersede', entityType: 'grading', entityId: current.id, path: current.path, summary: `量化分级被新评级取代：${row.unit_name}`, before: { status: 'published' }, after: { status: 'superseded', supersededOn: now, supersededBy: id } });
        }
        await repo.updateGrading(tx, id, { status: 'published', published_on: now });
        await writeGradeToUnit(tx, actor, row.unit_id, row.path, row.grade);
        await recordGradingVisit(tx, actor, row, now);
      });
    },

    /** A draft entered by mistake goes; the audit log keeps what it held. */
    async discard(actor: Actor, id: string): Promise<void> {
      require(actor, 'grading.manage');
      await db.transaction().execute(async (tx) => {
        const row = await requireGrading(tx, actor, id);
        const problem = gradingActionProblem('discard', stateOf(row), today(), days);
        if (problem) throw new ConflictError(problem);
        await repo.deleteGrading(tx, id);
        await audit(tx, actor, { action: 'discard', entityType: 'grading', entityId: id, path: row.path, summary: `量化分级删除草稿：${row.unit_name}`, before: toGrading(row, days) });
      });
    },

    /** The unit's reply, entered by staff on its behalf (units have no accounts); a later reply replaces it. */
    reply(actor: Actor, id: string, reply: string) {
      return step(actor, id, 'reply', (tx) => repo.updateGrading(tx, id, { reply, replied_on: today() }));
    },

    appeal(actor: Actor, id: string, grounds: string) {
      return step(actor, id, 'appeal', (tx) => repo.updateGrading(tx, id, { appeal_status: 'pending', appealed_on: today(), appeal_grounds: grounds }));
    },

    /** Decided by an officer who did not grade (DESIGN §12); an upheld appeal re-scores the grading. */
    decideAppeal(actor: Actor, id: string, input: DecideAppealBody) {
      return step(actor, id, 'decideAppeal', async (tx, row) => {
        if (actor.userId === row.grader_id || actor.userId === row.second_grader_id) throw new ForbiddenError('参与本次评分的监督员不能复核其申诉，请由其他监督员复核');
        const decided = { appeal_status: input.decision, appeal_decided_by: actor.userId || null, appeal_decided_on: today(), appeal_note: input.note };
        if (input.decision === 'dismissed') return repo.updateGrading(tx, id, decided);
        const result = score(gradingChecklistFor(row.category)!, input.scoreSheet!);
        await repo.updateGrading(tx, id, { ...decided, score_sheet: JSON.stringify(input.scoreSheet), total: result.total, grade: result.grade, capped_by: result.cappedBy?.itemCode ?? null });
        await writeGradeToUnit(tx, actor, row.unit_id, row.path, result.grade);
      });
    },

    /** After improvement; answered by the next published grading of the unit, which supersedes this one. */
    requestRegrade(actor: Actor, id: string, reason: string) {
      return step(actor, id, 'requestRegrade', (tx) => repo.updateGrading(tx, id, { regrade_requested_on: today(), regrade_reason: reason }));
    },
  };
}
export type GradingService = ReturnType<typeof createGradingService>;
