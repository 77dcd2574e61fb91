import type { Kysely } from 'kysely';
import { commonPath } from '../../../core/divisions.js';
import { passwordProblem } from '../../../core/passwords.js';
import { ROLE_LABELS, can, roleFitsOrgKind, type Role } from '../../../core/roles.js';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { deleteSessionsOfUser } from '../auth/repo.js';
import { hashPassword } from '../auth/passwordHash.js';
import { findOrg } from '../orgs/repo.js';
import * as repo from './repo.js';
import type { CreateUserBody, ListUsersQuery, UpdateUserBody, User } from './schemas.js';

export function toUser(row: repo.UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    orgId: row.org_id,
    orgName: row.org_name,
    phone: row.phone,
    certificateNo: row.certificate_no,
    certificateExpiresOn: row.certificate_expires_on,
    enabled: row.enabled,
    mustChangePassword: row.must_change_password,
    lastLoginAt: row.last_login_at ? new Date(row.last_login_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export function requireAcceptablePassword(password: string, username: string, field = 'password') {
  const problem = passwordProblem(password, username);
  if (problem) throw ValidationError.field(field, problem);
}

/** An expiry date belongs to a certificate: without its number it would count as a valid certificate of nobody knows what. */
function requireCertificateConsistent(certificateNo: string | null, expiresOn: string | null) {
  if (expiresOn !== null && certificateNo === null) throw ValidationError.field('certificateNo', '填写协管员证有效期时须填写证书编号');
}

/** The org a user is placed in must be in scope, in use, and fit the role. */
async function requirePlacement(tx: Executor, actor: Actor, orgId: string, role: Role) {
  const org = await findOrg(tx, actor.path, orgId);
  if (!org) throw ValidationError.field('orgId', '机构不存在或不在您的管辖范围内');
  if (org.status !== 'active') throw ValidationError.field('orgId', '机构已撤销或合并');
  if (!roleFitsOrgKind(role, org.kind)) {
    throw ValidationError.field('role', `${ROLE_LABELS[role]}不能设在该类机构`);
  }
  return org;
}

export function createUserService({ db }: { db: Kysely<DB> }) {
  function requireManage(actor: Actor) {
    if (!can(actor.role, 'users.manage')) throw new ForbiddenError();
  }

  async function requireUser(tx: Executor, actor: Actor, id: string) {
    const row = await repo.findUser(tx, actor.path, id);
    if (!row) throw new NotFoundError('用户');
    return row;
  }

  return {
    async list(actor: Actor, query: ListUsersQuery) {
      if (!can(actor.role, 'users.read')) throw new ForbiddenError();
      const { page, pageSize, ...filter } = query;
      const result = await repo.listUsers(db, actor.path, filter, {
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      return { items: result.items.map(toUser), total: result.total };
    },

    async get(actor: Actor, id: string): Promise<User> {
      if (!can(actor.role, 'users.read')) throw new ForbiddenError();
      return toUser(await requireUser(db, actor, id));
    },

    async create(actor: Actor, input: CreateUserBody): Promise<User> {
      requireManage(actor);
      requireAcceptablePassword(input.password, input.username);
      requireCertificateConsistent(input.certificateNo ?? null, input.certificateExpiresOn ?? null);
      const passwordHash = await hashPassword(input.password);
      return db.transaction().execute(async (tx) => {
        const org = await requirePlacement(tx, actor, input.orgId, input.role);
        if (await repo.usernameTaken(tx, input.username)) throw new ConflictError(`用户名 ${input.username} 已被使用`);
        const id = await repo.insertUser(tx, {
          username: input.username,
          display_name: input.displayName,
          role: input.role,
          org_id: org.id,
          phone: input.phone ?? null,
          certificate_no: input.certificateNo ?? null,
          certificate_expires_on: input.certificateExpiresOn ?? null,
          password_hash: passwordHash,
          must_change_password: true,
        });
        const created = toUser(await requireUser(tx, actor, id));
        await audit(tx, actor, {
          action: 'create',
          entityType: 'user',
          entityId: id,
          path: org.path,
          summary: `新建用户 ${input.username}（${ROLE_LABELS[input.role]}，${org.name}）`,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, patch: UpdateUserBody): Promise<User> {
      requireManage(actor);
      return db.transaction().execute(async (tx) => {
        const beforeRow = await requireUser(tx, actor, id);
        const before = toUser(beforeRow);
        const isSelf = id === actor.userId;
        if (isSelf && patch.enabled === false) throw new ConflictError('不能停用您本人的账号');
        if (isSelf && ((patch.role && patch.role !== before.role) || (patch.orgId && patch.orgId !== before.orgId))) {
          throw new ConflictError('不能修改您本人的角色或机构');
        }
        const role = patch.role ?? before.role;
        const orgId = patch.orgId ?? before.orgId;
        const org = patch.role || patch.orgId ? await requirePlacement(tx, actor, orgId, role) : undefined;
        requireCertificateConsistent(
          patch.certificateNo === undefined ? before.certificateNo : patch.certificateNo,
          patch.certificateExpiresOn === undefined ? before.certificateExpiresOn : patch.certificateExpiresOn,
        );
        await repo.updateUser(tx, id, {
          ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
          ...(patch.phone !== undefined ? { phone: patch.phone } : {}),
          ...(patch.certificateNo !== undefined ? { certificate_no: patch.certificateNo } : {}),
          ...(patch.certificateExpiresOn !== undefined ? { certificate_expires_on: patch.certificateExpiresOn } : {}),
          ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
          role,
          org_id: orgId,
        });
        if (patch.enabled === false) await deleteSessionsOfUser(tx, id);
        const after = toUser(await requireUser(tx, actor, id));
        await audit(tx, actor, {
          action: patch.enabled === false ? 'disable' : patch.enabled === true && !before.enabled ? 'enable' : 'update',
          entityType: 'user',
          entityId: id,
          // A move between orgs is logged where both lie, so the admins who oversee both see it.
          path: org ? commonPath(org.path, beforeRow.org_path) : beforeRow.org_path,
          summary: `修改用户 ${before.username}`,
          before,
          after,
        });
        return after;
      });
    },

    async resetPassword(actor: Actor, id: string, password: string): Promise<void> {
      requireManage(actor);
      const target = await requireUser(db, actor, id);
      requireAcceptablePassword(password, target.username);
      const passwordHash = await hashPassword(password);
      await db.transaction().execute(async (tx) => {
        await repo.updateUser(tx, id, { password_hash: passwordHash, must_change_password: true });
        await deleteSessionsOfUser(tx, id);
        await audit(tx, actor, {
          action: 'reset_password',
          entityType: 'user',
          entityId: id,
          path: target.org_path,
          summary: `重置用户 ${target.username} 的密码`,
        });
      });
    },
  };
}
export type UserService = ReturnType<typeof createUserService>;
