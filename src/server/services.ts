import type { Kysely } from 'kysely';
import type { AppConfig } from './config.js';
import type { DatabaseKind } from './db/connection.js';
import type { DB } from './db/schema.js';
import { createAuditService } from './modules/audit/service.js';
import { createAuthService } from './modules/auth/service.js';
import { createCaseService } from './modules/cases/service.js';
import { createComplaintService } from './modules/complaints/service.js';
import { createDataSetService } from './modules/dataSets/service.js';
import { createDivisionService } from './modules/divisions/service.js';
import { createInboxService } from './modules/inbox/service.js';
import { createGradingPublicService } from './modules/grading/publicService.js';
import { createGradingService } from './modules/grading/service.js';
import { createInspectionService } from './modules/inspections/service.js';
import { createLicensingService } from './modules/licensing/service.js';
import { createNotificationService } from './modules/notifications/service.js';
import { createOrgService } from './modules/orgs/service.js';
import { createPatrolService } from './modules/patrols/service.js';
import { createRandomInspectionCatalogue } from './modules/randomInspections/catalogue.js';
import { createRandomInspectionPublic } from './modules/randomInspections/publicService.js';
import { createRandomInspectionService } from './modules/randomInspections/service.js';
import { createRegisterService } from './modules/registers/service.js';
import { createReportService } from './modules/reports/service.js';
import { createSubmissionService } from './modules/submissions/service.js';
import { createDataSetFigures } from './modules/statistics/dataSetFigures.js';
import { createStatisticsService } from './modules/statistics/service.js';
import { createUnitService } from './modules/units/service.js';
import { createUserService } from './modules/users/service.js';

export interface AppDeps {
  db: Kysely<DB>;
  dbKind: DatabaseKind;
  config: AppConfig;
  clock?: () => Date;
}

/** Every service built once from the same dependencies. */
export function createServices(deps: AppDeps) {
  return {
    auth: createAuthService(deps),
    audit: createAuditService(deps),
    cases: createCaseService(deps),
    complaints: createComplaintService(deps),
    dataSets: createDataSetService(deps),
    divisions: createDivisionService(deps),
    inbox: createInboxService(deps),
    grading: createGradingService(deps),
    gradingPublic: createGradingPublicService(deps),
    inspections: createInspectionService(deps),
    licensing: createLicensingService(deps),
    notifications: createNotificationService(deps),
    orgs: createOrgService(deps),
    patrols: createPatrolService(deps),
    randomInspections: createRandomInspectionService(deps),
    randomInspectionCatalogue: createRandomInspectionCatalogue(deps),
    randomInspectionPublic: createRandomInspectionPublic(deps),
    registers: createRegisterService(deps),
    reports: createReportService(deps),
    submissions: createSubmissionService(deps),
    statistics: createStatisticsService(deps),
    dataSetFigures: createDataSetFigures(deps),
    units: createUnitService(deps),
    users: createUserService(deps),
  };
}
export type Services = ReturnType<typeof createServices>;
