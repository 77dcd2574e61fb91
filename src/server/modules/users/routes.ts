import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth.js';
import { IdParams, errorResponses } from '../../schemas.js';
import { CreateUserBody, ListUsersQuery, ResetPasswordBody, UpdateUserBody, User } from './schemas.js';

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.users;
  const tags = ['users'];

  app.get(
    '/users',
    { schema: { tags, summary: '用户列表（管辖范围内，分页）', querystring: ListUsersQuery, response: { 200: z.object({ items: z.array(User), total: z.number() }), ...errorResponses } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/users/:id',
    { schema: { tags, summary: '用户详情', params: IdParams, response: { 200: User, ...errorResponses } } },
    async (req) => service.get(actorOf(req), req.params.id),
  );

  app.post(
    '/users',
    { schema: { tags, summary: '新建用户（首次登录须改密码）', body: CreateUserBody, response: { 201: User, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  );

  app.patch(
    '/users/:id',
    { schema: { tags, summary: '修改用户：姓名、角色、机构、电话、协管员证、启用/停用', params: IdParams, body: UpdateUserBody, response: { 200: User, ...errorResponses } } },
    async (req) => service.update(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/users/:id/reset-password',
    { schema: { tags, summary: '重置密码（用户下次登录须修改）', params: IdParams, body: ResetPasswordBody, response: { 204: z.null(), ...errorResponses } } },
    async (req, reply) => {
      await service.resetPassword(actorOf(req), req.params.id, req.body.password);
      return reply.status(204).send(null);
    },
  );
};
