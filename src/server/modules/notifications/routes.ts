import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth.js';
import { IdParams, errorResponses } from '../../schemas.js';
import { ListNotificationsQuery, Notification, NotificationPage, UnreadCount } from './schemas.js';

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.notifications;
  const tags = ['notifications'];

  app.get(
    '/notifications',
    { schema: { tags, summary: '本人的通知（最新在前，分页；含未读数）', querystring: ListNotificationsQuery, response: { 200: NotificationPage, ...errorResponses } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/notifications/unread-count',
    { schema: { tags, summary: '本人未读通知数', response: { 200: UnreadCount, ...errorResponses } } },
    async (req) => service.unreadCount(actorOf(req)),
  );

  app.post(
    '/notifications/:id/read',
    { schema: { tags, summary: '标记一条通知为已读', params: IdParams, response: { 200: Notification, ...errorResponses } } },
    async (req) => service.markRead(actorOf(req), req.params.id),
  );

  app.post(
    '/notifications/read-all',
    { schema: { tags, summary: '全部标记为已读', response: { 200: z.object({ updated: z.number() }), ...errorResponses } } },
    async (req) => service.markAllRead(actorOf(req)),
  );
};
