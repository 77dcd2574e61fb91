import type { Kysely } from 'kysely';
import type { DrawRecord } from '../../../core/randomDraw.js';
import type { PlanStatus } from '../../../core/randomInspections.js';
import type { DB, FrozenDraw } from '../../db/schema.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { listItems } from './catalogueRepo.js';
import { inspectorNames, seedIsPublic, toPlan } from './present.js';
import * as repo from './repo.js';
import type { PublicPlan, PublicPlanDetail, PUBLIC_STAGES } from './schemas.js';

/** Which plans each announcement lists (DESIGN §12): 计划公告, 任务公告 (drawn), 结果公告. */
const STAGE_STATUSES: Record<(typeof PUBLIC_STAGES)[number], PlanStatus[]> = {
  plan: ['committed', 'drawn', 'published', 'cancelled'],
  task: ['drawn', 'published'],
  result: ['published'],
};

/**
 * Everything here is read without signing in. It names units and the inspectors drawn (real
 * announcements do), but never a phone, a user name, a user id or an ID number: inspectors appear
 * by name and by the plan's own code (J01…), and the free-text result summary stays internal.
 */
function toPublicPlan(row: repo.PlanRow): PublicPlan {
  const plan = toPlan(row);
  return {
    id: plan.id, title: plan.title, itemName: plan.itemName, method: plan.itemMethod, countyName: plan.countyName, year: plan.year, batch: plan.batch,
    windowStart: plan.windowStart, windowEnd: plan.windowEnd, status: plan.status, commitment: plan.commitment, seed: plan.seed,
    candidateCount: plan.candidateCount, unitCount: plan.drawCount, inspectorsPerUnit: plan.inspectorsPerUnit,
    committedAt: plan.committedAt, drawnAt: plan.drawnAt, publishedAt: plan.publishedAt,
  };
}

export function createRandomInspectionPublic({ db }: { db: Kysely<DB> }) {
  async function requirePlan(id: string) {
    const row = await repo.findPublicPlan(db, id);
    if (!row) throw new NotFoundError('抽查计划');
    return row;
  }

  return {
    /** 抽查事项清单: active items, all or those that apply in one county. */
    async items(countyCode?: string) {
      const appliesTo = countyCode ? (await db.selectFrom('divisions').select('path').where('code', '=', countyCode).executeTakeFirst())?.path : undefined;
      if (countyCode && !appliesTo) throw ValidationError.field('countyCode', '县（区）不存在');
      const rows = await listItems(db, '/', { appliesTo, activeOnly: true });
      return {
        items: rows.map((r) => ({
          id: r.id, name: r.name, legalBasis: r.legal_basis, categories: r.categories, ratio: Number(r.ratio), frequency: r.frequency, method: r.method, ownerName: r.org_name,
        })),
      };
    },

    async plans(stage: keyof typeof STAGE_STATUSES, page: number, pageSize: number) {
      const rows = await repo.listPublicPlans(db, STAGE_STATUSES[stage], { offset: (page - 1) * pageSize, limit: pageSize });
      return { items: rows.map(toPublicPlan) };
    },

    async plan(id: string): Promise<PublicPlanDetail> {
      const row = await requirePlan(id);
      const names = inspectorNames(row.frozen as FrozenDraw | null);
      const tasks = await repo.listTasks(db, id);
      const published = row.status === 'published';
      return {
        ...toPublicPlan(row),
        tasks: tasks.map((t) => ({
          position: t.position, unitName: t.unit_name, unitCategory: t.unit_category, inspectors: t.inspector_codes.map((c) => names.get(c) ?? c),
          result: published ? t.result : null, resultOn: published ? t.result_on : null,
        })),
      };
    },

    /** The record `npm run redraw` and the public page verify: everything the draw used, and its result. */
    async drawRecord(id: string): Promise<DrawRecord> {
      const row = await requirePlan(id);
      const frozen = row.frozen as FrozenDraw;
      const tasks = row.status === 'drawn' || row.status === 'published' ? await repo.listTasks(db, id) : null;
      return {
        planId: row.id, commitment: row.commitment!, seed: seedIsPublic(row) ? row.seed : null,
        candidates: frozen.candidates, pool: frozen.pool.map(({ code, name }) => ({ code, name })), conflicts: frozen.conflicts,
        unitCount: frozen.unitCount, inspectorsPerUnit: frozen.inspectorsPerUnit,
        result: tasks?.map((t) => ({ unitId: t.unit_id, inspectors: t.inspector_codes })) ?? null,
      };
    },
  };
}
