import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { LoginPage } from './auth/LoginPage';
import { RequireAuth } from './auth/RequireAuth';
import { RequirePermission } from './auth/RequirePermission';
import { HomePage } from './home/HomePage';
import { AppLayout } from './layout/AppLayout';
import { BUSINESS_MODULES } from './layout/navigation';
import { NotFoundPage } from './layout/NotFoundPage';
import { UnderConstructionPage } from './layout/UnderConstructionPage';

// Administration pages are used by few people: keep them out of the first download.
const OrgsPage = lazy(() => import('./orgs/OrgsPage'));
const UsersPage = lazy(() => import('./users/UsersPage'));
const AuditPage = lazy(() => import('./audit/AuditPage'));

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          {BUSINESS_MODULES.map((module) => (
            <Route key={module.key} path={module.path} element={<UnderConstructionPage module={module.key} />} />
          ))}
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
