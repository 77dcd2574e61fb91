import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { LicensingAction } from '../../../core/licensing.js';
import { actorOf } from '../../auth.js';
import { ErrorResponse, IdParams, errorResponses } from '../../schemas.js';
import {
  CreateLicenceApplicationBody, IssueLicenceBody, LicenceApplication, LicensingIndicators, LicensingIndicatorsQuery,
  ListLicenceApplicationsQuery, PublicLicence, PublicLicenceQuery, RefuseLicenceBody,
} from './schemas.js';

/** The steps without a body: path segment, core action, summary. */
const PLAIN_STEPS: [string, LicensingAction, string][] = [
  ['review-documents', 'reviewDocuments', '开始资料审核'],
  ['pass-documents', 'passDocuments', '资料审核通过，进入现场审查'],
  ['pass-site', 'passSite', '现场审查通过，进入审批'],
  ['withdraw', 'withdraw', '申请人撤回申请'],
];

export const licensingRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.licensing;
  const tags = ['licensing'];

  app.get(
    '/public/licences',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute', allowList: [] } },
      schema: {
        tags, summary: '公众查询卫生许可证（无需登录，不含个人信息）', security: [], querystring: PublicLicenceQuery,
        response: { 200: z.object({ items: z.array(PublicLicence) }), 400: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (req) => service.searchPublic(req.query.q),
  );

  app.get(
    '/licensing',
    { schema: { tags, summary: '许可申请（管辖范围内，分页、筛选）', querystring: ListLicenceApplicationsQuery, response: { 200: z.object({ items: z.array(LicenceApplication), total: z.number() }), ...errorResponses } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/licensing/indicators',
    { schema: { tags, summary: '办结率与平均办结天数（按办结日期）', querystring: LicensingIndicatorsQuery, response: { 200: LicensingIndicators, ...errorResponses } } },
    async (req) => service.indicators(actorOf(req), req.query),
  );

  app.get(
    '/licensing/:id',
    { schema: { tags, summary: '许可申请详情', params: IdParams, response: { 200: LicenceApplication, ...errorResponses } } },
    async (req) => service.get(actorOf(req), req.params.id),
  );

  app.post(
    '/licensing',
    { schema: { tags, summary: '受理许可申请（按工作日计算办理期限）', body: CreateLicenceApplicationBody, response: { 201: LicenceApplication, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  );

  for (const [segment, action, summary] of PLAIN_STEPS) {
    app.post(
      `/licensing/:id/${segment}`,
      { schema: { tags, summary, params: IdParams, response: { 200: LicenceApplication, ...errorResponses } } },
      async (req) => service.handle(actorOf(req), req.params.id, action),
    );
  }

  app.post(
    '/licensing/:id/issue',
    { schema: { tags, summary: '批准：新办发证，延续、变更换发（沿用证号），注销（有单位档案时同步更新其许可证信息）', params: IdParams, body: IssueLicenceBody, response: { 200: LicenceApplication, ...errorResponses } } },
    async (req) => service.handle(actorOf(req), req.params.id, 'issue', req.body ?? {}),
  );

  app.post(
    '/licensing/:id/refuse',
    { schema: { tags, summary: '不予许可（须写明理由）', params: IdParams, body: RefuseLicenceBody, response: { 200: LicenceApplication, ...errorResponses } } },
    async (req) => service.handle(actorOf(req), req.params.id, 'refuse', req.body),
  );
};
