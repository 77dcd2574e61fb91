import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth.js';
import { errorResponses } from '../../schemas.js';
import { sendXlsx, XLSX_CONTENT_TYPE } from '../../xlsx.js';
import {
  AcceptBody, CommentBody, MySubmissions, SaveSubmissionBody, SubmissionDetail, SubmissionGrid, SubmissionGridQuery, SubmissionParams,
  SubmissionQuery, SubmissionSummary,
} from './schemas.js';

const KEY = '/submissions/:dataSetId/:orgId/:period';

export const submissionRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.submissions;
  const tags = ['submissions'];
  const detail = { 200: SubmissionDetail, ...errorResponses };

  app.get(
    '/submissions/mine',
    { schema: { tags, summary: '本单位应报送的数据集及近期各时段状态', response: { 200: MySubmissions, ...errorResponses } } },
    async (req) => service.mine(actorOf(req)),
  );

  app.get(
    '/submissions',
    { schema: { tags, summary: '审核一览：辖区内应报送单位的状态、完整率与按时上报率', querystring: SubmissionGridQuery, response: { 200: SubmissionGrid, ...errorResponses } } },
    async (req) => service.grid(actorOf(req), req.query),
  );

  app.get(
    '/submissions/summary',
    { schema: { tags, summary: '报送情况汇总：本区划及各下级区划（逐级汇总）', querystring: SubmissionQuery, response: { 200: SubmissionSummary, ...errorResponses } } },
    async (req) => service.summary(actorOf(req), req.query),
  );

  app.get(
    '/submissions/summary.xlsx',
    {
      schema: {
        tags, summary: '报送情况导出（.xlsx：汇总含完整率与按时上报率的分子分母、明细）', querystring: SubmissionQuery,
        produces: [XLSX_CONTENT_TYPE], response: { 200: z.any().describe('Excel 文件（.xlsx）'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const file = await service.summaryWorkbook(actorOf(req), req.query);
      return sendXlsx(reply, file, file.content);
    },
  );

  app.get(KEY, { schema: { tags, summary: '报送详情：数值、环比、登记表数字、审核记录', params: SubmissionParams, response: detail } }, async (req) =>
    service.get(actorOf(req), req.params));

  app.put(KEY, { schema: { tags, summary: '保存草稿（本单位人员；未报送、被退回或重开时）', params: SubmissionParams, body: SaveSubmissionBody, response: detail } }, async (req) =>
    service.save(actorOf(req), req.params, req.body));

  app.post(`${KEY}/submit`, { schema: { tags, summary: '报送（时段结束后；可同时提交最后的数值）', params: SubmissionParams, body: SaveSubmissionBody, response: detail } }, async (req) =>
    service.submit(actorOf(req), req.params, req.body));

  app.post(`${KEY}/accept`, { schema: { tags, summary: '审核通过（上级单位；通过后该月记录锁定）', params: SubmissionParams, body: AcceptBody, response: detail } }, async (req) =>
    service.review(actorOf(req), req.params, 'accept', req.body.comment));

  app.post(`${KEY}/return`, { schema: { tags, summary: '退回（须填写意见，通知报送单位）', params: SubmissionParams, body: CommentBody, response: detail } }, async (req) =>
    service.review(actorOf(req), req.params, 'return', req.body.comment));

  app.post(`${KEY}/reopen`, { schema: { tags, summary: '重开已审核的报送（审核单位的上级；须填写意见）', params: SubmissionParams, body: CommentBody, response: detail } }, async (req) =>
    service.review(actorOf(req), req.params, 'reopen', req.body.comment));
};
