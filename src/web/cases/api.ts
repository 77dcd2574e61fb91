import type { CaseArea, CaseAction, CaseSource, CaseStatus, DiscretionLevel, DocumentKind, PenaltyType } from '../../core/cases.js';
import type { CaseIndicators as CoreCaseIndicators } from '../../core/caseIndicators.js';
import type { InspectionResult, InspectionSource, OrderStatus } from '../../core/inspections.js';
import { api, type Page } from '../api/client';
import { downloadFile, uploadFile } from '../units/files';

export interface NamedPerson {
  id: string;
  name: string;
}

export interface Inspection {
  id: string;
  unitId: string;
  unitName: string;
  countyCode: string;
  inspectedOn: string;
  inspectors: NamedPerson[];
  inspectorCount: number;
  source: InspectionSource;
  sourceId: string | null;
  findings: string;
  result: InspectionResult;
  deadline: string | null;
  followUpOf: string | null;
  orderStatus: OrderStatus | null;
  orderDeadline: string | null;
  orderClosedOn: string | null;
  overdue: boolean;
  caseNo: string | null;
  createdAt: string;
}

export interface CreateInspectionBody {
  unitId: string;
  inspectedOn: string;
  inspectorIds: string[];
  source: InspectionSource;
  findings: string;
  result: InspectionResult;
  deadline?: string;
  followUpOf?: string;
}

export interface InspectionFilters {
  result?: InspectionResult;
  orderStatus?: OrderStatus;
  overdue?: boolean;
}

export interface Case {
  id: string;
  caseNo: string;
  countyCode: string;
  unitId: string | null;
  unitName: string | null;
  partyName: string;
  area: CaseArea;
  cause: string;
  source: CaseSource;
  sourceId: string | null;
  handlers: NamedPerson[];
  status: CaseStatus;
  filedOn: string;
  investigatedOn: string | null;
  decidedOn: string | null;
  penaltyTypes: PenaltyType[] | null;
  fineAmount: number | null;
  confiscationAmount: number | null;
  violationBasis: string | null;
  penaltyBasis: string | null;
  discretion: DiscretionLevel | null;
  executedOn: string | null;
  amountPaid: number | null;
  closedOn: string | null;
  closingSummary: string | null;
  dismissedOn: string | null;
  dismissalReason: string | null;
}

export interface CreateCaseBody {
  unitId?: string;
  partyName?: string;
  area: CaseArea;
  cause: string;
  source: CaseSource;
  sourceId?: string;
  handlerIds: string[];
  filedOn: string;
}

export interface CaseFilters {
  status?: CaseStatus;
  area?: CaseArea;
}

export interface CaseDocument {
  id: string;
  kind: DocumentKind;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  createdAt: string;
}

/** The period's figures as core computes them, with the period they cover. */
export type CaseIndicators = CoreCaseIndicators & { period: { key: string; label: string; start: string; end: string } };

export interface Officer {
  id: string;
  name: string;
  orgName: string;
}

/** The body of a step; each step reads the fields it needs (see the server's schemas). */
export type CaseStepBody = Record<string, string | number | string[] | undefined>;

const casePath = (id: string, rest = '') => `/api/cases/${encodeURIComponent(id)}${rest}`;

export const inspectionsQueryKey = (params: object) => ['inspections', 'list', params] as const;
export const casesQueryKey = (params: object) => ['cases', 'list', params] as const;
export const caseQueryKey = (id: string) => ['cases', 'detail', id] as const;
export const caseDocumentsQueryKey = (id: string) => ['cases', 'documents', id] as const;
export const caseIndicatorsQueryKey = (period: string) => ['cases', 'indicators', period] as const;
export const officersQueryKey = ['inspections', 'officers'] as const;

export const listInspections = (params: InspectionFilters & { page: number; pageSize: number }) => api.get<Page<Inspection>>('/api/inspections', { ...params });
export const createInspection = (body: CreateInspectionBody) => api.post<Inspection>('/api/inspections', body);
export const listOfficers = async () => (await api.get<{ items: Officer[] }>('/api/inspections/officers')).items;

export const listCases = (params: CaseFilters & { page: number; pageSize: number }) => api.get<Page<Case>>('/api/cases', { ...params });
export const getCase = (id: string) => api.get<Case>(casePath(id));
export const createCase = (body: CreateCaseBody) => api.post<Case>('/api/cases', body);
export const takeCaseStep = (id: string, action: CaseAction, body: CaseStepBody) => api.post<Case>(casePath(id, `/${action}`), body);
export const getCaseIndicators = (period: string) => api.get<CaseIndicators>('/api/cases/indicators', { period });

export const listCaseDocuments = async (id: string) => (await api.get<{ items: CaseDocument[] }>(casePath(id, '/documents'))).items;
export const uploadCaseDocument = (id: string, kind: DocumentKind, file: File) => uploadFile<CaseDocument>(casePath(id, `/documents?kind=${kind}`), file, file.name);
export const downloadCaseDocument = (id: string, document: CaseDocument) => downloadFile(casePath(id, `/documents/${encodeURIComponent(document.id)}`), undefined, document.fileName);
export const deleteCaseDocument = (id: string, documentId: string) => api.delete(casePath(id, `/documents/${encodeURIComponent(documentId)}`));
