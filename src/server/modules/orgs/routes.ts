import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth.js';
import { IdParams, errorResponses } from '../../schemas.js';
import { CloseOrgBody, CreateOrgBody, ListOrgsQuery, MergeOrgBody, Org, OrgDetail, RenameOrgBody } from './schemas.js';
import { z } from 'zod';

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.orgs;
  const tags = ['orgs'];

  app.get(
    '/orgs',
    { schema: { tags, summary: '机构列表（管辖范围内）', querystring: ListOrgsQuery, response: { 200: z.object({ items: z.array(Org) }), ...errorResponses } } },
    async (req) => ({ items: await service.list(actorOf(req), req.query.includeClosed) }),
  );

  app.get(
    '/orgs/:id',
    { schema: { tags, summary: '机构详情与名称沿革', params: IdParams, response: { 200: OrgDetail, ...errorResponses } } },
    async (req) => service.get(actorOf(req), req.params.id),
  );

  app.post(
    '/orgs',
    { schema: { tags, summary: '新建机构', body: CreateOrgBody, response: { 201: Org, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  );

  app.post(
    '/orgs/:id/rename',
    { schema: { tags, summary: '机构更名（保留历史名称）', params: IdParams, body: RenameOrgBody, response: { 200: Org, ...errorResponses } } },
    async (req) => service.rename(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/orgs/:id/close',
    { schema: { tags, summary: '撤销机构', params: IdParams, body: CloseOrgBody, response: { 200: Org, ...errorResponses } } },
    async (req) => service.close(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/orgs/:id/merge',
    { schema: { tags, summary: '合并机构（用户与下级机构转入目标机构）', params: IdParams, body: MergeOrgBody, response: { 200: Org, ...errorResponses } } },
    async (req) => service.merge(actorOf(req), req.params.id, req.body),
  );
};
