import type { DivisionLevel } from '../../core/divisions.js';
import { api } from '../api/client';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
  hasChildren: boolean;
}

export const divisionsQueryKey = (parentCode: string | undefined) => ['divisions', parentCode ?? null] as const;

/** Divisions under `parentCode`, or the top of the user's scope when it is omitted. */
export async function listDivisions(parentCode?: string): Promise<Division[]> {
  const { items } = await api.get<{ items: Division[] }>('/api/divisions', { parentCode });
  return items;
}

/** Where the divisions come from: the user's scope, or the whole tree down to townships for the public. */
export type DivisionSource = 'scope' | 'public';

export const publicDivisionsQueryKey = (parentCode: string | undefined) => ['divisions', 'public', parentCode ?? null] as const;

/** Without sign-in: provinces, or the children of `parentCode` down to townships. */
export async function listPublicDivisions(parentCode?: string): Promise<Division[]> {
  const { items } = await api.get<{ items: Division[] }>('/api/public/divisions', { parentCode });
  return items;
}

/** The query key and loader of a source, so the cascader caches each level once. */
export function divisionLoader(source: DivisionSource) {
  return source === 'public'
    ? { key: publicDivisionsQueryKey, load: listPublicDivisions }
    : { key: divisionsQueryKey, load: listDivisions };
}
