import { can, type Role } from '../../core/roles.js';

/** Reports come from the stations and the village information points (DESIGN §1, §5). */
export const canReport = (role: Role): boolean => can(role, 'reports.create');
/** The county institute accepts, verifies and closes them. */
export const canHandleReports = (role: Role): boolean => can(role, 'reports.handle');
