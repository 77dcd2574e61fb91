import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth.js';
import { errorResponses } from '../../schemas.js';
import { XLSX_CONTENT_TYPE } from './registerWorkbook.js';
import { RegisterQuery, XlsxFile } from './schemas.js';
import type { RegisterFile } from './service.js';

/** RFC 6266/5987: an ASCII name for old clients, the Chinese one as UTF-8 for the rest. */
function sendRegister(reply: FastifyReply, file: RegisterFile) {
  const encoded = encodeURIComponent(file.filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return reply
    .header('content-type', XLSX_CONTENT_TYPE)
    .header('content-disposition', `attachment; filename="${file.asciiFilename}"; filename*=UTF-8''${encoded}`)
    .header('cache-control', 'no-store')
    .send(file.content);
}

export const registerRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.registers;
  const tags = ['registers'];
  const schema = (summary: string) => ({ tags, summary, querystring: RegisterQuery, produces: [XLSX_CONTENT_TYPE], response: { 200: XlsxFile, ...errorResponses } });

  app.get(
    '/registers/patrols',
    { schema: schema('《卫生监督协管巡查登记表》（协管站、月份；.xlsx，A4 横向，可直接打印）') },
    async (req, reply) => sendRegister(reply, await service.patrols(actorOf(req), req.query)),
  );

  app.get(
    '/registers/reports',
    { schema: schema('《卫生监督协管信息报告登记表》（协管站含所属信息点，或信息点；按报告时间，北京时间；.xlsx）') },
    async (req, reply) => sendRegister(reply, await service.reports(actorOf(req), req.query)),
  );
};
