import { useMemo, useState } from 'react';
import { Button, Dropdown, Space, Table, Typography, type TableColumnsType } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Org } from './api';
import { buildOrgTree, parentIds, type OrgTreeNode } from './orgTree';
import { OrgStatusTag } from './OrgStatusTag';

export type OrgAction = 'details' | 'rename' | 'close' | 'merge';

interface OrgTableProps {
  orgs: readonly Org[];
  loading: boolean;
  onAction: (action: OrgAction, org: Org) => void;
}

/** The organisations as a tree table; every branch starts expanded. */
export function OrgTable({ orgs, loading, onAction }: OrgTableProps) {
  const { t } = useTranslation();
  const tree = useMemo(() => buildOrgTree(orgs), [orgs]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const expandedRowKeys = useMemo(() => parentIds(tree).filter((id) => !collapsed.has(id)), [tree, collapsed]);

  function toggle(expanded: boolean, org: OrgTreeNode) {
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (expanded) next.delete(org.id);
      else next.add(org.id);
      return next;
    });
  }

  const columns: TableColumnsType<OrgTreeNode> = [
    {
      title: t('orgs.name'),
      dataIndex: 'name',
      minWidth: 260,
      render: (name: string, org) => (
        <Typography.Link onClick={() => onAction('details', org)} type={org.status === 'active' ? undefined : 'secondary'}>
          {name}
        </Typography.Link>
      ),
    },
    { title: t('orgs.kind'), dataIndex: 'kind', width: 150, render: (_kind, org) => t(`orgKinds.${org.kind}`) },
    {
      title: t('orgs.division'),
      dataIndex: 'divisionCode',
      width: 210,
      render: (code: string, org) => (
        <Space size={4} wrap>
          <span>{org.divisionName}</span>
          <Typography.Text type="secondary" code>
            {code}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('orgs.status'), dataIndex: 'status', width: 90, render: (_status, org) => <OrgStatusTag status={org.status} /> },
    {
      title: t('orgs.validity'),
      key: 'validity',
      width: 190,
      render: (_value, org) => `${org.validFrom} ~ ${org.validTo ?? t('orgs.untilNow')}`,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      fixed: 'right',
      render: (_value, org) => <OrgActions org={org} onAction={onAction} />,
    },
  ];

  return (
    <Table<OrgTreeNode>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={tree}
      pagination={false}
      scroll={{ x: 1040 }}
      expandable={{ expandedRowKeys, onExpand: toggle, indentSize: 20 }}
      locale={{ emptyText: t('orgs.empty') }}
    />
  );
}

function OrgActions({ org, onAction }: { org: Org; onAction: OrgTableProps['onAction'] }) {
  const { t } = useTranslation();
  if (org.status !== 'active') {
    return (
      <Button type="link" size="small" onClick={() => onAction('details', org)}>
        {t('common.details')}
      </Button>
    );
  }
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={() => onAction('rename', org)}>
        {t('orgs.rename')}
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'details', label: t('common.details') },
            { key: 'merge', label: t('orgs.merge'), danger: true },
            { key: 'close', label: t('orgs.close'), danger: true },
          ],
          onClick: ({ key }) => onAction(key as OrgAction, org),
        }}
      >
        <Button type="link" size="small" icon={<MoreOutlined />} aria-label={t('common.actions')} />
      </Dropdown>
    </Space>
  );
}
