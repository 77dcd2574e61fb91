import type { Role } from '../../core/roles.js';
import { api, type Page } from '../api/client';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgId: string;
  orgName: string;
  phone: string | null;
  /** 协管员证 number and last valid day (YYYY-MM-DD). */
  certificateNo: string | null;
  certificateExpiresOn: string | null;
  enabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface ListUsersParams {
  q?: string;
  role?: Role;
  orgId?: string;
  enabled?: boolean;
  page: number;
  pageSize: number;
}

export interface CreateUserBody {
  username: string;
  displayName: string;
  role: Role;
  orgId: string;
  password: string;
  phone?: string;
  certificateNo?: string;
  certificateExpiresOn?: string;
}

export interface UpdateUserBody {
  displayName?: string;
  role?: Role;
  orgId?: string;
  phone?: string | null;
  certificateNo?: string | null;
  certificateExpiresOn?: string | null;
  enabled?: boolean;
}

export const usersQueryKey = (params: ListUsersParams) => ['users', params] as const;

export function listUsers(params: ListUsersParams): Promise<Page<User>> {
  return api.get<Page<User>>('/api/users', { ...params });
}

export function createUser(body: CreateUserBody): Promise<User> {
  return api.post<User>('/api/users', body);
}

export function updateUser(id: string, body: UpdateUserBody): Promise<User> {
  return api.patch<User>(`/api/users/${encodeURIComponent(id)}`, body);
}

export function resetUserPassword(id: string, password: string): Promise<void> {
  return api.postNoContent(`/api/users/${encodeURIComponent(id)}/reset-password`, { password });
}
