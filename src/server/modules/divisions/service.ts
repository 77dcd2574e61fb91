import type { Kysely } from 'kysely';
import type { DivisionLevel } from '../../../core/divisions.js';
import type { DB } from '../../db/schema.js';
import { NotFoundError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { findOrg } from '../orgs/repo.js';
import * as repo from './repo.js';

const toDivision = (r: repo.DivisionRow, hasChildren: boolean) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent_code, hasChildren });

/** The public picks where a complaint happened down to the township; villages are not asked for. */
const PUBLIC_LEVELS: readonly DivisionLevel[] = ['province', 'city', 'county', 'township'];

export function createDivisionService({ db }: { db: Kysely<DB> }) {
  return {
    /** Anyone may walk the tree from the provinces down to townships (names and codes are public). */
    async listPublic(parentCode?: string) {
      if (parentCode) {
        const parent = await repo.findDivision(db, '/', parentCode);
        if (!parent || !PUBLIC_LEVELS.includes(parent.level) || parent.level === 'township') throw new NotFoundError('行政区划');
      }
      const rows = await repo.listChildDivisions(db, '/', parentCode ?? null);
      return rows.map((r) => toDivision(r, r.level !== 'township' && Boolean(r.has_children)));
    },

    /** Children of `parentCode`, or the actor's own division when no parent is given. */
    async list(actor: Actor, parentCode?: string) {
      if (parentCode) {
        const parent = await repo.findDivision(db, actor.path, parentCode);
        if (!parent) throw new NotFoundError('行政区划');
        const rows = await repo.listChildDivisions(db, actor.path, parentCode);
        return rows.map((r) => toDivision(r, Boolean(r.has_children)));
      }
      const org = await findOrg(db, actor.path, actor.orgId);
      if (!org) throw new NotFoundError('机构');
      const own = await repo.findDivision(db, actor.path, org.division_code);
      if (!own) throw new NotFoundError('行政区划');
      const children = await repo.listChildDivisions(db, actor.path, own.code);
      return [toDivision(own, children.length > 0)];
    },
  };
}
export type DivisionService = ReturnType<typeof createDivisionService>;
