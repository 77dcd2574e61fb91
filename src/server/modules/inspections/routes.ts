import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth.js';
import { IdParams, errorResponses } from '../../schemas.js';
import { CreateInspectionBody, Inspection, ListInspectionsQuery, Officer } from './schemas.js';

export const inspectionRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.inspections;
  const tags = ['inspections'];

  app.get(
    '/inspections',
    { schema: { tags, summary: '监督检查（管辖范围内，分页；overdue=true 为逾期整改令）', querystring: ListInspectionsQuery, response: { 200: z.object({ items: z.array(Inspection), total: z.number() }), ...errorResponses } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/inspections/officers',
    { schema: { tags, summary: '可列为检查人员或承办人的卫生监督员（管辖范围内、在岗）', response: { 200: z.object({ items: z.array(Officer) }), ...errorResponses } } },
    async (req) => service.officers(actorOf(req)),
  );

  app.get(
    '/inspections/:id',
    { schema: { tags, summary: '监督检查记录', params: IdParams, response: { 200: Inspection, ...errorResponses } } },
    async (req) => service.get(actorOf(req), req.params.id),
  );

  app.post(
    '/inspections',
    { schema: { tags, summary: '登记监督检查；责令整改即下达整改令，带 followUpOf 为复查', body: CreateInspectionBody, response: { 201: Inspection, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  );
};
