import { Descriptions, Drawer, Grid, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../shared/LoadError';
import { getOrg, orgQueryKey, type Org, type OrgNameSpan } from './api';
import { OrgStatusTag } from './OrgStatusTag';

interface OrgDetailsDrawerProps {
  orgId: string;
  /** To show the name of the organisation this one merged into. */
  orgs: readonly Org[];
  onClose: () => void;
}

export function OrgDetailsDrawer({ orgId, orgs, onClose }: OrgDetailsDrawerProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { data: org, error, isPending, refetch } = useQuery({ queryKey: orgQueryKey(orgId), queryFn: () => getOrg(orgId) });
  const nameOf = (id: string | null) => (id ? (orgs.find((o) => o.id === id)?.name ?? id) : null);

  return (
    <Drawer open title={org?.name ?? t('orgs.detailsTitle')} onClose={onClose} size={screens.md ? 560 : '100%'} loading={isPending}>
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      {org && (
        <>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'kind', label: t('orgs.kind'), children: t(`orgKinds.${org.kind}`) },
              { key: 'division', label: t('orgs.division'), children: t('orgs.divisionWithCode', { name: org.divisionName, code: org.divisionCode }) },
              { key: 'parent', label: t('orgs.parent'), children: nameOf(org.parentId) ?? t('common.none') },
              { key: 'status', label: t('orgs.status'), children: <OrgStatusTag status={org.status} /> },
              { key: 'validFrom', label: t('orgs.validFrom'), children: org.validFrom },
              { key: 'validTo', label: t('orgs.validTo'), children: org.validTo ?? t('common.none') },
              ...(org.mergedIntoId
                ? [{ key: 'mergedInto', label: t('orgs.mergedInto'), children: nameOf(org.mergedIntoId) }]
                : []),
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('orgs.nameHistory')}
          </Typography.Title>
          <Table<OrgNameSpan>
            size="small"
            rowKey={(span) => `${span.validFrom}-${span.name}`}
            dataSource={org.names}
            pagination={false}
            columns={[
              {
                title: t('orgs.historyName'),
                dataIndex: 'name',
                render: (name: string, span) => (
                  <>
                    {name} {span.validTo === null && <Tag color="green">{t('orgs.current')}</Tag>}
                  </>
                ),
              },
              { title: t('orgs.validFrom'), dataIndex: 'validFrom', width: 120 },
              {
                title: t('orgs.validTo'),
                dataIndex: 'validTo',
                width: 120,
                render: (validTo: string | null) => validTo ?? t('orgs.untilNow'),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
