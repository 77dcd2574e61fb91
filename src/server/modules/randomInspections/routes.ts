import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth.js';
import { IdParams, errorResponses } from '../../schemas.js';
import {
  CancelPlanBody, Conflict, CreateConflictBody, CreatePlanBody, Item, ItemBody, ListItemsQuery, ListPlansQuery, Plan, PlanDetail, RecordResultBody,
  TaskParams, UpdatePlanBody,
} from './schemas.js';

/** The steps without a body: path segment, service method, summary. */
const PLAIN_STEPS = [
  ['commit', 'commit', '生成种子并公布其 SHA-256 承诺值，冻结候选单位与执法人员名录'],
  ['draw', 'draw', '公开种子并抽取单位与执法人员（任务）'],
  ['publish', 'publish', '公示结果（全部任务已登记结果）'],
] as const;

export const randomInspectionRoutes: FastifyPluginAsyncZod = async (app) => {
  const plans = app.services.randomInspections;
  const catalogue = app.services.randomInspectionCatalogue;
  const tags = ['randomInspections'];
  const base = '/random-inspections';
  const noContent = { 204: z.null(), ...errorResponses };

  app.get(`${base}/items`, { schema: { tags, summary: '抽查事项清单（本级、下级及上级的清单）', querystring: ListItemsQuery, response: { 200: z.object({ items: z.array(Item) }), ...errorResponses } } },
    async (req) => ({ items: await catalogue.listItems(actorOf(req), req.query.countyCode) }));
  app.post(`${base}/items`, { schema: { tags, summary: '新增抽查事项（属于本机构）', body: ItemBody, response: { 201: Item, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await catalogue.createItem(actorOf(req), req.body)));
  app.get(`${base}/items/:id`, { schema: { tags, summary: '抽查事项', params: IdParams, response: { 200: Item, ...errorResponses } } },
    async (req) => catalogue.getItem(actorOf(req), req.params.id));
  app.put(`${base}/items/:id`, { schema: { tags, summary: '修改抽查事项（含停用）', params: IdParams, body: ItemBody, response: { 200: Item, ...errorResponses } } },
    async (req) => catalogue.updateItem(actorOf(req), req.params.id, req.body));
  app.delete(`${base}/items/:id`, { schema: { tags, summary: '删除未被计划使用的抽查事项', params: IdParams, response: noContent } },
    async (req, reply) => { await catalogue.deleteItem(actorOf(req), req.params.id); return reply.status(204).send(null); });

  app.get(`${base}/conflicts`, { schema: { tags, summary: '执法人员回避（利益冲突）登记', response: { 200: z.object({ items: z.array(Conflict) }), ...errorResponses } } },
    async (req) => ({ items: await catalogue.listConflicts(actorOf(req)) }));
  app.post(`${base}/conflicts`, { schema: { tags, summary: '登记回避：该执法人员不会被派往该单位', body: CreateConflictBody, response: { 201: Conflict, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await catalogue.createConflict(actorOf(req), req.body)));
  app.delete(`${base}/conflicts/:id`, { schema: { tags, summary: '撤销回避登记', params: IdParams, response: noContent } },
    async (req, reply) => { await catalogue.deleteConflict(actorOf(req), req.params.id); return reply.status(204).send(null); });

  app.get(`${base}/plans`, { schema: { tags, summary: '抽查计划（管辖范围内，分页）', querystring: ListPlansQuery, response: { 200: z.object({ items: z.array(Plan), total: z.number() }), ...errorResponses } } },
    async (req) => plans.list(actorOf(req), req.query));
  app.post(`${base}/plans`, { schema: { tags, summary: '新建抽查计划（草稿）', body: CreatePlanBody, response: { 201: PlanDetail, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await plans.create(actorOf(req), req.body)));
  app.get(`${base}/plans/:id`, { schema: { tags, summary: '抽查计划详情（冻结名单与任务）', params: IdParams, response: { 200: PlanDetail, ...errorResponses } } },
    async (req) => plans.get(actorOf(req), req.params.id));
  app.put(`${base}/plans/:id`, { schema: { tags, summary: '修改草稿计划', params: IdParams, body: UpdatePlanBody, response: { 200: PlanDetail, ...errorResponses } } },
    async (req) => plans.update(actorOf(req), req.params.id, req.body));
  for (const [segment, method, summary] of PLAIN_STEPS) {
    app.post(`${base}/plans/:id/${segment}`, { schema: { tags, summary, params: IdParams, response: { 200: PlanDetail, ...errorResponses } } },
      async (req) => plans[method](actorOf(req), req.params.id));
  }
  app.post(`${base}/plans/:id/cancel`, { schema: { tags, summary: '取消计划（抽取前，须写明理由）', params: IdParams, body: CancelPlanBody, response: { 200: PlanDetail, ...errorResponses } } },
    async (req) => plans.cancel(actorOf(req), req.params.id, req.body.reason));
  app.put(`${base}/plans/:id/tasks/:taskId/result`, { schema: { tags, summary: '登记一户单位的检查结果', params: TaskParams, body: RecordResultBody, response: { 200: PlanDetail, ...errorResponses } } },
    async (req) => plans.recordResult(actorOf(req), req.params.id, req.params.taskId, req.body));
};
