import type { DivisionLevel } from './divisions.js';

export const ORG_KINDS = ['health_commission', 'institute', 'station', 'info_point'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_STATUSES = ['active', 'closed', 'merged'] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];

/** Which division levels each kind of organisation sits on (DESIGN §2). */
export const ORG_KIND_LEVELS: Record<OrgKind, readonly DivisionLevel[]> = {
  health_commission: ['province', 'city', 'county'],
  institute: ['province', 'city', 'county'],
  station: ['township'],
  info_point: ['village'],
};

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  health_commission: '卫生健康委员会',
  institute: '卫生监督所',
  station: '卫生监督协管站',
  info_point: '卫生监督信息点',
};

export function orgKindFitsLevel(kind: OrgKind, level: DivisionLevel): boolean {
  return ORG_KIND_LEVELS[kind].includes(level);
}
