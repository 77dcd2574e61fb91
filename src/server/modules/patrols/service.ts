import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { localDate } from '../../../core/dates.js';
import { patrolCoverageRate, quarterRange, type Quarter } from '../../../core/indicators.js';
import { can } from '../../../core/roles.js';
import { checklistFor } from '../../../core/unitCategories.js';
import type { DB } from '../../db/schema.js';
import { numericOrNull, type Executor } from '../../db/types.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { assertMonthOpen } from '../submissions/lock.js';
import { findUnit } from '../units/repo.js';
import * as repo from './repo.js';
import type { CreatePatrolBody, ListPatrolsQuery, ListRectificationsQuery, Patrol, Rectification } from './schemas.js';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

export function toPatrol(row: repo.PatrolRow, photos: Patrol['photos']): Patrol {
  const capturedAt = row.captured_at ? new Date(row.captured_at) : null;
  const receivedAt = new Date(row.received_at);
  return {
    id: row.id, unitId: row.unit_id, unitName: row.unit_name, unitCategory: row.unit_category, orgId: row.org_id,
    orgName: row.org_name, patrolledOn: row.patrolled_on, locationContent: row.location_content, problems: row.problems,
    remark: row.remark, patrollerId: row.patroller_id, patrollerName: row.patroller_name, coPatrollers: row.co_patrollers,
    checklist: row.checklist, outcome: row.outcome, rectificationId: row.rectification_id,
    latitude: numericOrNull(row.latitude), longitude: numericOrNull(row.longitude),
    capturedAt: capturedAt?.toISOString() ?? null, receivedAt: receivedAt.toISOString(),
    syncedLate: capturedAt !== null && localDate(capturedAt) < localDate(receivedAt),
    photos,
  };
}

export function toRectification(row: repo.RectificationRow, today: string): Rectification {
  return {
    id: row.id, unitId: row.unit_id, unitName: row.unit_name, orgId: row.org_id, orgName: row.org_name, patrolId: row.patrol_id,
    problems: row.problems, requiredOn: row.required_on, deadline: row.deadline, status: row.status,
    overdue: row.status === 'open' && row.deadline < today, closedOn: row.closed_on, closingPatrolId: row.closing_patrol_id,
    escalatedOn: row.escalated_on, escalationReason: row.escalation_reason, caseNo: row.case_no,
  };
}

