import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth.js';
import { IdParams, errorResponses } from '../../schemas.js';
import { CreateDataSetBody, DataSet, DataSetTemplate, DataSetWithFields, FromTemplateBody, UpdateDataSetBody } from './schemas.js';

export const dataSetRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.dataSets;
  const tags = ['data-sets'];

  app.get(
    '/data-sets',
    { schema: { tags, summary: '适用于本单位的数据集（内置、上级建立和本辖区建立的）', response: { 200: z.object({ items: z.array(DataSet) }), ...errorResponses } } },
    async (req) => service.list(actorOf(req)),
  );

  app.get(
    '/data-set-templates',
    { schema: { tags, summary: '可用的数据集模板', response: { 200: z.object({ items: z.array(DataSetTemplate) }), ...errorResponses } } },
    async () => service.templates(),
  );

  app.get(
    '/data-sets/:id',
    { schema: { tags, summary: '数据集及其字段', params: IdParams, response: { 200: DataSetWithFields, ...errorResponses } } },
    async (req) => service.get(actorOf(req), req.params.id),
  );

  app.post(
    '/data-sets',
    { schema: { tags, summary: '新建自定义数据集（本辖区）', body: CreateDataSetBody, response: { 201: DataSetWithFields, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  );

  app.post(
    '/data-sets/from-template',
    { schema: { tags, summary: '从模板新建数据集（本辖区，自本月起）', body: FromTemplateBody, response: { 201: DataSetWithFields, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await service.fromTemplate(actorOf(req), req.body.templateCode)),
  );

  app.patch(
    '/data-sets/:id',
    { schema: { tags, summary: '修改数据集：名称、说明、期限、停止日期、字段（已有数据的字段不能删除或改小数位）', params: IdParams, body: UpdateDataSetBody, response: { 200: DataSetWithFields, ...errorResponses } } },
    async (req) => service.update(actorOf(req), req.params.id, req.body),
  );
};
