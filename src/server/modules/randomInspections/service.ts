import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { localDate } from '../../../core/dates.js';
import { countyCodeOfPath, isWithinPath } from '../../../core/divisions.js';
import { commitmentOf, drawProblem, runDraw } from '../../../core/randomDraw.js';
import { inspectionProblem } from '../../../core/inspections.js';
import {
  INSPECTION_RESULT_OF_TASK, PLAN_ACTIONS, TASK_RESULT_LABELS, planActionProblem, publishProblem, recentSince, unitCountFor, type PlanAction,
} from '../../../core/randomInspections.js';
import type { DB, FrozenDraw } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { findDivision } from '../divisions/repo.js';
import { recordVisit } from '../inspections/service.js';
import { findUnit } from '../units/repo.js';
import { conflictPairs, findItem } from './catalogueRepo.js';
import { requireManage, requireRead } from './access.js';
import { inspectorNames, toPlan, toTask } from './present.js';
import * as repo from './repo.js';
import type { CreatePlanBody, ListPlansQuery, PlanDetail, RecordResultBody, UpdatePlanBody } from './schemas.js';

export interface RandomInspectionServiceDeps {
  db: Kysely<DB>;
  config: { randomRecentDays: number };
  clock?: () => Date;
}

/** Public stand-ins for the pool members, in the frozen order: J01, J02, … */
const poolCode = (index: number) => `J${String(index + 1).padStart(2, '0')}`;

const planFields = (input: UpdatePlanBody) => ({
  title: input.title, year: input.year, batch: input.batch, window_start: input.windowStart, window_end: input.windowEnd,
  unit_count: input.unitCount, inspectors_per_unit: input.inspectorsPerUnit,
});

