import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UNIT_CATEGORIES } from '../../../core/unitCategories.js';
import { actorOf } from '../../auth.js';
import { IdParams, errorResponses } from '../../schemas.js';
import { CloseUnitBody, CreateUnitBody, FilingRateQuery, FilingRateRow, ListUnitsQuery, Unit, UpdateUnitBody } from './schemas.js';

const Label = z.object({ code: z.string(), zh: z.string(), en: z.string() });
const Category = Label.extend({
  subCategories: z.array(Label.extend({ licence: z.object({ zh: z.string(), en: z.string() }).nullable() })),
  checklist: z.array(Label.extend({ onlyFor: z.array(z.string()).readonly().optional() })),
});

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.units;
  const tags = ['units'];

  app.get(
    '/unit-categories',
    { schema: { tags, summary: '单位类别字典（含子类、许可证要求、巡查检查项）', response: { 200: z.object({ items: z.array(Category) }) } } },
    async () => ({ items: UNIT_CATEGORIES.map((c) => ({ ...c, subCategories: [...c.subCategories], checklist: [...c.checklist] })) }),
  );

  app.get(
    '/units',
    { schema: { tags, summary: '单位档案列表（管辖范围内，分页、筛选）', querystring: ListUnitsQuery, response: { 200: z.object({ items: z.array(Unit), total: z.number() }), ...errorResponses } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/units/filing-rate',
    { schema: { tags, summary: '建档率（按协管站）', querystring: FilingRateQuery, response: { 200: z.object({ items: z.array(FilingRateRow) }), ...errorResponses } } },
    async (req) => ({ items: await service.filingRates(actorOf(req), req.query.townshipCode) }),
  );

  app.get(
    '/units/:id',
    { schema: { tags, summary: '单位档案', params: IdParams, response: { 200: Unit, ...errorResponses } } },
    async (req) => service.get(actorOf(req), req.params.id),
  );

  app.post(
    '/units',
    { schema: { tags, summary: '建档（带 clientId 重发不重复）', body: CreateUnitBody, response: { 200: Unit, 201: Unit, ...errorResponses } } },
    async (req, reply) => {
      const { unit, created } = await service.create(actorOf(req), req.body);
      return reply.status(created ? 201 : 200).send(unit);
    },
  );

  app.patch(
    '/units/:id',
    { schema: { tags, summary: '修改单位档案', params: IdParams, body: UpdateUnitBody, response: { 200: Unit, ...errorResponses } } },
    async (req) => service.update(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/units/:id/close',
    { schema: { tags, summary: '注销单位（档案保留）', params: IdParams, body: CloseUnitBody, response: { 200: Unit, ...errorResponses } } },
    async (req) => service.close(actorOf(req), req.params.id, req.body),
  );
};
