import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { LoginPage } from './auth/LoginPage';
import { RequireAuth } from './auth/RequireAuth';
import { RequirePermission } from './auth/RequirePermission';
import { HomePage } from './home/HomePage';
import { AppLayout } from './layout/AppLayout';
import { PortalLayout } from './portal/PortalLayout';
import { BUSINESS_MODULES, type BusinessModuleKey } from './layout/navigation';
import { NotFoundPage } from './layout/NotFoundPage';
import { UnderConstructionPage } from './layout/UnderConstructionPage';
import { FullPageSpin } from './shared/FullPageSpin';

// Administration pages are used by few people: keep them out of the first download.
const OrgsPage = lazy(() => import('./orgs/OrgsPage'));
const UsersPage = lazy(() => import('./users/UsersPage'));
const AuditPage = lazy(() => import('./audit/AuditPage'));
// Field work: each page is its own chunk, so a phone on a slow network loads only what it opens.
const UnitsPage = lazy(() => import('./units/UnitsPage'));
const UnitDetailPage = lazy(() => import('./units/UnitDetailPage'));
const PatrolsPage = lazy(() => import('./patrols/PatrolsPage'));
const PatrolFormPage = lazy(() => import('./patrols/PatrolFormPage'));
const PatrolDetailPage = lazy(() => import('./patrols/PatrolDetailPage'));
const CoveragePage = lazy(() => import('./patrols/CoveragePage'));
const RectificationsPage = lazy(() => import('./rectifications/RectificationsPage'));
const ReportsPage = lazy(() => import('./reports/ReportsPage'));
const ReportFormPage = lazy(() => import('./reports/ReportFormPage'));
const NotificationsPage = lazy(() => import('./notifications/NotificationsPage'));
const SubmissionsPage = lazy(() => import('./submissions/SubmissionsPage'));
const SubmissionDetailPage = lazy(() => import('./submissions/SubmissionDetailPage'));
const DataSetsPage = lazy(() => import('./dataSets/DataSetsPage'));
const ComplaintsPage = lazy(() => import('./complaints/ComplaintsPage'));
// The public complaint form is opened by people without an account: it needs none of the app.
const PublicComplaintPage = lazy(() => import('./complaints/PublicComplaintPage'));
const LicensingPage = lazy(() => import('./licensing/LicensingPage'));
const PortalHomePage = lazy(() => import('./portal/PortalHomePage'));
const CasesPage = lazy(() => import('./cases/CasesPage'));
const PublicLicencesPage = lazy(() => import('./licensing/PublicLicencesPage'));
const RandomInspectionsPage = lazy(() => import('./randomInspections/RandomInspectionsPage'));
const PublicRandomInspectionsPage = lazy(() => import('./randomInspections/PublicRandomInspectionsPage'));
const GradingPage = lazy(() => import('./grading/GradingPage'));
const PublicUnitsPage = lazy(() => import('./grading/PublicUnitsPage'));

// Dashboards carry echarts: their own chunk, loaded only when someone opens 统计分析.
const StatisticsPage = lazy(() => import('./statistics/StatisticsPage'));

/** Modules with pages of their own; the others show the under-construction page. */
const BUILT: ReadonlySet<BusinessModuleKey> = new Set(['units', 'patrols', 'rectifications', 'reports', 'submissions', 'statistics', 'complaints', 'licensing', 'randomInspections', 'grading', 'cases']);

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/public" element={<PortalLayout />}>
        <Route index element={<Suspense fallback={<FullPageSpin />}><PortalHomePage /></Suspense>} />
        <Route path="units" element={<Suspense fallback={<FullPageSpin />}><PublicUnitsPage /></Suspense>} />
        <Route path="complaint" element={<Suspense fallback={<FullPageSpin />}><PublicComplaintPage /></Suspense>} />
        <Route path="licences" element={<Suspense fallback={<FullPageSpin />}><PublicLicencesPage /></Suspense>} />
        <Route path="random-inspections" element={<Suspense fallback={<FullPageSpin />}><PublicRandomInspectionsPage /></Suspense>} />
      </Route>
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          {BUSINESS_MODULES.filter((module) => !BUILT.has(module.key)).map((module) => (
            <Route key={module.key} path={module.path} element={<UnderConstructionPage module={module.key} />} />
          ))}
          <Route path="/units" element={<RequirePermission permission="units.read"><UnitsPage /></RequirePermission>} />
          <Route path="/units/:id" element={<RequirePermission permission="units.read"><UnitDetailPage /></RequirePermission>} />
          <Route path="/patrols" element={<RequirePermission permission="patrols.read"><PatrolsPage /></RequirePermission>} />
          <Route path="/patrols/new" element={<RequirePermission permission="patrols.manage"><PatrolFormPage /></RequirePermission>} />
          <Route path="/patrols/coverage" element={<RequirePermission permission="patrols.read"><CoveragePage /></RequirePermission>} />
          <Route path="/patrols/:id" element={<RequirePermission permission="patrols.read"><PatrolDetailPage /></RequirePermission>} />
          <Route path="/rectifications" element={<RequirePermission permission="patrols.read"><RectificationsPage /></RequirePermission>} />
          <Route path="/reports" element={<RequirePermission permission="reports.read"><ReportsPage /></RequirePermission>} />
          <Route path="/reports/new" element={<RequirePermission permission="reports.create"><ReportFormPage /></RequirePermission>} />
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route path="/submissions" element={<RequirePermission permission="submissions.read"><SubmissionsPage /></RequirePermission>} />
          <Route path="/submissions/:dataSetId/:orgId/:period" element={<RequirePermission permission="submissions.read"><SubmissionDetailPage /></RequirePermission>} />
          <Route path="/data-sets" element={<RequirePermission permission="datasets.manage"><DataSetsPage /></RequirePermission>} />
          <Route path="/complaints" element={<RequirePermission permission="complaints.read"><ComplaintsPage /></RequirePermission>} />
          <Route path="/statistics" element={<RequirePermission permission="statistics.read"><StatisticsPage /></RequirePermission>} />
          <Route path="/licensing" element={<RequirePermission permission="licensing.read"><LicensingPage /></RequirePermission>} />
          <Route path="/random-inspections" element={<RequirePermission permission="randomInspections.read"><RandomInspectionsPage /></RequirePermission>} />
          <Route path="/grading" element={<RequirePermission permission="grading.read"><GradingPage /></RequirePermission>} />
          <Route path="/cases" element={<RequirePermission permission="cases.read"><CasesPage /></RequirePermission>} />
          <Route
            path="/orgs"
            element={
              <RequirePermission permission="orgs.manage">
                <OrgsPage />
              </RequirePermission>
            }
          />
          <Route
            path="/users"
            element={
              <RequirePermission permission="users.manage">
                <UsersPage />
              </RequirePermission>
            }
          />
          <Route
            path="/audit"
            element={
              <RequirePermission permission="audit.read">
                <AuditPage />
              </RequirePermission>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
