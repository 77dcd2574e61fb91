import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { NotFoundError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { findOrg } from '../orgs/repo.js';
import * as repo from './repo.js';

export function createDivisionService({ db }: { db: Kysely<DB> }) {
  return {
    /** Children of `parentCode`, or the actor's own division when no parent is given. */
    async list(actor: Actor, parentCode?: string) {
      if (parentCode) {
        const parent = await repo.findDivision(db, actor.path, parentCode);
        if (!parent) throw new NotFoundError('行政区划');
        const rows = await repo.listChildDivisions(db, actor.path, parentCode);
        return rows.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent_code, hasChildren: Boolean(r.has_children) }));
      }
      const org = await findOrg(db, actor.path, actor.orgId);
      if (!org) throw new NotFoundError('机构');
      const own = await repo.findDivision(db, actor.path, org.division_code);
      if (!own) throw new NotFoundError('行政区划');
      const children = await repo.listChildDivisions(db, actor.path, own.code);
      return [{ code: own.code, name: own.name, level: own.level, parentCode: own.parent_code, hasChildren: children.length > 0 }];
    },
  };
}
export type DivisionService = ReturnType<typeof createDivisionService>;
