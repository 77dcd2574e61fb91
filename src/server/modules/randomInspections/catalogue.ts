import type { Kysely } from 'kysely';
import { divisionPath, isWithinPath } from '../../../core/divisions.js';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { findUnit } from '../units/repo.js';
import { findUser } from '../users/repo.js';
import { requireManage, requireRead } from './access.js';
import * as repo from './catalogueRepo.js';
import type { Conflict, CreateConflictBody, Item, ItemBody } from './schemas.js';

const toItem = (row: repo.ItemRow, actor: Actor): Item => ({
  id: row.id, orgId: row.org_id, orgName: row.org_name, name: row.name, legalBasis: row.legal_basis, categories: row.categories,
  ratio: Number(row.ratio), frequency: row.frequency, method: row.method, active: row.active, editable: isWithinPath(row.path, actor.path),
  createdAt: new Date(row.created_at).toISOString(), updatedAt: new Date(row.updated_at).toISOString(),
});

const toConflict = (row: repo.ConflictRow): Conflict => ({
  id: row.id, inspectorId: row.inspector_id, inspectorName: row.inspector_name, unitId: row.unit_id, unitName: row.unit_name,
  reason: row.reason, createdAt: new Date(row.created_at).toISOString(),
});

const itemValues = (input: ItemBody) => ({
  name: input.name, legal_basis: input.legalBasis, categories: JSON.stringify(input.categories), ratio: input.ratio,
  frequency: input.frequency, method: input.method, active: input.active,
});

/** The 抽查事项清单 and the declared conflicts of interest: what a draw is made from. */
export function createRandomInspectionCatalogue({ db }: { db: Kysely<DB> }) {
  /** An item the actor may change: in their own subtree. A city's item seen from a county is read-only. */
  async function requireOwnItem(tx: Executor, actor: Actor, id: string) {
    const row = await repo.findItem(tx, actor.path, id);
    if (!row) throw new NotFoundError('抽查事项');
    if (!isWithinPath(row.path, actor.path)) throw new ForbiddenError('上级机构的抽查事项只能由上级机构修改');
    return row;
  }

  return {
    async listItems(actor: Actor, countyCode?: string): Promise<Item[]> {
      requireRead(actor);
      const appliesTo = countyCode ? (await db.selectFrom('divisions').select('path').where('code', '=', countyCode).executeTakeFirst())?.path : undefined;
      if (countyCode && (!appliesTo || !isWithinPath(appliesTo, actor.path))) throw ValidationError.field('countyCode', '县（区）不存在或不在您的管辖范围内');
      return (await repo.listItems(db, actor.path, { appliesTo })).map((row) => toItem(row, actor));
    },

    async getItem(actor: Actor, id: string): Promise<Item> {
      requireRead(actor);
      const row = await repo.findItem(db, actor.path, id);
      if (!row) throw new NotFoundError('抽查事项');
      return toItem(row, actor);
    },

    /** The list belongs to the actor's organisation: a county adds to its own, a city to the city's. */
    async createItem(actor: Actor, input: ItemBody): Promise<Item> {
      requireManage(actor);
      return db.transaction().execute(async (tx) => {
        const id = await repo.insertItem(tx, { ...itemValues(input), org_id: actor.orgId, path: actor.path, created_by: actor.userId || null });
        const item = toItem((await repo.findItem(tx, actor.path, id))!, actor);
        await audit(tx, actor, { action: 'create', entityType: 'random_inspection_item', entityId: id, path: actor.path, summary: `新增抽查事项：${item.name}`, after: item });
        return item;
      });
    },

    async updateItem(actor: Actor, id: string, input: ItemBody): Promise<Item> {
      requireManage(actor);
      return db.transaction().execute(async (tx) => {
        const before = toItem(await requireOwnItem(tx, actor, id), actor);
        await repo.updateItem(tx, id, itemValues(input));
        const after = toItem((await repo.findItem(tx, actor.path, id))!, actor);
        await audit(tx, actor, { action: 'update', entityType: 'random_inspection_item', entityId: id, path: actor.path, summary: `修改抽查事项：${after.name}`, before, after });
        return after;
      });
    },

    /** Only an item no plan has used: a used one stays, deactivated, so old announcements keep their source. */
    async deleteItem(actor: Actor, id: string): Promise<void> {
      requireManage(actor);
      await db.transaction().execute(async (tx) => {
        const row = await requireOwnItem(tx, actor, id);
        if (await repo.itemInUse(tx, id)) throw new ConflictError('已有抽查计划使用该事项，不能删除，可以停用');
        await repo.deleteItem(tx, id);
        await audit(tx, actor, { action: 'delete', entityType: 'random_inspection_item', entityId: id, path: row.path, summary: `删除抽查事项：${row.name}`, before: toItem(row, actor) });
      });
    },

    async listConflicts(actor: Actor): Promise<Conflict[]> {
      requireRead(actor);
      return (await repo.listConflicts(db, actor.path)).map(toConflict);
    },

    /** A declared conflict keeps that inspector away from that unit in every later draw. */
    async createConflict(actor: Actor, input: CreateConflictBody): Promise<Conflict> {
      requireManage(actor);
      return db.transaction().execute(async (tx) => {
        const unit = await findUnit(tx, actor.path, input.unitId);
        if (!unit) throw ValidationError.field('unitId', '单位不存在或不在您的管辖范围内');
        const inspector = await findUser(tx, actor.path, input.inspectorId);
        if (!inspector || inspector.role !== 'inspector') throw ValidationError.field('inspectorId', '执法人员不存在或不在您的管辖范围内');
        if (!isWithinPath(inspector.org_path, divisionPath(unit.county_code))) {
          throw ValidationError.field('inspectorId', '该执法人员不属于单位所在县（区）');
        }
        if (await repo.conflictExists(tx, input.inspectorId, input.unitId)) throw new ConflictError('该执法人员与该单位的回避关系已登记');
        const id = await repo.insertConflict(tx, { inspector_id: input.inspectorId, unit_id: input.unitId, path: unit.path, reason: input.reason, created_by: actor.userId || null });
        const conflict = toConflict((await repo.findConflict(tx, actor.path, id))!);
        await audit(tx, actor, { action: 'create', entityType: 'inspector_conflict', entityId: id, path: unit.path, summary: `登记回避：${conflict.inspectorName} — ${conflict.unitName}`, after: conflict });
        return conflict;
      });
    },

    async deleteConflict(actor: Actor, id: string): Promise<void> {
      requireManage(actor);
      await db.transaction().execute(async (tx) => {
        const row = await repo.findConflict(tx, actor.path, id);
        if (!row) throw new NotFoundError('回避登记');
        await repo.deleteConflict(tx, id);
        await audit(tx, actor, { action: 'delete', entityType: 'inspector_conflict', entityId: id, path: row.path, summary: `撤销回避：${row.inspector_name} — ${row.unit_name}`, before: toConflict(row) });
      });
    },
  };
}
