import type { ReactNode } from 'react';
import { can, type Permission } from '../../core/roles.js';
import { useCurrentUser } from './CurrentUser';
import { ForbiddenPage } from '../layout/ForbiddenPage';

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useCurrentUser();
  return can(me.role, permission) ? children : <ForbiddenPage />;
}
