import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth.js';
import { ErrorResponse, IdParams, errorResponses } from '../../schemas.js';
import { GradedUnitPage, OpenDataCsvQuery, OpenDataQuery, PublicUnitPage, PublicUnitQuery, UnitArea, UnitAreaQuery } from './publicSchemas.js';
import { CSV_MAX_ROWS } from './publicService.js';
import { AppealBody, CreateGradingBody, DecideAppealBody, Grading, GradingSetup, ListGradingsQuery, RegradeBody, ReplyBody } from './schemas.js';

export const gradingRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.grading;
  const open = app.services.gradingPublic;
  const tags = ['grading'];
  const publicErrors = { 400: ErrorResponse, 429: ErrorResponse };
  const publicConfig = (max: number) => ({ public: true, rateLimit: { max, timeWindow: '1 minute', allowList: [] } });
  const one = { params: IdParams, response: { 200: Grading, ...errorResponses } };

  app.get(
    '/public/units',
    {
      config: publicConfig(30),
      schema: { tags, summary: '公众查询单位：量化分级等级、公示日期、单位回应、许可状态、最近检查结果（无需登录，不含个人信息）', security: [], querystring: PublicUnitQuery, response: { 200: PublicUnitPage, ...publicErrors } },
    },
    async (req) => open.searchUnits(req.query),
  );

  app.get(
    '/public/unit-areas',
    {
      config: publicConfig(60),
      schema: { tags, summary: '有单位的县（区），或某县（区）有单位的乡镇（街道），供公众查询选择地区', security: [], querystring: UnitAreaQuery, response: { 200: z.object({ items: z.array(UnitArea) }), ...publicErrors } },
    },
    async (req) => open.unitAreas(req.query.parentCode),
  );

  app.get(
    '/public/open-data/graded-units',
    {
      config: publicConfig(60),
      schema: {
        tags, security: [], querystring: OpenDataQuery, response: { 200: GradedUnitPage, ...publicErrors },
        summary: '开放数据：已公示量化分级的单位（JSON，分页）',
        description: '每个单位一条现行评级；unit_id 是单位的稳定编号，重新评级后不变。可按县（区）与更新日期筛选。',
      },
    },
    async (req) => open.gradedUnits(req.query),
  );

  app.get(
    '/public/open-data/graded-units.csv',
    {
      config: publicConfig(20),
      schema: {
        tags, security: [], querystring: OpenDataCsvQuery, produces: ['text/csv'], response: { 200: z.any().describe('UTF-8（带 BOM）CSV，首行为英文列名，列同 JSON'), ...publicErrors },
        summary: '开放数据：已公示量化分级的单位（CSV）',
        description: `列：unit_id,name,category,address,county_code,township_code,grade,score,notice_date,reply_present,updated_at。最多 ${CSV_MAX_ROWS} 行，更多请用分页的 JSON。`,
      },
    },
    async (req, reply) => reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="graded-units.csv"')
      .send(Buffer.from(await open.gradedUnitsCsv(req.query), 'utf8')),
  );

  app.get(
    '/gradings/setup',
    { schema: { tags, summary: '评分表、等级阈值与封顶规则（网页实时预览用同一规则）', response: { 200: GradingSetup, ...errorResponses } } },
    async (req) => service.setup(actorOf(req)),
  );

  app.get(
    '/gradings',
    { schema: { tags, summary: '量化分级评级（管辖范围内，分页、筛选）', querystring: ListGradingsQuery, response: { 200: z.object({ items: z.array(Grading), total: z.number() }), ...errorResponses } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get('/gradings/:id', { schema: { tags, summary: '评级详情', ...one } }, async (req) => service.get(actorOf(req), req.params.id));

  app.post(
    '/gradings',
    { schema: { tags, summary: '按单位类别的评分表评分（草稿）', body: CreateGradingBody, response: { 201: Grading, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  );

  app.post(
    '/gradings/:id/discard',
    { schema: { tags, summary: '删除评级草稿（已公示的不能删除）', params: IdParams, response: { 204: z.null().describe('已删除'), ...errorResponses } } },
    async (req, reply) => {
      await service.discard(actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/gradings/:id/publish',
    { schema: { tags, summary: '公示（公示日期为当日；取代该单位此前的评级，更新单位档案的等级）', ...one } },
    async (req) => service.publish(actorOf(req), req.params.id),
  );

  app.post(
    '/gradings/:id/reply',
    { schema: { tags, summary: '登记单位回应（与等级一同公开）', ...one, body: ReplyBody } },
    async (req) => service.reply(actorOf(req), req.params.id, req.body.reply),
  );

  app.post(
    '/gradings/:id/appeal',
    { schema: { tags, summary: '单位申诉（公示之日起规定天数内）', ...one, body: AppealBody } },
    async (req) => service.appeal(actorOf(req), req.params.id, req.body.grounds),
  );

  app.post(
    '/gradings/:id/decide-appeal',
    { schema: { tags, summary: '复核申诉（须由未参与评分的监督员；成立时重新评分）', ...one, body: DecideAppealBody } },
    async (req) => service.decideAppeal(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/gradings/:id/request-regrade',
    { schema: { tags, summary: '整改后申请重新评级（现行等级为 B、C 或不予评级）', ...one, body: RegradeBody } },
    async (req) => service.requestRegrade(actorOf(req), req.params.id, req.body.reason),
  );
};
