import { ORG_KINDS } from '../../core/orgs.js';
import type { Org } from './api';

export type OrgTreeNode = Org & { children?: OrgTreeNode[] };

const kindRank = new Map<string, number>(ORG_KINDS.map((kind, index) => [kind, index]));

function compareOrgs(a: Org, b: Org): number {
  return (
    (kindRank.get(a.kind) ?? 99) - (kindRank.get(b.kind) ?? 99) ||
    a.divisionCode.localeCompare(b.divisionCode) ||
    a.name.localeCompare(b.name, 'zh-CN')
  );
}

/**
 * The flat list from `GET /api/orgs` as a tree by `parentId`. An organisation whose parent is not in
 * the list (outside the admin's scope, or closed and hidden) becomes a root. Leaves have no
 * `children` key, so tables show no expand icon for them.
 */
export function buildOrgTree(orgs: readonly Org[]): OrgTreeNode[] {
  const nodes = new Map<string, OrgTreeNode>(orgs.map((org) => [org.id, { ...org }]));
  const roots: OrgTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && parent !== node) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const sortDeep = (list: OrgTreeNode[]): OrgTreeNode[] => {
    list.sort(compareOrgs);
    for (const node of list) if (node.children) sortDeep(node.children);
    return list;
  };
  return sortDeep(roots);
}

/** Ids of `rootId` and everything below it: an organisation cannot merge into its own subtree. */
export function subtreeIds(orgs: readonly Org[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const org of orgs) {
      if (org.parentId && ids.has(org.parentId) && !ids.has(org.id)) {
        ids.add(org.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Ids of every node that has children, for "expand all". */
export function parentIds(tree: readonly OrgTreeNode[]): string[] {
  const ids: string[] = [];
  const walk = (list: readonly OrgTreeNode[]) => {
    for (const node of list) {
      if (node.children) {
        ids.push(node.id);
        walk(node.children);
      }
    }
  };
  walk(tree);
  return ids;
}
