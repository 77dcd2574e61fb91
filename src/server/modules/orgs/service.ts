import type { Kysely } from 'kysely';
import { countyCodeOfPath, divisionLevelOf, isWithinPath } from '../../../core/divisions.js';
import { localDate } from '../../../core/dates.js';
import { ORG_KIND_LABELS, orgKindFitsLevel } from '../../../core/orgs.js';
import { can } from '../../../core/roles.js';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { findDivision } from '../divisions/repo.js';
import * as repo from './repo.js';
import type { CloseOrgBody, CreateOrgBody, MergeOrgBody, Org, RenameOrgBody } from './schemas.js';

export function toOrg(row: repo.OrgRow): Org {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    divisionCode: row.division_code,
    divisionName: row.division_name,
    countyCode: row.county_code,
    parentId: row.parent_id,
    status: row.status,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    mergedIntoId: row.merged_into_id,
  };
}

export interface OrgServiceDeps {
  db: Kysely<DB>;
  clock?: () => Date;
}

export function createOrgService({ db, clock = () => new Date() }: OrgServiceDeps) {
  const today = () => localDate(clock());

  function requireManage(actor: Actor) {
    if (!can(actor.role, 'orgs.manage')) throw new ForbiddenError();
  }

  async function requireOrg(tx: Executor, actor: Actor, id: string) {
    const row = await repo.findOrg(tx, actor.path, id);
    if (!row) throw new NotFoundError('机构');
    return row;
  }

  async function requireActiveOrg(tx: Executor, actor: Actor, id: string) {
    const row = await requireOrg(tx, actor, id);
    if (row.status !== 'active') throw new ConflictError(`机构“${row.name}”已撤销或合并，不能再修改`);
    return row;
  }

  function requireNotFuture(field: string, date: string) {
    if (date > today()) throw ValidationError.field(field, '日期不能晚于今天');
  }

  /** Ends an org's life (closed or merged) from `date`, keeping it and its names as history. */
  async function endOrg(
    tx: Executor,
    actor: Actor,
    before: repo.OrgRow,
    change: { status: 'closed' | 'merged'; date: string; mergedIntoId?: string; action: string; summary: string; details: object },
  ): Promise<Org> {
    await repo.endCurrentOrgName(tx, before.id, change.date);
    await repo.updateOrg(tx, before.id, { status: change.status, valid_to: change.date, merged_into_id: change.mergedIntoId ?? null });
    const after = toOrg(await requireOrg(tx, actor, before.id));
    await audit(tx, actor, {
      action: change.action,
      entityType: 'org',
      entityId: before.id,
      path: before.path,
      summary: change.summary,
      before: toOrg(before),
      after: { ...after, ...change.details },
    });
    return after;
  }

  return {
    async list(actor: Actor, includeClosed: boolean): Promise<Org[]> {
      if (!can(actor.role, 'orgs.read')) throw new ForbiddenError();
      return (await repo.listOrgs(db, actor.path, includeClosed)).map(toOrg);
    },

    async get(actor: Actor, id: string) {
      if (!can(actor.role, 'orgs.read')) throw new ForbiddenError();
      const row = await requireOrg(db, actor, id);
      const names = await repo.listOrgNames(db, id);
      return {
        ...toOrg(row),
        names: names.map((n) => ({ name: n.name, validFrom: n.valid_from, validTo: n.valid_to })),
      };
    },

    async create(actor: Actor, input: CreateOrgBody): Promise<Org> {
      requireManage(actor);
      return db.transaction().execute(async (tx) => {
        const division = await findDivision(tx, actor.path, input.divisionCode);
        if (!division) throw ValidationError.field('divisionCode', '行政区划不存在或不在您的管辖范围内');
        const level = divisionLevelOf(division.code);
        if (!level || !orgKindFitsLevel(input.kind, level)) {
          throw ValidationError.field('divisionCode', `${ORG_KIND_LABELS[input.kind]}不能设在该级行政区划`);
        }
        if (input.parentId) {
          const parent = await repo.findOrg(tx, actor.path, input.parentId);
          if (!parent) throw ValidationError.field('parentId', '上级机构不存在或不在您的管辖范围内');
          if (parent.status !== 'active') throw ValidationError.field('parentId', '上级机构已撤销');
          if (!isWithinPath(division.path, parent.path)) {
            throw ValidationError.field('parentId', '上级机构须位于本机构所在区划或其上级区划');
          }
        }
        const validFrom = input.validFrom ?? today();
        requireNotFuture('validFrom', validFrom);
        const twin = await repo.findActiveOrgOfKindAt(tx, input.kind, division.code);
        if (twin) throw new ConflictError(`该区划已有${ORG_KIND_LABELS[input.kind]}“${twin.name}”`);

        const id = await repo.insertOrg(tx, {
          kind: input.kind,
          name: input.name,
          division_code: division.code,
          path: division.path,
          county_code: countyCodeOfPath(division.path),
          parent_id: input.parentId ?? null,
          status: 'active',
          valid_from: validFrom,
        });
        await repo.insertOrgName(tx, { org_id: id, name: input.name, valid_from: validFrom });
        const created = toOrg(await requireOrg(tx, actor, id));
        await audit(tx, actor, {
          action: 'create',
          entityType: 'org',
          entityId: id,
          path: division.path,
          summary: `新建机构 ${input.name}`,
          after: created,
        });
        return created;
      });
    },

    async rename(actor: Actor, id: string, input: RenameOrgBody): Promise<Org> {
      requireManage(actor);
      return db.transaction().execute(async (tx) => {
        const before = await requireActiveOrg(tx, actor, id);
        requireNotFuture('effectiveFrom', input.effectiveFrom);
        const names = await repo.listOrgNames(tx, id);
        const current = names.at(-1);
        if (current && input.effectiveFrom <= current.valid_from) {
          throw ValidationError.field('effectiveFrom', `更名日期须晚于现名称启用日期 ${current.valid_from}`);
        }
        if (input.name === before.name) throw ValidationError.field('name', '新名称与现名称相同');
        await repo.endCurrentOrgName(tx, id, input.effectiveFrom);
        await repo.insertOrgName(tx, { org_id: id, name: input.name, valid_from: input.effectiveFrom });
        await repo.updateOrg(tx, id, { name: input.name });
        const after = toOrg(await requireOrg(tx, actor, id));
        await audit(tx, actor, {
          action: 'rename',
          entityType: 'org',
          entityId: id,
          path: before.path,
          summary: `机构更名 ${before.name} → ${input.name}（${input.effectiveFrom} 起）`,
          before: toOrg(before),
          after,
        });
        return after;
      });
    },

    async close(actor: Actor, id: string, input: CloseOrgBody): Promise<Org> {
      requireManage(actor);
      return db.transaction().execute(async (tx) => {
        const before = await requireActiveOrg(tx, actor, id);
        if (before.id === actor.orgId) throw new ConflictError('不能撤销您本人所在的机构');
        requireEndDate(before.valid_from, input.date);
        requireNotFuture('date', input.date);
        const users = await repo.countEnabledUsers(tx, id);
        if (users > 0) throw new ConflictError(`该机构仍有 ${users} 个启用的用户，请先调整或停用`);
        const children = await repo.countActiveChildren(tx, id);
        if (children > 0) throw new ConflictError(`该机构仍有 ${children} 个在用的下级机构，请先处理`);
        return endOrg(tx, actor, before, {
          status: 'closed',
          date: input.date,
          action: 'close',
          summary: `撤销机构 ${before.name}：${input.reason}`,
          details: { reason: input.reason },
        });
      });
    },

    async merge(actor: Actor, id: string, input: MergeOrgBody): Promise<Org> {
      requireManage(actor);
      if (id === input.intoId) throw ValidationError.field('intoId', '不能合并到自身');
      return db.transaction().execute(async (tx) => {
        const before = await requireActiveOrg(tx, actor, id);
        if (before.id === actor.orgId) throw new ConflictError('不能合并您本人所在的机构');
        const target = await repo.findOrg(tx, actor.path, input.intoId);
        if (!target) throw ValidationError.field('intoId', '目标机构不存在或不在您的管辖范围内');
        if (target.status !== 'active') throw ValidationError.field('intoId', '目标机构已撤销或合并');
        if (target.kind !== before.kind) throw ValidationError.field('intoId', '只能合并到同类型的机构');
        requireEndDate(before.valid_from, input.date);
        requireNotFuture('date', input.date);
        const moved = await repo.transferMembers(tx, id, target.id);
        return endOrg(tx, actor, before, {
          status: 'merged',
          date: input.date,
          mergedIntoId: target.id,
          action: 'merge',
          summary: `机构 ${before.name} 并入 ${target.name}（${input.date}），转移用户 ${moved.users.length} 个、下级机构 ${moved.children.length} 个`,
          details: { movedUsers: moved.users, movedChildren: moved.children },
        });
      });
    },
  };
}
export type OrgService = ReturnType<typeof createOrgService>;

function requireEndDate(validFrom: string, date: string) {
  if (date <= validFrom) throw ValidationError.field('date', `日期须晚于机构成立日期 ${validFrom}`);
}