export function createPatrolService({ db, clock = () => new Date() }: { db: Kysely<DB>; clock?: () => Date }) {
  const today = () => localDate(clock());

  function require(actor: Actor, permission: 'patrols.read' | 'patrols.manage') {
    if (!can(actor.role, permission)) throw new ForbiddenError();
  }

  async function withPhotos(tx: Executor, rows: repo.PatrolRow[]): Promise<Patrol[]> {
    const photos = await repo.listPhotos(tx, rows.map((r) => r.id));
    return rows.map((row) =>
      toPatrol(row, photos.filter((p) => p.patrol_id === row.id).map((p) => ({ id: p.id, sha256: p.sha256, contentType: p.content_type, size: p.size }))),
    );
  }

  async function requirePatrol(tx: Executor, actor: Actor, id: string) {
    const row = await repo.findPatrol(tx, actor.path, id);
    if (!row) throw new NotFoundError('巡查记录');
    return row;
  }

  async function requireRectification(tx: Executor, actor: Actor, id: string) {
    const row = await repo.findRectification(tx, actor.path, id);
    if (!row) throw new NotFoundError('整改记录');
    return row;
  }

  /** The checks that need the unit: the checklist belongs to its category, and the outcome fits the findings. */
  function checkFindings(input: CreatePatrolBody, category: string, subCategory: string) {
    const allowed = new Set(checklistFor(category, subCategory).map((item) => item.code));
    const seen = new Set<string>();
    for (const [index, entry] of input.checklist.entries()) {
      if (!allowed.has(entry.code)) throw ValidationError.field(`checklist.${index}.code`, `检查项 ${entry.code} 不适用于该类单位`);
      if (seen.has(entry.code)) throw ValidationError.field(`checklist.${index}.code`, `检查项 ${entry.code} 重复`);
      seen.add(entry.code);
    }
    const problemFound = input.checklist.some((entry) => entry.result === 'problem');
    if (problemFound && input.outcome === 'no_problem') throw ValidationError.field('outcome', '检查项发现问题时，处理结果不能为“未发现问题”');
    if ((problemFound || input.outcome !== 'no_problem') && !input.problems) throw ValidationError.field('problems', '请填写发现的主要问题');
    if (input.outcome === 'rectification') {
      if (!input.rectificationDeadline) throw ValidationError.field('rectificationDeadline', '责令整改须填写整改期限');
      if (input.rectificationDeadline <= input.patrolledOn) throw ValidationError.field('rectificationDeadline', '整改期限须晚于巡查日期');
    }
  }

  async function displayNameOf(tx: Executor, actor: Actor): Promise<string> {
    const row = await tx.selectFrom('users').select('display_name').where('id', '=', actor.userId).executeTakeFirst();
    return row?.display_name ?? actor.username;
  }

  return {
    async list(actor: Actor, query: ListPatrolsQuery) {
      require(actor, 'patrols.read');
      const { page, pageSize, ...filter } = query;
      const result = await repo.listPatrols(db, actor.path, filter, { offset: (page - 1) * pageSize, limit: pageSize });
      return { items: await withPhotos(db, result.items), total: result.total };
    },

    async get(actor: Actor, id: string): Promise<Patrol> {
      require(actor, 'patrols.read');
      const [patrol] = await withPhotos(db, [await requirePatrol(db, actor, id)]);
      return patrol!;
    },

    /** Records a patrol and its consequence; a retried clientId returns the first record (created: false). */
    async create(actor: Actor, input: CreatePatrolBody): Promise<{ patrol: Patrol; created: boolean }> {
      require(actor, 'patrols.manage');
      return db.transaction().execute(async (tx) => {
        if (input.clientId) {
          const existing = await repo.findPatrolIdByClientId(tx, input.clientId);
          if (existing) return { patrol: (await withPhotos(tx, [await requirePatrol(tx, actor, existing.id)]))[0]!, created: false };
        }
        const unit = await findUnit(tx, actor.path, input.unitId);
        if (!unit) throw new NotFoundError('单位');
        if (unit.status === 'closed') throw ValidationError.field('unitId', '单位已注销，不能巡查');
        if (input.patrolledOn > today()) throw ValidationError.field('patrolledOn', '巡查日期不能晚于今天');
        if (input.patrolledOn < '2000-01-01') throw ValidationError.field('patrolledOn', '巡查日期不正确');
        checkFindings(input, unit.category, unit.sub_category);
        const reinspected = input.rectificationId ? await requireRectification(tx, actor, input.rectificationId) : undefined;
        if (reinspected && reinspected.unit_id !== unit.id) throw ValidationError.field('rectificationId', '整改记录不属于该单位');
        if (reinspected && reinspected.status !== 'open') throw new ConflictError('该整改已结束或已上报监督所，不能再复查');
        // A month whose registers the county accepted is closed to new patrols (re-inspections included).
        await assertMonthOpen(tx, { orgId: unit.org_id, path: unit.path }, input.patrolledOn);

        const patrolId = await repo.insertPatrol(tx, {
          client_id: input.clientId ?? null, unit_id: unit.id, org_id: unit.org_id, path: unit.path, county_code: unit.county_code,
          patrolled_on: input.patrolledOn, location_content: input.locationContent, problems: input.problems,
          remark: input.remark ?? null, patroller_id: actor.userId, patroller_name: await displayNameOf(tx, actor),
          co_patrollers: input.coPatrollers ?? null, checklist: JSON.stringify(input.checklist), outcome: input.outcome,
          rectification_deadline: input.outcome === 'rectification' ? (input.rectificationDeadline ?? null) : null,
          latitude: input.latitude ?? null, longitude: input.longitude ?? null, captured_at: input.capturedAt ? new Date(input.capturedAt) : null,
        });
        const rectificationId = reinspected
          ? await followUp(tx, actor, reinspected, patrolId, input)
          : await startRectification(tx, actor, unit, patrolId, input);
        if (rectificationId) await repo.updatePatrol(tx, patrolId, { rectification_id: rectificationId });
        const [patrol] = await withPhotos(tx, [await requirePatrol(tx, actor, patrolId)]);
        await audit(tx, actor, {
          action: 'create', entityType: 'patrol', entityId: patrolId, path: unit.path,
          summary: `巡查 ${unit.name}（${input.patrolledOn}）${reinspected ? '，复查' : ''}`, after: patrol,
        });
        return { patrol: patrol!, created: true };
      });
    },

    async addPhoto(actor: Actor, patrolId: string, file: { contentType: string; data: Buffer }) {
      require(actor, 'patrols.manage');
      if (!(PHOTO_TYPES as readonly string[]).includes(file.contentType)) throw ValidationError.field('file', '照片须为 JPEG、PNG 或 WebP');
      if (file.data.length === 0) throw ValidationError.field('file', '照片为空');
      return db.transaction().execute(async (tx) => {
        const patrol = await requirePatrol(tx, actor, patrolId);
        const sha256 = createHash('sha256').update(file.data).digest('hex');
        const photo = await repo.insertPhoto(tx, { patrol_id: patrolId, sha256, content_type: file.contentType, size: file.data.length, data: file.data });
        await audit(tx, actor, { action: 'add_photo', entityType: 'patrol', entityId: patrolId, path: patrol.path, summary: `巡查照片 ${sha256.slice(0, 12)}`, after: { photoId: photo.id, sha256 } });
        return { id: photo.id, sha256: photo.sha256, contentType: photo.content_type, size: photo.size };
      });
    },

    async photo(actor: Actor, patrolId: string, photoId: string) {
      require(actor, 'patrols.read');
      await requirePatrol(db, actor, patrolId);
      const photo = await repo.findPhoto(db, patrolId, photoId);
      if (!photo) throw new NotFoundError('照片');
      return { contentType: photo.content_type, data: photo.data };
    },

    async listRectifications(actor: Actor, query: ListRectificationsQuery) {
      require(actor, 'patrols.read');
      const { page, pageSize, overdue, ...filter } = query;
      const now = today();
      const result = await repo.listRectifications(db, actor.path, { ...filter, overdueOn: overdue ? now : undefined }, { offset: (page - 1) * pageSize, limit: pageSize });
      return { items: result.items.map((r) => toRectification(r, now)), total: result.total };
    },

    async getRectification(actor: Actor, id: string): Promise<Rectification> {
      require(actor, 'patrols.read');
      return toRectification(await requireRectification(db, actor, id), today());
    },

    async escalate(actor: Actor, id: string, reason: string): Promise<Rectification> {
      require(actor, 'patrols.manage');
      return db.transaction().execute(async (tx) => {
        const before = await requireRectification(tx, actor, id);
        if (before.status !== 'open') throw new ConflictError('只有整改中的记录可以上报监督所');
        await repo.updateRectification(tx, id, { status: 'escalated', escalated_on: today(), escalation_reason: reason });
        const after = toRectification(await requireRectification(tx, actor, id), today());
        await audit(tx, actor, { action: 'escalate', entityType: 'rectification', entityId: id, path: before.path, summary: `整改上报监督所：${before.unit_name}`, before: toRectification(before, today()), after });
        return after;
      });
    },

    async coverage(actor: Actor, year: number, quarter: Quarter) {
      require(actor, 'patrols.read');
      const period = quarterRange(year, quarter);
      const rows = await repo.countCoverageByStation(db, actor.path, period.start, period.end);
      return {
        period,
        items: rows.map((r) => {
          const active = Number(r.active);
          const patrolled = Number(r.patrolled);
          return { orgId: r.org_id, orgName: r.org_name, activeUnits: active, unitsPatrolled: patrolled, rate: patrolCoverageRate({ unitsPatrolled: patrolled, activeUnits: active }) };
        }),
      };
    },

    async unpatrolled(actor: Actor, query: { year: number; quarter: number; orgId?: string | undefined; page: number; pageSize: number }) {
      require(actor, 'patrols.read');
      const period = quarterRange(query.year, query.quarter as Quarter);
      const result = await repo.listUnpatrolledUnits(db, actor.path, period.start, period.end, query.orgId, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
      return {
        total: result.total,
        items: result.items.map((u) => ({ id: u.id, name: u.name, category: u.category, subCategory: u.sub_category, address: u.address, orgName: u.org_name, lastPatrolledOn: u.last_patrolled_on })),
      };
    },
  };

  /** A first patrol that finds problems opens a rectification (or refers it straight to the institute). */
  async function startRectification(
    tx: Executor, actor: Actor, unit: NonNullable<Awaited<ReturnType<typeof findUnit>>>, patrolId: string, input: CreatePatrolBody,
  ): Promise<string | null> {
    if (input.outcome !== 'rectification' && input.outcome !== 'referred') return null;
    const referred = input.outcome === 'referred';
    const id = await repo.insertRectification(tx, {
      unit_id: unit.id, patrol_id: patrolId, org_id: unit.org_id, path: unit.path, county_code: unit.county_code,
      problems: input.problems, required_on: input.patrolledOn,
      deadline: input.rectificationDeadline ?? input.patrolledOn, status: referred ? 'escalated' : 'open',
      escalated_on: referred ? input.patrolledOn : null, escalation_reason: referred ? input.problems : null,
    });
    await audit(tx, actor, {
      action: 'create', entityType: 'rectification', entityId: id, path: unit.path,
      summary: referred ? `巡查发现问题移交监督所：${unit.name}` : `责令整改 ${unit.name}，期限 ${input.rectificationDeadline}`,
    });
    return id;
  }

  /** A re-inspection closes, extends or escalates the rectification it follows up. */
  async function followUp(tx: Executor, actor: Actor, before: repo.RectificationRow, patrolId: string, input: CreatePatrolBody): Promise<string> {
    const change =
      input.outcome === 'rectification'
        ? { deadline: input.rectificationDeadline! }
        : input.outcome === 'referred'
          ? { status: 'escalated' as const, escalated_on: input.patrolledOn, escalation_reason: input.problems }
          : { status: 'closed' as const, closed_on: input.patrolledOn, closing_patrol_id: patrolId };
    await repo.updateRectification(tx, before.id, change);
    const after = toRectification(await requireRectification(tx, actor, before.id), today());
    await audit(tx, actor, {
      action: after.status === 'closed' ? 'close' : after.status === 'escalated' ? 'escalate' : 'extend',
      entityType: 'rectification', entityId: before.id, path: before.path,
      summary: `复查 ${before.unit_name}：${after.status === 'closed' ? '整改完成' : after.status === 'escalated' ? '拒不整改，上报监督所' : `未完成，期限延至 ${after.deadline}`}`,
      before: toRectification(before, today()), after,
    });
    return before.id;
  }
}
export type PatrolService = ReturnType<typeof createPatrolService>;
