import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REPORT_CATEGORIES, reportDeadlineHours } from '../../../core/reports.js';
import { actorOf } from '../../auth.js';
import { IdParams, errorResponses } from '../../schemas.js';
import { CloseReportBody, CreateReportBody, ListReportsQuery, MarkMissedBody, PeriodQuery, Report, ReportIndicators } from './schemas.js';

const Label = z.object({ code: z.string(), zh: z.string(), en: z.string() });
const ReportCategory = Label.extend({ official: z.boolean(), deadlineHours: z.number(), subCategories: z.array(Label) });

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.reports;
  const deadlines = app.deps.config.reportDeadlineHours;
  const tags = ['reports'];

  app.get(
    '/report-categories',
    { schema: { tags, summary: '信息类别与报告时限（小时）', response: { 200: z.object({ items: z.array(ReportCategory) }) } } },
    async () => ({
      items: REPORT_CATEGORIES.map((c) => ({ code: c.code, zh: c.zh, en: c.en, official: c.official, deadlineHours: reportDeadlineHours(c.code, deadlines), subCategories: [...c.subCategories] })),
    }),
  );

  app.get(
    '/reports',
    { schema: { tags, summary: '信息报告（管辖范围内，分页、筛选）', querystring: ListReportsQuery, response: { 200: z.object({ items: z.array(Report), total: z.number() }), ...errorResponses } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/reports/indicators',
    { schema: { tags, summary: '信息报告率与及时报告率（按发现时间统计）', querystring: PeriodQuery, response: { 200: ReportIndicators, ...errorResponses } } },
    async (req) => service.indicators(actorOf(req), req.query.from, req.query.to),
  );

  app.get(
    '/reports/:id',
    { schema: { tags, summary: '信息报告', params: IdParams, response: { 200: Report, ...errorResponses } } },
    async (req) => service.get(actorOf(req), req.params.id),
  );

  app.post(
    '/reports',
    { schema: { tags, summary: '报告信息（带 clientId 重发不重复）', body: CreateReportBody, response: { 200: Report, 201: Report, ...errorResponses } } },
    async (req, reply) => {
      const { report, created } = await service.create(actorOf(req), req.body);
      return reply.status(created ? 201 : 200).send(report);
    },
  );

  for (const action of ['accept', 'verify'] as const) {
    app.post(
      `/reports/:id/${action}`,
      { schema: { tags, summary: action === 'accept' ? '监督所受理' : '监督所核实', params: IdParams, response: { 200: Report, ...errorResponses } } },
      async (req) => service.handle(actorOf(req), req.params.id, action),
    );
  }

  app.post(
    '/reports/:id/close',
    { schema: { tags, summary: '监督所办结（填写处理结果，报告人可见）', params: IdParams, body: CloseReportBody, response: { 200: Report, ...errorResponses } } },
    async (req) => service.handle(actorOf(req), req.params.id, 'close', req.body.result),
  );

  app.post(
    '/reports/missed',
    { schema: { tags, summary: '标记应报未报事件（计入信息报告率分母）', body: MarkMissedBody, response: { 201: z.object({ id: z.string() }), ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await service.markMissed(actorOf(req), req.body)),
  );
};
