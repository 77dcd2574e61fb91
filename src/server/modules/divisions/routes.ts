import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DIVISION_LEVELS } from '../../../core/divisions.js';
import { actorOf } from '../../auth.js';
import { errorResponses } from '../../schemas.js';

const Division = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(DIVISION_LEVELS),
  parentCode: z.string().nullable(),
  hasChildren: z.boolean(),
});

export const divisionRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.divisions;
  app.get(
    '/divisions',
    {
      schema: {
        tags: ['divisions'],
        summary: '行政区划：某区划的下级；不带 parentCode 时为本人管辖区划本身',
        querystring: z.object({ parentCode: z.string().regex(/^\d{6}(\d{6})?$/, { message: '行政区划代码应为 6 位或 12 位数字' }).optional() }),
        response: { 200: z.object({ items: z.array(Division) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await service.list(actorOf(req), req.query.parentCode) }),
  );
};
