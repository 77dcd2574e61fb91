import type { DivisionLevel } from '../../core/divisions.js';
import type { OrgKind } from '../../core/orgs.js';
import type { Role } from '../../core/roles.js';
import { api, isUnauthorized } from '../api/client';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
  org: {
    id: string;
    name: string;
    kind: OrgKind;
    divisionCode: string;
    divisionName: string;
    divisionPath: { code: string; name: string; level: DivisionLevel }[];
  };
}

export interface LoginBody {
  username: string;
  password: string;
}

export interface ChangePasswordBody {
  currentPassword: string;
  newPassword: string;
}

export const meQueryKey = ['auth', 'me'] as const;

export async function login(body: LoginBody): Promise<Me> {
  const { user } = await api.post<{ user: Me }>('/api/auth/login', body);
  return user;
}

export function logout(): Promise<void> {
  return api.postNoContent('/api/auth/logout');
}

/** The signed-in user, or null when there is no session (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const { user } = await api.get<{ user: Me }>('/api/auth/me');
    return user;
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

export function changePassword(body: ChangePasswordBody): Promise<void> {
  return api.postNoContent('/api/auth/password', body);
}
