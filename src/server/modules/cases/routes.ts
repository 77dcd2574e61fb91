import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCUMENT_MAX_BYTES, type CaseAction } from '../../../core/cases.js';
import { actorOf } from '../../auth.js';
import { ValidationError } from '../../errors.js';
import { IdParams, errorResponses } from '../../schemas.js';
import {
  Case, CaseDocument, CaseIndicators, CaseIndicatorsQuery, CloseBody, CreateCaseBody, DecideBody, DismissBody, DocumentParams, DocumentQuery,
  ExecuteBody, InvestigateBody, ListCasesQuery,
} from './schemas.js';

/** Each step: path segment, core action, body schema, summary. */
const STEPS: [string, CaseAction, z.ZodType, string][] = [
  ['investigate', 'investigate', InvestigateBody, '开始调查取证（须已上传立案审批表）'],
  ['decide', 'decide', DecideBody, '作出处罚决定：种类、金额、违法与处罚依据、自由裁量等级（须已上传事先告知书）'],
  ['execute', 'execute', ExecuteBody, '执行处罚，记录缴纳金额（须已上传处罚决定书与送达回证）'],
  ['close', 'close', CloseBody, '结案（须已上传结案报告；有缴款时须有罚没款票据）'],
  ['dismiss', 'dismiss', DismissBody, '不予处罚或撤销案件（立案或调查取证阶段，须写明理由）'],
];

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.cases;
  await app.register(multipart, { limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1 } });
  const tags = ['cases'];

  app.get(
    '/cases',
    { schema: { tags, summary: '行政处罚案件（管辖范围内，分页、按状态与类别筛选）', querystring: ListCasesQuery, response: { 200: z.object({ items: z.array(Case), total: z.number() }), ...errorResponses } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/cases/indicators',
    { schema: { tags, summary: '监督检查户次、出动人次、责令整改、分类立案、结案率、罚没款', querystring: CaseIndicatorsQuery, response: { 200: CaseIndicators, ...errorResponses } } },
    async (req) => service.indicators(actorOf(req), req.query.period, req.query.area),
  );

  app.get(
    '/cases/:id',
    { schema: { tags, summary: '案件详情', params: IdParams, response: { 200: Case, ...errorResponses } } },
    async (req) => service.get(actorOf(req), req.params.id),
  );

  app.post(
    '/cases',
    { schema: { tags, summary: '立案（按县区和年度编号；来源为上报的整改时一条整改只立一案）', body: CreateCaseBody, response: { 201: Case, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  );

  for (const [segment, action, body, summary] of STEPS) {
    app.post(
      `/cases/:id/${segment}`,
      { schema: { tags, summary, params: IdParams, body, response: { 200: Case, ...errorResponses } } },
      async (req) => service.act(actorOf(req), req.params.id, action, req.body as object),
    );
  }

  app.get(
    '/cases/:id/documents',
    { schema: { tags, summary: '案卷文书', params: IdParams, response: { 200: z.object({ items: z.array(CaseDocument) }), ...errorResponses } } },
    async (req) => service.documents(actorOf(req), req.params.id),
  );

  app.post(
    '/cases/:id/documents',
    {
      schema: {
        tags, summary: '上传案卷文书（multipart，字段 file；PDF、JPEG、PNG 或 docx，10 MB 以内）', params: IdParams, querystring: DocumentQuery,
        consumes: ['multipart/form-data'], response: { 201: CaseDocument, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (!req.isMultipart()) throw ValidationError.field('file', '请以 multipart/form-data 上传文书');
      const file = await req.file();
      if (!file) throw ValidationError.field('file', '请选择文件');
      const data = await file.toBuffer().catch(() => {
        throw ValidationError.field('file', `文书不能超过 ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB`);
      });
      const document = await service.addDocument(actor, req.params.id, req.query.kind, { fileName: file.filename, contentType: file.mimetype, data });
      return reply.status(201).send(document);
    },
  );

  app.get(
    '/cases/:id/documents/:documentId',
    { schema: { tags, summary: '下载案卷文书', params: DocumentParams } },
    async (req, reply) => {
      const document = await service.document(actorOf(req), req.params.id, req.params.documentId);
      return reply
        .type(document.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`)
        .header('cache-control', 'private, no-store')
        .send(document.data);
    },
  );

  app.delete(
    '/cases/:id/documents/:documentId',
    { schema: { tags, summary: '删除案卷文书（仅案件未结束时）', params: DocumentParams, response: { 204: z.null(), ...errorResponses } } },
    async (req, reply) => {
      await service.deleteDocument(actorOf(req), req.params.id, req.params.documentId);
      return reply.status(204).send(null);
    },
  );
};
