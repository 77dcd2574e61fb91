import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth.js';
import { errorResponses } from '../../schemas.js';
import { XLSX_CONTENT_TYPE, sendXlsx } from '../../xlsx.js';
import type { RegisterFile } from './service.js';
import { RegisterQuery, XlsxFile } from './schemas.js';

const sendRegisterFile = (reply: FastifyReply, file: RegisterFile) => sendXlsx(reply, file, file.content);

export const registerRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.registers;
  const tags = ['registers'];
  const schema = (summary: string) => ({ tags, summary, querystring: RegisterQuery, produces: [XLSX_CONTENT_TYPE], response: { 200: XlsxFile, ...errorResponses } });

  app.get(
    '/registers/patrols',
    { schema: schema('《卫生监督协管巡查登记表》（协管站、月份；.xlsx，A4 横向，可直接打印）') },
    async (req, reply) => sendRegisterFile(reply, await service.patrols(actorOf(req), req.query)),
  );

  app.get(
    '/registers/reports',
    { schema: schema('《卫生监督协管信息报告登记表》（协管站含所属信息点，或信息点；按报告时间，北京时间；.xlsx）') },
    async (req, reply) => sendRegisterFile(reply, await service.reports(actorOf(req), req.query)),
  );
};
