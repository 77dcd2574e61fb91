import { CASE_SOURCES, type CaseSource } from '../../core/cases.js';
import type { CaseOrigin } from './FileCaseModal';

/** Where 立案 from another record starts: the cases tab with that record named as the source. */
export function caseFilingLink(source: CaseSource, sourceId: string, unitName: string): string {
  return `/cases?${new URLSearchParams({ tab: 'cases', fileFrom: source, sourceId, unitName }).toString()}`;
}

/** The record a /cases link asks to file a case from, if it names one. */
export function originOf(search: URLSearchParams): CaseOrigin | undefined {
  const source = CASE_SOURCES.find((s) => s === search.get('fileFrom'));
  const sourceId = search.get('sourceId');
  return source && sourceId ? { source, sourceId, unitName: search.get('unitName') ?? '' } : undefined;
}
