import type { Role } from '../core/roles.js';

/**
 * Who is acting and what they may see: the division path of their organisation. Every scoped
 * query filters by `path like scope.path || '%'` (an index range scan on text_pattern_ops).
 */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  orgId: string;
  /** The org's division path, e.g. '/320000/321200/321281/'. */
  path: string;
  ip: string | null;
}

/** A system actor for CLI operations and seeding: sees everything. */
export function systemActor(username = 'system'): Actor {
  return { userId: '', username, role: 'admin', orgId: '', path: '/', ip: null };
}

/** An ILIKE pattern matching `text` anywhere, with the wildcards in the text itself escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The LIKE pattern for a subtree. Paths hold only digits and slashes, so nothing needs escaping. */
export function subtreePattern(path: string): string {
  return `${path}%`;
}
