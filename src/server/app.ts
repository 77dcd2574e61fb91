import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerAuthHook } from './auth.js';
import { registerErrorHandler } from './errors.js';
import { auditRoutes } from './modules/audit/routes.js';
import { authRoutes } from './modules/auth/routes.js';
import { caseRoutes } from './modules/cases/routes.js';
import { complaintRoutes } from './modules/complaints/routes.js';
import { inboxRoutes } from './modules/inbox/routes.js';
import { gradingRoutes } from './modules/grading/routes.js';
import { inspectionRoutes } from './modules/inspections/routes.js';
import { licensingRoutes } from './modules/licensing/routes.js';
import { dataSetRoutes } from './modules/dataSets/routes.js';
import { divisionRoutes } from './modules/divisions/routes.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import { orgRoutes } from './modules/orgs/routes.js';
import { patrolRoutes } from './modules/patrols/routes.js';
import { randomInspectionPublicRoutes } from './modules/randomInspections/publicRoutes.js';
import { randomInspectionRoutes } from './modules/randomInspections/routes.js';
import { registerRoutes } from './modules/registers/routes.js';
import { reportRoutes } from './modules/reports/routes.js';
import { submissionRoutes } from './modules/submissions/routes.js';
import { statisticsRoutes } from './modules/statistics/routes.js';
import { unitRoutes } from './modules/units/routes.js';
import { userRoutes } from './modules/users/routes.js';
import { createServices, type AppDeps, type Services } from './services.js';

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    services: Services;
  }
}

export interface BuildAppOptions {
  logger?: boolean | { level: string };
}

/** Builds the whole HTTP app; main.ts listens on it, tests inject into it. */
export async function buildApp(deps: AppDeps, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: true,
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  const services = createServices(deps);
  app.decorate('deps', deps);
  app.decorate('services', services);

  await app.register(cookie);
  // A coarse per-IP ceiling on the whole API; sign-in has its own, stricter, per-user limit.
  await app.register(rateLimit, { max: 600, timeWindow: '1 minute', allowList: ['127.0.0.1', '::1'] });
  await app.register(swagger, {
    openapi: {
      info: { title: 'weijian 卫监 API', description: '卫生监督协管信息系统接口', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'wj_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerAuthHook(app, services.auth);

  await app.register(
    async (api) => {
      api.get(
        '/health',
        {
          config: { public: true },
          schema: {
            tags: ['health'],
            summary: '健康检查',
            response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) }) },
          },
        },
        async () => {
          await deps.db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
          return { status: 'ok' as const, db: deps.dbKind };
        },
      );
      await api.register(authRoutes);
      await api.register(divisionRoutes);
      await api.register(orgRoutes);
      await api.register(userRoutes);
      await api.register(auditRoutes);
      await api.register(unitRoutes);
      await api.register(patrolRoutes);
      await api.register(reportRoutes);
      await api.register(complaintRoutes);
      await api.register(inboxRoutes);
      await api.register(licensingRoutes);
      await api.register(randomInspectionRoutes);
      await api.register(randomInspectionPublicRoutes);
      await api.register(gradingRoutes);
      await api.register(inspectionRoutes);
      await api.register(caseRoutes);
      await api.register(registerRoutes);
      await api.register(notificationRoutes);
      await api.register(dataSetRoutes);
      await api.register(submissionRoutes);
      await api.register(statisticsRoutes);
    },
    { prefix: '/api' },
  );

  registerWebApp(app, deps.config.webDir);
  return app;
}

/** Serves the built React app; unknown non-API paths get index.html so client routes work. */
function registerWebApp(app: FastifyInstance, webDir: string): void {
  const hasWeb = existsSync(`${webDir}/index.html`);
  if (hasWeb) void app.register(fastifyStatic, { root: webDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !hasWeb) {
      return reply.status(404).send({ error: 'NotFound', message: '接口不存在' });
    }
    return reply.sendFile('index.html');
  });
}
