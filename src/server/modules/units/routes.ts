import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UNIT_CATEGORIES } from '../../../core/unitCategories.js';
import { actorOf } from '../../auth.js';
import { ValidationError } from '../../errors.js';
import { IdParams, errorResponses } from '../../schemas.js';
import { UnitImportError } from './import.js';
import {
  CloseUnitBody, CreateUnitBody, ExportUnitsQuery, FilingRateQuery, FilingRateRow, ImportErrorResponse, ImportResult, ListUnitsQuery, Unit,
  UpdateUnitBody,
} from './schemas.js';
import type { WorkbookDownload } from './service.js';
import { sendXlsx } from '../../xlsx.js';
import { MAX_IMPORT_ROWS, MAX_UPLOAD_BYTES } from './unitWorkbook.js';

const Label = z.object({ code: z.string(), zh: z.string(), en: z.string() });
const Category = Label.extend({
  subCategories: z.array(Label.extend({ licence: z.object({ zh: z.string(), en: z.string() }).nullable() })),
  checklist: z.array(Label.extend({ onlyFor: z.array(z.string()).readonly().optional() })),
});

const XlsxFile = z.any().describe('Excel 文件（.xlsx）');
const MEGABYTES = MAX_UPLOAD_BYTES / 1024 / 1024;

/** The uploaded .xlsx as a buffer; a request that carries none is a 400 that says what to send. */
async function readUpload(req: FastifyRequest): Promise<Buffer> {
  const part = await req.file().catch(() => {
    throw new ValidationError('请以 multipart/form-data 方式上传 Excel 文件（字段名 file）');
  });
  if (!part) throw new ValidationError('请选择要导入的 Excel 文件（字段名 file）');
  if (part.fieldname !== 'file') {
    part.file.resume();
    throw new ValidationError('上传文件的字段名应为 file');
  }
  try {
    return await part.toBuffer();
  } catch (error) {
    const tooLarge = (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE';
    throw new ValidationError(tooLarge ? `文件不能超过 ${MEGABYTES} MB，请拆分后分批导入` : '文件上传不完整，请重新上传');
  }
}

const sendWorkbook = (reply: FastifyReply, file: WorkbookDownload) => sendXlsx(reply, file, file.stream);

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.units;
  const tags = ['units'];

  // Only the import takes uploads: registered in this plugin, so no other route parses multipart bodies.
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });

  app.get(
    '/unit-categories',
    { schema: { tags, summary: '单位类别字典（含子类、许可证要求、巡查检查项）', response: { 200: z.object({ items: z.array(Category) }) } } },
    async () => ({ items: UNIT_CATEGORIES.map((c) => ({ ...c, subCategories: [...c.subCategories], checklist: [...c.checklist] })) }),
  );

  app.get(
    '/units',
    { schema: { tags, summary: '单位档案列表（管辖范围内，分页、筛选）', querystring: ListUnitsQuery, response: { 200: z.object({ items: z.array(Unit), total: z.number() }), ...errorResponses } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/units/filing-rate',
    { schema: { tags, summary: '建档率（按协管站）', querystring: FilingRateQuery, response: { 200: z.object({ items: z.array(FilingRateRow) }), ...errorResponses } } },
    async (req) => ({ items: await service.filingRates(actorOf(req), req.query.townshipCode) }),
  );

  app.get(
    '/units/import-template',
    {
      schema: {
        tags, summary: '下载单位档案导入模板（.xlsx，含类别下拉和本辖区乡镇代码）',
        response: { 200: XlsxFile, ...errorResponses },
      },
    },
    async (req, reply) => sendWorkbook(reply, await service.template(actorOf(req))),
  );

  app.get(
    '/units/export',
    {
      schema: {
        tags, summary: '导出单位档案（.xlsx，与导入模板同一格式，筛选同列表）',
        querystring: ExportUnitsQuery, response: { 200: XlsxFile, ...errorResponses },
      },
    },
    async (req, reply) => sendWorkbook(reply, await service.exportUnits(actorOf(req), req.query)),
  );

  app.post(
    '/units/import',
    {
      schema: {
        tags, summary: '导入单位档案（.xlsx；全部成功或全部不导入，重复导入不重复建档）',
        description: `multipart/form-data，字段 file：按导入模板填写的 .xlsx，不超过 ${MEGABYTES} MB、${MAX_IMPORT_ROWS} 行。有错误时 400 的 rows 逐行列出。`,
        response: { 200: ImportResult, ...errorResponses, 400: ImportErrorResponse },
      },
    },
    async (req, reply) => {
      try {
        return await service.importFile(actorOf(req), () => readUpload(req));
      } catch (error) {
        if (error instanceof UnitImportError) return reply.status(400).send(error.body);
        throw error;
      }
    },
  );

  app.get(
    '/units/:id',
    { schema: { tags, summary: '单位档案', params: IdParams, response: { 200: Unit, ...errorResponses } } },
    async (req) => service.get(actorOf(req), req.params.id),
  );

  app.post(
    '/units',
    { schema: { tags, summary: '建档（带 clientId 重发不重复）', body: CreateUnitBody, response: { 200: Unit, 201: Unit, ...errorResponses } } },
    async (req, reply) => {
      const { unit, created } = await service.create(actorOf(req), req.body);
      return reply.status(created ? 201 : 200).send(unit);
    },
  );

  app.patch(
    '/units/:id',
    { schema: { tags, summary: '修改单位档案', params: IdParams, body: UpdateUnitBody, response: { 200: Unit, ...errorResponses } } },
    async (req) => service.update(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/units/:id/close',
    { schema: { tags, summary: '注销单位（档案保留）', params: IdParams, body: CloseUnitBody, response: { 200: Unit, ...errorResponses } } },
    async (req) => service.close(actorOf(req), req.params.id, req.body),
  );
};
