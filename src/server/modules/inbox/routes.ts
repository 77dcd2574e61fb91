import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth.js';
import { errorResponses } from '../../schemas.js';
import { InboxPage, InboxQuery } from './schemas.js';

export const inboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/inbox',
    { schema: { tags: ['complaints'], summary: '收件箱：投诉举报与协管站信息报告合并待办（管辖范围内，新到在前）', querystring: InboxQuery, response: { 200: InboxPage, ...errorResponses } } },
    async (req) => app.services.inbox.list(actorOf(req), req.query),
  );
};
