import type { DataSetFieldTemplate, Target } from '../../core/dataSets.js';
import type { OrgKind } from '../../core/orgs.js';
import { api } from '../api/client';

export type PeriodType = 'month' | 'quarter';

export type { Target };

/** A field as the API returns it: the template's shape with its id, target in words and whether values exist. */
export interface DataSetField extends DataSetFieldTemplate {
  id: string;
  targetLabel: string;
  hasValues: boolean;
}

export interface DataSet {
  id: string;
  code: string;
  name: string;
  kind: 'registers' | 'quarterly_summary' | 'custom';
  builtIn: boolean;
  periodType: PeriodType;
  reportingOrgKind: OrgKind;
  deadlineDays: number;
  path: string;
  description: string;
  startsOn: string;
  endsOn: string | null;
  editable: boolean;
}

export interface DataSetWithFields extends DataSet {
  fields: DataSetField[];
}

export interface DataSetTemplate {
  code: string;
  name: string;
  description: string;
  fieldCount: number;
}

/** A field to save: an id keeps an existing field, none adds one. */
export interface FieldInput extends DataSetFieldTemplate {
  id?: string;
}

export interface CreateDataSetBody {
  code: string;
  name: string;
  description: string;
  periodType: PeriodType;
  reportingOrgKind: OrgKind;
  deadlineDays: number;
  startsOn?: string;
  endsOn?: string | null;
  fields: FieldInput[];
}

export type UpdateDataSetBody = Partial<Pick<CreateDataSetBody, 'name' | 'description' | 'deadlineDays' | 'endsOn' | 'fields'>>;

export const dataSetsQueryKey = ['dataSets', 'list'] as const;
export const dataSetQueryKey = (id: string) => ['dataSets', 'detail', id] as const;
export const dataSetTemplatesQueryKey = ['dataSets', 'templates'] as const;

export async function listDataSets(): Promise<DataSet[]> {
  return (await api.get<{ items: DataSet[] }>('/api/data-sets')).items;
}

export function getDataSet(id: string): Promise<DataSetWithFields> {
  return api.get<DataSetWithFields>(`/api/data-sets/${encodeURIComponent(id)}`);
}

export async function listDataSetTemplates(): Promise<DataSetTemplate[]> {
  return (await api.get<{ items: DataSetTemplate[] }>('/api/data-set-templates')).items;
}

export function createDataSet(body: CreateDataSetBody): Promise<DataSetWithFields> {
  return api.post<DataSetWithFields>('/api/data-sets', body);
}

export function createDataSetFromTemplate(templateCode: string): Promise<DataSetWithFields> {
  return api.post<DataSetWithFields>('/api/data-sets/from-template', { templateCode });
}

export function updateDataSet(id: string, body: UpdateDataSetBody): Promise<DataSetWithFields> {
  return api.patch<DataSetWithFields>(`/api/data-sets/${encodeURIComponent(id)}`, body);
}
