import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DivisionLevel } from '../../../core/divisions.js';
import { divisionAncestry } from '../../../core/divisions.js';
import type { AppConfig } from '../../config.js';
import type { DB } from '../../db/schema.js';
import { ForbiddenError, TooManyRequestsError, UnauthorizedError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { findDivisionsByCodes } from '../divisions/repo.js';
import { requireAcceptablePassword } from '../users/service.js';
import { findPasswordHash, findUserForLogin, updateUser } from '../users/repo.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwordHash.js';
import * as repo from './repo.js';
import type { Me } from './schemas.js';

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** An IP may fail this many times the per-user limit before it is refused outright. */
const IP_FAILURE_FACTOR = 4;

export interface AuthServiceDeps {
  db: Kysely<DB>;
  config: Pick<AppConfig, 'sessionTtlHours' | 'loginMaxFailures' | 'loginWindowMinutes'>;
  clock?: () => Date;
}

export function createAuthService({ db, config, clock = () => new Date() }: AuthServiceDeps) {
  async function requireNotThrottled(username: string, ip: string | null) {
    const since = new Date(clock().getTime() - config.loginWindowMinutes * 60_000);
    const userFailures = await repo.countRecentFailures(db, username, since);
    const ipFailures = ip ? await repo.countRecentFailuresFromIp(db, ip, since) : 0;
    if (userFailures >= config.loginMaxFailures || ipFailures >= config.loginMaxFailures * IP_FAILURE_FACTOR) {
      throw new TooManyRequestsError(`登录失败次数过多，请 ${config.loginWindowMinutes} 分钟后再试`);
    }
  }

  return {
    /** Returns the new session's token (for the cookie) and the user. */
    async login(input: { username: string; password: string; ip: string | null; userAgent: string | null }) {
      const now = clock();
      await requireNotThrottled(input.username, input.ip);
      const user = await findUserForLogin(db, input.username);
      const valid = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
      await repo.recordLoginAttempt(db, { username: input.username, ip: input.ip, success: valid && !!user, at: now });
      if (!user || !valid) throw new UnauthorizedError('用户名或密码错误');
      if (!user.enabled) throw new ForbiddenError('账号已停用，请联系管理员');
      if (user.org_status !== 'active') throw new ForbiddenError('您所在的机构已撤销或合并，请联系管理员');

      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + config.sessionTtlHours * 3_600_000);
      await db.transaction().execute(async (tx) => {
        await repo.deleteExpiredSessions(tx, now);
        await repo.insertSession(tx, { id: sessionIdOf(token), userId: user.id, expiresAt, ip: input.ip, userAgent: input.userAgent });
        await repo.touchLastLogin(tx, user.id, now);
      });
      const sessionUser = await repo.findSessionUser(db, sessionIdOf(token), now);
      if (!sessionUser) throw new UnauthorizedError();
      return { token, expiresAt, user: await describe(sessionUser) };
    },

    async logout(token: string): Promise<void> {
      await repo.deleteSession(db, sessionIdOf(token));
    },

    /** The actor behind a cookie token, or undefined when the session is missing or over. */
    async resolve(token: string, ip: string | null) {
      const row = await repo.findSessionUser(db, sessionIdOf(token), clock());
      if (!row) return undefined;
      const actor: Actor = { userId: row.id, username: row.username, role: row.role, orgId: row.org_id, path: row.org_path, ip };
      return { actor, row };
    },

    describe,

    async changePassword(actor: Actor, token: string, currentPassword: string, newPassword: string) {
      const stored = await findPasswordHash(db, actor.userId);
      if (!stored || !(await verifyPassword(stored, currentPassword))) {
        throw ValidationError.field('currentPassword', '当前密码不正确');
      }
      requireAcceptablePassword(newPassword, actor.username, 'newPassword');
      if (currentPassword === newPassword) throw ValidationError.field('newPassword', '新密码不能与当前密码相同');
      const passwordHash = await hashPassword(newPassword);
      await db.transaction().execute(async (tx) => {
        await updateUser(tx, actor.userId, { password_hash: passwordHash, must_change_password: false });
        await repo.deleteSessionsOfUser(tx, actor.userId, sessionIdOf(token));
        await audit(tx, actor, {
          action: 'change_password',
          entityType: 'user',
          entityId: actor.userId,
          path: actor.path,
          summary: `用户 ${actor.username} 修改了自己的密码`,
        });
      });
    },
  };

  async function describe(row: repo.SessionUser): Promise<Me> {
    const ancestry = await findDivisionsByCodes(db, divisionAncestry(row.division_code));
    const byCode = new Map(ancestry.map((d) => [d.code, d]));
    const divisionPath = divisionAncestry(row.division_code)
      .map((code) => byCode.get(code))
      .filter((d) => d !== undefined)
      .map((d) => ({ code: d.code, name: d.name, level: d.level as DivisionLevel }));
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      mustChangePassword: row.must_change_password,
      org: {
        id: row.org_id,
        name: row.org_name,
        kind: row.org_kind,
        divisionCode: row.division_code,
        divisionName: row.division_name,
        divisionPath,
      },
    };
  }
}
export type AuthService = ReturnType<typeof createAuthService>;
