import { can } from '../../../core/roles.js';
import { ForbiddenError } from '../../errors.js';
import type { Actor } from '../../scope.js';

/** Province, city or county: '/32/3212/321281/' has three levels. Stations and below plan nothing. */
const isCountyOrAbove = (path: string) => path.split('/').filter(Boolean).length <= 3;

export function requireRead(actor: Actor): void {
  if (!can(actor.role, 'randomInspections.read')) throw new ForbiddenError();
}

/** Item lists, plans and draws are managed by a county institute or above, never by a station. */
export function requireManage(actor: Actor): void {
  if (!can(actor.role, 'randomInspections.manage')) throw new ForbiddenError();
  if (!isCountyOrAbove(actor.path)) throw new ForbiddenError('双随机抽查由县级及以上卫生监督机构管理');
}
