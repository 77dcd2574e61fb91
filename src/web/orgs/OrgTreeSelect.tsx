import { useMemo, type CSSProperties } from 'react';
import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Org } from './api';
import { buildOrgTree, type OrgTreeNode } from './orgTree';
import { useOrgs } from './useOrgs';

interface OrgOption {
  value: string;
  title: string;
  disabled: boolean;
  children?: OrgOption[];
}

interface OrgTreeSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Organisations that may be picked; the others stay visible (for the tree) but disabled. */
  isSelectable?: (org: Org) => boolean;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
}

function toOptions(nodes: readonly OrgTreeNode[], isSelectable: (org: Org) => boolean): OrgOption[] {
  return nodes.map((node) => ({
    value: node.id,
    title: node.name,
    disabled: !isSelectable(node),
    ...(node.children ? { children: toOptions(node.children, isSelectable) } : {}),
  }));
}

/** Picks one active organisation in the user's scope, shown as the organisation tree. */
export function OrgTreeSelect({ id, value, onChange, isSelectable, placeholder, allowClear, disabled, style }: OrgTreeSelectProps) {
  const { t } = useTranslation();
  const { data: orgs = [], isPending } = useOrgs(false);
  const treeData = useMemo(() => toOptions(buildOrgTree(orgs), isSelectable ?? (() => true)), [orgs, isSelectable]);
  return (
    <TreeSelect<string>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next)}
      treeData={treeData}
      loading={isPending}
      placeholder={placeholder ?? t('orgs.orgPlaceholder')}
      allowClear={allowClear}
      disabled={disabled}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      style={{ width: '100%', ...style }}
    />
  );
}
