import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Quarter } from '../../../core/indicators.js';
import { actorOf } from '../../auth.js';
import { ValidationError } from '../../errors.js';
import { IdParams, Uuid, errorResponses } from '../../schemas.js';
import { Report } from '../reports/schemas.js';
import { PHOTO_MAX_BYTES } from './service.js';
import {
  CoverageResponse, CreatePatrolBody, EscalateBody, ListPatrolsQuery, ListRectificationsQuery, Patrol, Photo,
  QuarterQuery, Rectification, UnpatrolledQuery, UnpatrolledUnit,
} from './schemas.js';

export const patrolRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.patrols;
  await app.register(multipart, { limits: { fileSize: PHOTO_MAX_BYTES, files: 1 } });
  const tags = ['patrols'];

  app.get(
    '/patrols',
    { schema: { tags, summary: '巡查记录（管辖范围内，分页、筛选）', querystring: ListPatrolsQuery, response: { 200: z.object({ items: z.array(Patrol), total: z.number() }), ...errorResponses } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/patrols/coverage',
    { schema: { tags, summary: '季度巡查覆盖率（按协管站）', querystring: QuarterQuery, response: { 200: CoverageResponse, ...errorResponses } } },
    async (req) => service.coverage(actorOf(req), req.query.year, req.query.quarter as Quarter),
  );

  app.get(
    '/patrols/unpatrolled',
    { schema: { tags, summary: '本季度尚未巡查的单位', querystring: UnpatrolledQuery, response: { 200: z.object({ items: z.array(UnpatrolledUnit), total: z.number() }), ...errorResponses } } },
    async (req) => service.unpatrolled(actorOf(req), req.query),
  );

  app.get(
    '/patrols/:id',
    { schema: { tags, summary: '巡查记录', params: IdParams, response: { 200: Patrol, ...errorResponses } } },
    async (req) => service.get(actorOf(req), req.params.id),
  );

  app.post(
    '/patrols',
    { schema: { tags, summary: '登记巡查（带 clientId 重发不重复）；责令整改生成整改跟踪，复查关闭整改', body: CreatePatrolBody, response: { 200: Patrol, 201: Patrol, ...errorResponses } } },
    async (req, reply) => {
      const { patrol, created } = await service.create(actorOf(req), req.body);
      return reply.status(created ? 201 : 200).send(patrol);
    },
  );

  app.post(
    '/patrols/:id/photos',
    { schema: { tags, summary: '上传巡查照片（multipart，字段 file；同一内容只存一次）', params: IdParams, consumes: ['multipart/form-data'], response: { 201: Photo, ...errorResponses } } },
    async (req, reply) => {
      const actor = actorOf(req);
      if (!req.isMultipart()) throw ValidationError.field('file', '请以 multipart/form-data 上传照片');
      const file = await req.file();
      if (!file) throw ValidationError.field('file', '请选择照片');
      const data = await file.toBuffer().catch(() => {
        throw ValidationError.field('file', `照片不能超过 ${PHOTO_MAX_BYTES / 1024 / 1024} MB`);
      });
      return reply.status(201).send(await service.addPhoto(actor, req.params.id, { contentType: file.mimetype, data }));
    },
  );

  app.get(
    '/patrols/:id/photos/:photoId',
    { schema: { tags, summary: '巡查照片', params: z.object({ id: Uuid, photoId: Uuid }) } },
    async (req, reply) => {
      const photo = await service.photo(actorOf(req), req.params.id, req.params.photoId);
      return reply.type(photo.contentType).header('cache-control', 'private, max-age=86400').send(photo.data);
    },
  );

  app.get(
    '/units/:id/history',
    {
      schema: {
        tags: ['units'],
        summary: '单位的全部历史：巡查、整改、信息报告（各最近 100 条）',
        params: IdParams,
        response: { 200: z.object({ patrols: z.array(Patrol), rectifications: z.array(Rectification), reports: z.array(Report) }), ...errorResponses },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const unitId = (await app.services.units.get(actor, req.params.id)).id;
      const recent = { unitId, page: 1, pageSize: 100 };
      const [patrols, rectifications, reports] = await Promise.all([
        service.list(actor, recent),
        service.listRectifications(actor, recent),
        app.services.reports.list(actor, recent),
      ]);
      return { patrols: patrols.items, rectifications: rectifications.items, reports: reports.items };
    },
  );

  app.get(
    '/rectifications',
    { schema: { tags: ['rectifications'], summary: '整改跟踪（待办：status=open；overdue=true 为逾期）', querystring: ListRectificationsQuery, response: { 200: z.object({ items: z.array(Rectification), total: z.number() }), ...errorResponses } } },
    async (req) => service.listRectifications(actorOf(req), req.query),
  );

  app.get(
    '/rectifications/:id',
    { schema: { tags: ['rectifications'], summary: '整改记录', params: IdParams, response: { 200: Rectification, ...errorResponses } } },
    async (req) => service.getRectification(actorOf(req), req.params.id),
  );

  app.post(
    '/rectifications/:id/escalate',
    { schema: { tags: ['rectifications'], summary: '拒不整改等情况上报监督所', params: IdParams, body: EscalateBody, response: { 200: Rectification, ...errorResponses } } },
    async (req) => service.escalate(actorOf(req), req.params.id, req.body.reason),
  );
};
