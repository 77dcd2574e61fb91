import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, clearSessionCookie, sessionTokenOf, sessionUserOf, setSessionCookie, SESSION_COOKIE } from '../../auth.js';
import { errorResponses, ErrorResponse } from '../../schemas.js';
import { ChangePasswordBody, LoginBody, MeResponse } from './schemas.js';
import { z } from 'zod';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { auth } = app.services;
  const { cookieSecure } = app.deps.config;
  const tags = ['auth'];

  app.post(
    '/auth/login',
    {
      config: { public: true },
      schema: { tags, summary: '登录', body: LoginBody, response: { 200: MeResponse, ...errorResponses, 429: ErrorResponse } },
    },
    async (req, reply) => {
      const result = await auth.login({ ...req.body, ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
      setSessionCookie(reply, result.token, result.expiresAt, cookieSecure);
      return { user: result.user };
    },
  );

  app.post(
    '/auth/logout',
    { config: { public: true }, schema: { tags, summary: '退出登录', response: { 204: z.null() } } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await auth.logout(token);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { config: { allowPendingPasswordChange: true }, schema: { tags, summary: '当前用户', response: { 200: MeResponse, ...errorResponses } } },
    async (req) => ({ user: await auth.describe(sessionUserOf(req)) }),
  );

  app.post(
    '/auth/password',
    {
      config: { allowPendingPasswordChange: true },
      schema: { tags, summary: '修改本人密码', body: ChangePasswordBody, response: { 204: z.null(), ...errorResponses } },
    },
    async (req, reply) => {
      await auth.changePassword(actorOf(req), sessionTokenOf(req), req.body.currentPassword, req.body.newPassword);
      return reply.status(204).send(null);
    },
  );
};
