import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth.js';
import { IsoDate, Pagination, errorResponses } from '../../schemas.js';
import { localDayRange } from '../../time.js';

const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  summary: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});

const ListAuditQuery = z.object({
  entityType: z.string().trim().max(32).optional(),
  entityId: z.string().trim().max(64).optional(),
  action: z.string().trim().max(32).optional(),
  actor: z.string().trim().max(64).optional(),
  from: IsoDate.optional().describe('起始日期（含），北京时间'),
  to: IsoDate.optional().describe('截止日期（含），北京时间'),
  ...Pagination,
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.audit;
  app.get(
    '/audit',
    { schema: { tags: ['audit'], summary: '审计日志（管辖范围内，分页、筛选）', querystring: ListAuditQuery, response: { 200: z.object({ items: z.array(AuditEntry), total: z.number() }), ...errorResponses } } },
    async (req) => {
      const { page, pageSize, from, to, ...filter } = req.query;
      return service.list(
        actorOf(req),
        {
          ...filter,
          from: from ? localDayRange(from, from).from : undefined,
          to: to ? localDayRange(to, to).to : undefined,
        },
        page,
        pageSize,
      );
    },
  );
};
