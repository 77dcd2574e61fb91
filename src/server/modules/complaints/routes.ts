import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth.js';
import { ErrorResponse, IdParams, errorResponses } from '../../schemas.js';
import {
  AssignComplaintBody, Complaint, CreateComplaintBody, ListComplaintsQuery, PublicComplaintBody, PublicComplaintReceipt,
  PublicComplaintStatus, ReplyComplaintBody, TrackingParams,
} from './schemas.js';

export const complaintRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.complaints;
  const tags = ['complaints'];
  const publicErrors = { 400: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse };

  app.post(
    '/public/complaints',
    {
      config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute', allowList: [] } },
      schema: { tags, summary: '公众投诉举报（无需登录，可匿名；返回查询码）', security: [], body: PublicComplaintBody, response: { 201: PublicComplaintReceipt, ...publicErrors } },
    },
    async (req, reply) => reply.status(201).send(await service.submitPublic(req.body, req.ip)),
  );

  app.get(
    '/public/complaints/:code',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute', allowList: [] } },
      schema: { tags, summary: '凭查询码查询办理进度与答复（不含个人信息）', security: [], params: TrackingParams, response: { 200: PublicComplaintStatus, ...publicErrors } },
    },
    async (req) => service.lookupPublic(req.params.code),
  );

  app.get(
    '/complaints',
    { schema: { tags, summary: '投诉举报（管辖范围内，分页、筛选）', querystring: ListComplaintsQuery, response: { 200: z.object({ items: z.array(Complaint), total: z.number() }), ...errorResponses } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/complaints/:id',
    { schema: { tags, summary: '投诉举报详情', params: IdParams, response: { 200: Complaint, ...errorResponses } } },
    async (req) => service.get(actorOf(req), req.params.id),
  );

  app.post(
    '/complaints',
    { schema: { tags, summary: '登记电话、来信、来访或转办的投诉举报', body: CreateComplaintBody, response: { 201: Complaint, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  );

  app.post(
    '/complaints/:id/assign',
    { schema: { tags, summary: '分派承办人（本辖区卫生监督员）', params: IdParams, body: AssignComplaintBody, response: { 200: Complaint, ...errorResponses } } },
    async (req) => service.handle(actorOf(req), req.params.id, 'assign', req.body),
  );

  app.post(
    '/complaints/:id/investigate',
    { schema: { tags, summary: '开始调查', params: IdParams, response: { 200: Complaint, ...errorResponses } } },
    async (req) => service.handle(actorOf(req), req.params.id, 'investigate'),
  );

  app.post(
    '/complaints/:id/reply',
    { schema: { tags, summary: '答复（公众凭查询码可见）', params: IdParams, body: ReplyComplaintBody, response: { 200: Complaint, ...errorResponses } } },
    async (req) => service.handle(actorOf(req), req.params.id, 'reply', req.body),
  );

  app.post(
    '/complaints/:id/close',
    { schema: { tags, summary: '办结', params: IdParams, response: { 200: Complaint, ...errorResponses } } },
    async (req) => service.handle(actorOf(req), req.params.id, 'close'),
  );
};
