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
