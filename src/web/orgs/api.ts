import type { OrgKind, OrgStatus } from '../../core/orgs.js';
import { api } from '../api/client';

export interface Org {
  id: string;
  kind: OrgKind;
  name: string;
  divisionCode: string;
  divisionName: string;
  parentId: string | null;
  status: OrgStatus;
  validFrom: string;
  validTo: string | null;
  mergedIntoId: string | null;
}

export interface OrgNameSpan {
  name: string;
  validFrom: string;
  validTo: string | null;
}

export interface OrgDetail extends Org {
  names: OrgNameSpan[];
}

export interface CreateOrgBody {
  kind: OrgKind;
  name: string;
  divisionCode: string;
  parentId?: string;
  validFrom?: string;
}

export interface RenameOrgBody {
  name: string;
  effectiveFrom: string;
}

export interface CloseOrgBody {
  date: string;
  reason: string;
}

export interface MergeOrgBody {
  intoId: string;
  date: string;
}

export const orgsQueryKey = (params: { includeClosed: boolean }) => ['orgs', params] as const;
export const orgQueryKey = (id: string) => ['orgs', 'detail', id] as const;

export async function listOrgs(params: { includeClosed: boolean }): Promise<Org[]> {
  const { items } = await api.get<{ items: Org[] }>('/api/orgs', { includeClosed: params.includeClosed });
  return items;
}

export function getOrg(id: string): Promise<OrgDetail> {
  return api.get<OrgDetail>(`/api/orgs/${encodeURIComponent(id)}`);
}

export function createOrg(body: CreateOrgBody): Promise<Org> {
  return api.post<Org>('/api/orgs', body);
}

export function renameOrg(id: string, body: RenameOrgBody): Promise<Org> {
  return api.post<Org>(`/api/orgs/${encodeURIComponent(id)}/rename`, body);
}

export function closeOrg(id: string, body: CloseOrgBody): Promise<Org> {
  return api.post<Org>(`/api/orgs/${encodeURIComponent(id)}/close`, body);
}

export function mergeOrg(id: string, body: MergeOrgBody): Promise<Org> {
  return api.post<Org>(`/api/orgs/${encodeURIComponent(id)}/merge`, body);
}
