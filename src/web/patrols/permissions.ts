import { can, type Role } from '../../core/roles.js';

/** Who records patrols and acts on rectifications (re-inspect, escalate). */
export function canRecordPatrols(role: Role): boolean {
  return can(role, 'patrols.manage');
}
