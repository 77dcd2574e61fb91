import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DIVISION_LEVELS } from '../../../core/divisions.js';
import { actorOf } from '../../auth.js';
import { ErrorResponse, errorResponses } from '../../schemas.js';

const Division = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(DIVISION_LEVELS),
  parentCode: z.string().nullable(),
  hasChildren: z.boolean(),
});

const ParentCodeQuery = z.object({ parentCode: z.string().regex(/^\d{6}(\d{6})?$/, { message: '行政区划代码应为 6 位或 12 位数字' }).optional() });
const DivisionList = z.object({ items: z.array(Division) });

export const divisionRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.divisions;
  app.get(
    '/public/divisions',
    {
      config: { public: true, rateLimit: { max: 120, timeWindow: '1 minute', allowList: [] } },
      schema: {
        tags: ['divisions'],
        summary: '行政区划（公开，无需登录）：某区划的下级，至乡镇（街道）为止；不带 parentCode 时为各省',
        security: [],
        querystring: ParentCodeQuery,
        response: { 200: DivisionList, 400: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (req) => ({ items: await service.listPublic(req.query.parentCode) }),
  );
  app.get(
    '/divisions',
    {
      schema: {
        tags: ['divisions'],
        summary: '行政区划：某区划的下级；不带 parentCode 时为本人管辖区划本身',
        querystring: ParentCodeQuery,
        response: { 200: DivisionList, ...errorResponses },
      },
    },
    async (req) => ({ items: await service.list(actorOf(req), req.query.parentCode) }),
  );
};