/** 抽查计划: draft → committed (seed hashed and published, lists frozen) → drawn → results published. */
export function createRandomInspectionService({ db, config, clock = () => new Date() }: RandomInspectionServiceDeps) {
  const today = () => localDate(clock());

  async function requirePlan(tx: Executor, actor: Actor, id: string) {
    const row = await repo.findPlan(tx, actor.path, id);
    if (!row) throw new NotFoundError('抽查计划');
    return row;
  }

  async function detail(tx: Executor, row: repo.PlanRow): Promise<PlanDetail> {
    const frozen = row.frozen as FrozenDraw | null;
    const names = inspectorNames(frozen);
    return {
      ...toPlan(row),
      candidates: frozen?.candidates ?? null,
      pool: frozen?.pool.map(({ code, name }) => ({ code, name })) ?? null,
      tasks: (await repo.listTasks(tx, row.id)).map((t) => toTask(t, names)),
    };
  }

  /** Checks the step against the status, runs it, and audits the plan before and after, in one transaction. */
  async function step(actor: Actor, id: string, action: PlanAction, work: (tx: Executor, row: repo.PlanRow) => Promise<void>): Promise<PlanDetail> {
    requireManage(actor);
    return db.transaction().execute(async (tx) => {
      await repo.lockPlan(tx, id);
      const row = await requirePlan(tx, actor, id);
      const problem = planActionProblem(action, row.status);
      if (problem) throw new ConflictError(problem);
      await work(tx, row);
      const after = await requirePlan(tx, actor, id);
      await audit(tx, actor, {
        action, entityType: 'random_inspection_plan', entityId: id, path: row.path, summary: `抽查计划${PLAN_ACTIONS[action].label}：${row.title}`,
        before: toPlan(row), after: toPlan(after),
      });
      return detail(tx, after);
    });
  }

  /** Candidates, pool and conflicts as they stand now: what the commit freezes. */
  async function freeze(tx: Executor, row: repo.PlanRow): Promise<FrozenDraw> {
    const units = await repo.operatingUnits(tx, row.path, row.item_categories);
    const since = recentSince(today(), config.randomRecentDays);
    const recent = since ? await repo.unitsDrawnSince(tx, row.path, since) : new Set<string>();
    const candidates = units.filter((u) => !recent.has(u.id));
    const pool = (await repo.inspectorPool(tx, row.path)).map((u, i) => ({ code: poolCode(i), userId: u.id, name: u.display_name }));
    const codeOf = new Map(pool.map((p) => [p.userId, p.code]));
    const pairs = await conflictPairs(tx, pool.map((p) => p.userId), candidates.map((c) => c.id));
    return {
      candidates, pool, conflicts: pairs.map(([inspectorId, unitId]) => [codeOf.get(inspectorId)!, unitId]),
      unitCount: unitCountFor(candidates.length, row.item_ratio, row.unit_count), inspectorsPerUnit: row.inspectors_per_unit,
      recentDays: config.randomRecentDays, excludedRecent: units.length - candidates.length,
    };
  }

  return {
    async list(actor: Actor, query: ListPlansQuery) {
      requireRead(actor);
      const result = await repo.listPlans(db, actor.path, query.status, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
      return { items: result.items.map(toPlan), total: result.total };
    },

    async get(actor: Actor, id: string): Promise<PlanDetail> {
      requireRead(actor);
      return detail(db, await requirePlan(db, actor, id));
    },

    async create(actor: Actor, input: CreatePlanBody): Promise<PlanDetail> {
      requireManage(actor);
      return db.transaction().execute(async (tx) => {
        const code = input.countyCode ?? countyCodeOfPath(actor.path);
        const county = code ? await findDivision(tx, actor.path, code) : undefined;
        if (!county || county.level !== 'county') throw ValidationError.field('countyCode', '请选择您管辖范围内的县（区）');
        const item = await findItem(tx, actor.path, input.itemId);
        if (!item || !item.active) throw ValidationError.field('itemId', '抽查事项不存在或已停用');
        if (!isWithinPath(county.path, item.path)) throw ValidationError.field('itemId', '该抽查事项不适用于所选县（区）');
        const id = await repo.insertPlan(tx, { ...planFields(input), item_id: item.id, county_code: county.code, path: county.path, created_by: actor.userId || null });
        const plan = await requirePlan(tx, actor, id);
        await audit(tx, actor, { action: 'create', entityType: 'random_inspection_plan', entityId: id, path: county.path, summary: `新建抽查计划：${plan.title}`, after: toPlan(plan) });
        return detail(tx, plan);
      });
    },

    async update(actor: Actor, id: string, input: UpdatePlanBody) {
      return step(actor, id, 'update', (tx) => repo.updatePlan(tx, id, planFields(input)));
    },

    /**
     * Freezes the lists and commits to a fresh 256-bit seed by publishing its SHA-256. The seed itself
     * stays in the database, shown to nobody, until the draw: so the result cannot be steered by
     * choosing a seed after seeing the lists, and the lists cannot be changed after the seed exists.
     */
    async commit(actor: Actor, id: string) {
      return step(actor, id, 'commit', async (tx, row) => {
        const frozen = await freeze(tx, row);
        const problem = drawProblem({ ...frozen, candidates: frozen.candidates.map((c) => c.id), pool: frozen.pool.map((p) => p.code) });
        if (problem) throw new ConflictError(`不能公布承诺值：${problem}`);
        const seed = randomBytes(32).toString('hex');
        await repo.updatePlan(tx, id, { status: 'committed', seed, commitment: await commitmentOf(seed), frozen: JSON.stringify(frozen), committed_at: clock() });
      });
    },

    /** Reveals the seed and stores the tasks the published algorithm gives on the frozen lists. */
    async draw(actor: Actor, id: string) {
      return step(actor, id, 'draw', async (tx, row) => {
        const frozen = row.frozen as FrozenDraw;
        const tasks = await runDraw({ ...frozen, seed: row.seed!, candidates: frozen.candidates.map((c) => c.id), pool: frozen.pool.map((p) => p.code) });
        await repo.insertTasks(tx, tasks.map((t, i) => ({ plan_id: id, position: i + 1, unit_id: t.unitId, inspector_codes: JSON.stringify(t.inspectors) })));
        await repo.updatePlan(tx, id, { status: 'drawn', drawn_at: clock(), drawn_on: today() });
      });
    },

    /** The result, and the 监督检查 it stands for: the drawn inspectors' visit, counted in 户次 and 出动人次. */
    async recordResult(actor: Actor, id: string, taskId: string, input: RecordResultBody) {
      return step(actor, id, 'recordResult', async (tx, row) => {
        const now = today();
        if (input.resultOn < row.drawn_on!) throw ValidationError.field('resultOn', `检查日期不能早于抽取日期 ${row.drawn_on}`);
        const frozen = row.frozen as FrozenDraw;
        const names = inspectorNames(frozen);
        const before = await repo.findTask(tx, id, taskId);
        if (!before) throw new NotFoundError('抽查任务');
        const inspectors = before.inspector_codes.map((code) => {
          const member = frozen.pool.find((p) => p.code === code)!;
          return { id: member.userId, name: member.name };
        });
        const result = INSPECTION_RESULT_OF_TASK[input.result];
        const problem = inspectionProblem({ inspectedOn: input.resultOn, today: now, result, inspectorCount: inspectors.length, deadline: input.deadline });
        if (problem) throw ValidationError.field(problem.field === 'inspectedOn' ? 'resultOn' : problem.field, problem.message);
        await repo.updateTask(tx, id, taskId, {
          result: input.result, result_on: input.resultOn, summary: input.summary || null, recorded_by: actor.userId || null, recorded_at: clock(),
        });
        const unit = (await findUnit(tx, row.path, before.unit_id))!;
        const findings = [`双随机抽查（${row.title}）：${TASK_RESULT_LABELS[input.result]}`, input.summary].filter(Boolean).join('。');
        await recordVisit(tx, actor, { unit, source: 'random', sourceId: taskId, inspectedOn: input.resultOn, inspectors, findings, result, deadline: input.deadline ?? null }, now);
        const after = (await repo.findTask(tx, id, taskId))!;
        await audit(tx, actor, {
          action: 'recordResult', entityType: 'random_inspection_task', entityId: taskId, path: row.path,
          summary: `登记抽查结果：${before.unit_name}`, before: toTask(before, names), after: toTask(after, names),
        });
      });
    },

    async publish(actor: Actor, id: string) {
      return step(actor, id, 'publish', async (tx) => {
        const problem = publishProblem(await repo.listTasks(tx, id));
        if (problem) throw new ConflictError(problem);
        await repo.updatePlan(tx, id, { status: 'published', published_at: clock() });
      });
    },

    /** Before the draw only; a committed plan's seed becomes public with the cancellation. */
    async cancel(actor: Actor, id: string, reason: string) {
      return step(actor, id, 'cancel', (tx) => repo.updatePlan(tx, id, { status: 'cancelled', cancel_reason: reason }));
    },
  };
}
export type RandomInspectionService = ReturnType<typeof createRandomInspectionService>;
