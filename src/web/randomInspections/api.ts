import type { DrawRecord } from '../../core/randomDraw.js';
import type { InspectionFrequency, InspectionMethod, PlanStatus, TaskResult } from '../../core/randomInspections.js';
import { api, type Page } from '../api/client';

export { INSPECTION_FREQUENCIES, INSPECTION_METHODS, PLAN_ACTIONS, TASK_RESULTS, type PlanAction, type PlanStatus, type TaskResult } from '../../core/randomInspections.js';

export interface Item {
  id: string;
  orgId: string;
  orgName: string;
  name: string;
  legalBasis: string;
  categories: string[];
  ratio: number;
  frequency: string;
  method: string;
  active: boolean;
  editable: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ItemBody {
  name: string;
  legalBasis: string;
  categories: string[];
  ratio: number;
  frequency: InspectionFrequency;
  method: InspectionMethod;
  active: boolean;
}

/** A plan as the staff see it: the fields they wrote (PlanBody) and what the workflow added. */
export interface Plan extends PlanBody {
  id: string;
  itemId: string;
  itemName: string;
  itemCategories: string[];
  itemRatio: number;
  itemMethod: string;
  countyCode: string;
  countyName: string;
  status: PlanStatus;
  commitment: string | null;
  seed: string | null;
  candidateCount: number | null;
  drawCount: number | null;
  excludedRecent: number | null;
  committedAt: string | null;
  drawnAt: string | null;
  publishedAt: string | null;
  cancelReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Task {
  id: string;
  position: number;
  unitId: string;
  unitName: string;
  unitCategory: string;
  inspectors: { code: string; name: string }[];
  result: TaskResult | null;
  resultOn: string | null;
  summary: string | null;
  /** The order's deadline when the result was 责令整改. */
  deadline: string | null;
  /** The 监督检查 the result was recorded as. */
  inspectionId: string | null;
}

export interface PlanDetail extends Plan {
  candidates: { id: string; name: string }[] | null;
  pool: { code: string; name: string }[] | null;
  tasks: Task[];
}

export interface PlanBody {
  title: string;
  year: number;
  batch: number;
  windowStart: string;
  windowEnd: string;
  unitCount: number | null;
  inspectorsPerUnit: number;
}

export interface Conflict {
  id: string;
  inspectorId: string;
  inspectorName: string;
  unitId: string;
  unitName: string;
  reason: string;
  createdAt: string;
}

export interface PublicItem {
  id: string;
  name: string;
  legalBasis: string;
  categories: string[];
  ratio: number;
  frequency: string;
  method: string;
  ownerName: string;
}

export interface PublicPlan {
  id: string;
  title: string;
  itemName: string;
  method: string;
  countyName: string;
  year: number;
  batch: number;
  windowStart: string;
  windowEnd: string;
  status: PlanStatus;
  commitment: string | null;
  seed: string | null;
  candidateCount: number | null;
  unitCount: number | null;
  inspectorsPerUnit: number;
  committedAt: string | null;
  drawnAt: string | null;
  publishedAt: string | null;
}

export interface PublicPlanDetail extends PublicPlan {
  tasks: { position: number; unitName: string; unitCategory: string; inspectors: string[]; result: TaskResult | null; resultOn: string | null }[];
}

export type PublicStage = 'plan' | 'task' | 'result';
export type PlanStep = 'commit' | 'draw' | 'publish';

const BASE = '/api/random-inspections';
const PUBLIC = '/api/public/random-inspections';

export const randomInspectionKeys = {
  all: ['randomInspections'] as const,
  items: () => ['randomInspections', 'items'] as const,
  conflicts: () => ['randomInspections', 'conflicts'] as const,
  plans: (params: { status?: PlanStatus; page: number; pageSize: number }) => ['randomInspections', 'plans', params] as const,
  plan: (id: string) => ['randomInspections', 'plan', id] as const,
};
export const publicKeys = {
  items: () => ['public', 'randomInspections', 'items'] as const,
  plans: (stage: PublicStage) => ['public', 'randomInspections', 'plans', stage] as const,
  plan: (id: string) => ['public', 'randomInspections', 'plan', id] as const,
};

export const listItems = async () => (await api.get<{ items: Item[] }>(`${BASE}/items`)).items;
export const createItem = (body: ItemBody) => api.post<Item>(`${BASE}/items`, body);
export const updateItem = (id: string, body: ItemBody) => api.put<Item>(`${BASE}/items/${id}`, body);
export const deleteItem = (id: string) => api.delete(`${BASE}/items/${id}`);

export const listConflicts = async () => (await api.get<{ items: Conflict[] }>(`${BASE}/conflicts`)).items;
export const createConflict = (body: { inspectorId: string; unitId: string; reason: string }) => api.post<Conflict>(`${BASE}/conflicts`, body);
export const deleteConflict = (id: string) => api.delete(`${BASE}/conflicts/${id}`);

export const listPlans = (params: { status?: PlanStatus; page: number; pageSize: number }) => api.get<Page<Plan>>(`${BASE}/plans`, { ...params });
export const getPlan = (id: string) => api.get<PlanDetail>(`${BASE}/plans/${id}`);
export const createPlan = (body: PlanBody & { itemId: string; countyCode?: string | undefined }) => api.post<PlanDetail>(`${BASE}/plans`, body);
export const takePlanStep = (id: string, step: PlanStep) => api.post<PlanDetail>(`${BASE}/plans/${id}/${step}`);
export const cancelPlan = (id: string, reason: string) => api.post<PlanDetail>(`${BASE}/plans/${id}/cancel`, { reason });
export const recordResult = (id: string, taskId: string, body: { result: TaskResult; resultOn: string; summary?: string; deadline?: string }) =>
  api.put<PlanDetail>(`${BASE}/plans/${id}/tasks/${taskId}/result`, body);

export const listPublicItems = async () => (await api.get<{ items: PublicItem[] }>(`${PUBLIC}/items`)).items;
export const listPublicPlans = async (stage: PublicStage) => (await api.get<{ items: PublicPlan[] }>(`${PUBLIC}/plans`, { stage, pageSize: 50 })).items;
export const getPublicPlan = (id: string) => api.get<PublicPlanDetail>(`${PUBLIC}/plans/${id}`);
export const drawRecordUrl = (id: string) => `${PUBLIC}/plans/${id}/draw.json`;
export const getDrawRecord = (id: string) => api.get<DrawRecord>(drawRecordUrl(id));
