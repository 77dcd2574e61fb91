import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { CurrentUserContext } from './CurrentUser';
import { useMe } from './useMe';
import { FullPageSpin } from '../shared/FullPageSpin';
import { LoadError } from '../shared/LoadError';

/** Renders the signed-in part of the app, or sends the visitor to /login (and back afterwards). */
export function RequireAuth() {
  const location = useLocation();
  const { data: me, error, isPending, refetch } = useMe();
  if (isPending) return <FullPageSpin />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} fullPage />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return (
    <CurrentUserContext value={me}>
      <Outlet />
    </CurrentUserContext>
  );
}
