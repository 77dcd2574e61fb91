import type { OrgKind } from './orgs.js';

export const ROLES = ['admin', 'official', 'inspector', 'station_head', 'assistant', 'informant'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  official: '卫健委',
  inspector: '卫生监督员',
  station_head: '协管站站长',
  assistant: '卫生监督协管员',
  informant: '卫生监督信息员',
};

/** Where each role works (DESIGN §1). Administrators may sit in any organisation. */
export const ROLE_ORG_KINDS: Record<Role, readonly OrgKind[]> = {
  admin: ['health_commission', 'institute', 'station', 'info_point'],
  official: ['health_commission'],
  inspector: ['institute'],
  station_head: ['station'],
  assistant: ['station'],
  informant: ['info_point'],
};

export function roleFitsOrgKind(role: Role, kind: OrgKind): boolean {
  return ROLE_ORG_KINDS[role].includes(kind);
}

/** What a role may do with the foundation's records. Later modules add their own. */
export const PERMISSIONS = {
  'orgs.read': ['admin', 'official', 'inspector', 'station_head', 'assistant', 'informant'],
  'orgs.manage': ['admin'],
  'users.read': ['admin', 'official', 'inspector', 'station_head'],
  'users.manage': ['admin'],
  'audit.read': ['admin'],
  'units.read': ['admin', 'official', 'inspector', 'station_head', 'assistant', 'informant'],
  'units.manage': ['admin', 'inspector', 'station_head', 'assistant'],
  'patrols.read': ['admin', 'official', 'inspector', 'station_head', 'assistant', 'informant'],
  'patrols.manage': ['admin', 'inspector', 'station_head', 'assistant'],
  'reports.read': ['admin', 'official', 'inspector', 'station_head', 'assistant', 'informant'],
  'reports.create': ['station_head', 'assistant', 'informant'],
  'reports.handle': ['admin', 'inspector'],
  'submissions.read': ['admin', 'official', 'inspector', 'station_head', 'assistant'],
  // Submitting is also limited to the reporting org's own users (the service checks the org).
  'submissions.submit': ['admin', 'official', 'inspector', 'station_head', 'assistant'],
  // Reviewing is also limited to a level above the submitting org (the service checks the path).
  'submissions.review': ['admin', 'official', 'inspector'],
  'datasets.manage': ['admin'],
  'complaints.read': ['admin', 'inspector'],
  'complaints.handle': ['admin', 'inspector'],
  'licensing.read': ['admin', 'inspector'],
  'licensing.manage': ['admin', 'inspector'],
  // Managing is also limited to a county institute or above (the service checks the path).
  'randomInspections.read': ['admin', 'official', 'inspector'],
  'randomInspections.manage': ['admin', 'inspector'],
  'grading.read': ['admin', 'official', 'inspector'],
  'grading.manage': ['admin', 'inspector'],
  // Inspections and cases are the institute's enforcement work; the commission (official) reads them.
  'inspections.read': ['admin', 'official', 'inspector'],
  'inspections.manage': ['admin', 'inspector'],
  'cases.read': ['admin', 'official', 'inspector'],
  'cases.manage': ['admin', 'inspector'],
  'statistics.read': ['admin', 'official', 'inspector', 'station_head', 'assistant'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
