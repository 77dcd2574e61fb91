import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams } from '../../schemas.js';
import { DrawRecordSchema, PublicItem, PublicItemsQuery, PublicPlan, PublicPlanDetail, PublicPlansQuery } from './schemas.js';

/** Open to anyone, with a per-address limit like the other public routes. */
const config = { public: true, rateLimit: { max: 60, timeWindow: '1 minute', allowList: [] } };
const failures = { 400: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse };

export const randomInspectionPublicRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.randomInspectionPublic;
  const tags = ['randomInspections'];
  const base = '/public/random-inspections';

  app.get(
    `${base}/items`,
    { config, schema: { tags, summary: '抽查事项清单（公开）', security: [], querystring: PublicItemsQuery, response: { 200: z.object({ items: z.array(PublicItem) }), ...failures } } },
    async (req) => service.items(req.query.countyCode),
  );

  app.get(
    `${base}/plans`,
    { config, schema: { tags, summary: '计划公告（plan）、任务公告（task）、结果公告（result）', security: [], querystring: PublicPlansQuery, response: { 200: z.object({ items: z.array(PublicPlan) }), ...failures } } },
    async (req) => service.plans(req.query.stage, req.query.page, req.query.pageSize),
  );

  app.get(
    `${base}/plans/:id`,
    { config, schema: { tags, summary: '抽查计划公告详情（抽取后含任务，公示后含结果）', security: [], params: IdParams, response: { 200: PublicPlanDetail, ...failures } } },
    async (req) => service.plan(req.params.id),
  );

  app.get(
    `${base}/plans/:id/draw.json`,
    { config, schema: { tags, summary: '抽取记录：承诺值、冻结名单、种子（抽取后）与结果，供 npm run redraw 复核', security: [], params: IdParams, response: { 200: DrawRecordSchema, ...failures } } },
    async (req) => service.drawRecord(req.params.id),
  );
};
