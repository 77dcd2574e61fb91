import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth.js';
import { errorResponses, IdParams } from '../../schemas.js';
import { sendXlsx, XLSX_CONTENT_TYPE } from '../../xlsx.js';
import { Dashboard, DashboardQuery, DashboardWorkbook, DataSetFiguresOut } from './schemas.js';

export const statisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.statistics;
  const tags = ['statistics'];

  app.get(
    '/statistics/dashboard',
    {
      schema: {
        tags,
        summary: '统计看板：任一区域、任一时段的指标（含分子分母）、下级、同级排名、趋势与逾期事项（实时计算）',
        querystring: DashboardQuery,
        response: { 200: Dashboard, ...errorResponses },
      },
    },
    async (req) => service.dashboard(actorOf(req), req.query),
  );

  app.get(
    '/statistics/dashboard.xlsx',
    {
      schema: {
        tags,
        summary: '统计看板导出（.xlsx：指标、下级、排名、分类、趋势、逾期，A4 横向）',
        querystring: DashboardQuery,
        produces: [XLSX_CONTENT_TYPE],
        response: { 200: DashboardWorkbook, ...errorResponses },
      },
    },
    async (req, reply) => {
      const file = await service.workbook(actorOf(req), req.query);
      return sendXlsx(reply, file, file.content);
    },
  );

  app.get(
    '/statistics/data-sets/:id',
    {
      schema: {
        tags,
        summary: '数据集汇总：任一区域、任一时段已报送的数值（合计或平均），环比、同比、达标数与下级分布（实时计算）',
        params: IdParams,
        querystring: DashboardQuery,
        response: { 200: DataSetFiguresOut, ...errorResponses },
      },
    },
    async (req) => app.services.dataSetFigures.figures(actorOf(req), req.params.id, req.query),
  );

  app.get(
    '/statistics/data-sets/:id/export.xlsx',
    {
      schema: {
        tags,
        summary: '数据集汇总导出（.xlsx：汇总、下级）',
        params: IdParams,
        querystring: DashboardQuery,
        produces: [XLSX_CONTENT_TYPE],
        response: { 200: DashboardWorkbook, ...errorResponses },
      },
    },
    async (req, reply) => {
      const file = await app.services.dataSetFigures.workbook(actorOf(req), req.params.id, req.query);
      return sendXlsx(reply, file, file.content);
    },
  );
};
