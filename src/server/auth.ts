import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthorizedError } from './errors.js';
import type { SessionUser } from './modules/auth/repo.js';
import type { AuthService } from './modules/auth/service.js';
import type { Actor } from './scope.js';

export const SESSION_COOKIE = 'wj_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionUser: SessionUser | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
    /** Reachable while the user still has to change a reset password. */
    allowPendingPasswordChange?: boolean;
  }
}

/** Sign-in is checked once, here, for the whole /api tree. */
export function registerAuthHook(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionUser', null);
  app.addHook('onRequest', async (request) => {
    if (!needsSignIn(request)) return;
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await auth.resolve(token, request.ip) : undefined;
    if (!session) throw new UnauthorizedError();
    if (session.row.must_change_password && !request.routeOptions.config.allowPendingPasswordChange) {
      throw new ForbiddenError('请先修改初始密码');
    }
    request.actor = session.actor;
    request.sessionUser = session.row;
  });
}

function needsSignIn(request: FastifyRequest): boolean {
  const url = request.url;
  if (!url.startsWith('/api/') || url.startsWith('/api/docs')) return false;
  return !request.routeOptions.config.public;
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthorizedError();
  return request.actor;
}

export function sessionUserOf(request: FastifyRequest): SessionUser {
  if (!request.sessionUser) throw new UnauthorizedError();
  return request.sessionUser;
}

export function sessionTokenOf(request: FastifyRequest): string {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) throw new UnauthorizedError();
  return token;
}

export function setSessionCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
