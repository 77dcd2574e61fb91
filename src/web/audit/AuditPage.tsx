import { Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { labelOrRaw } from '../i18n';
import { formatDateTime } from '../shared/dates';
import { LoadError } from '../shared/LoadError';
import { usePagedQueryParams } from '../shared/usePagedQueryParams';
import { auditQueryKey, listAudit, type AuditEntry } from './api';
import { AuditDiff } from './AuditDiff';
import { AuditFilterBar, type AuditFilters } from './AuditFilterBar';

export default function AuditPage() {
  const { t } = useTranslation();
  const { filters, params, setFilters, tableProps } = usePagedQueryParams<AuditFilters>({});
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: auditQueryKey(params),
    queryFn: () => listAudit(params),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at) },
    { title: t('audit.actor'), dataIndex: 'actorUsername', width: 130 },
    { title: t('audit.action'), dataIndex: 'action', width: 110, render: (action: string) => labelOrRaw('audit.actions', action) },
    {
      title: t('audit.entityType'),
      dataIndex: 'entityType',
      width: 110,
      render: (type: string) => labelOrRaw('audit.entityTypes', type),
    },
    {
      title: t('audit.entityId'),
      dataIndex: 'entityId',
      width: 130,
      render: (id: string) => (
        <Typography.Text code copyable={{ text: id }} title={id}>
          {id.slice(0, 8)}
        </Typography.Text>
      ),
    },
    { title: t('audit.summary'), dataIndex: 'summary' },
  ];

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('audit.title')}</Typography.Title>}>
      <Flex vertical gap={16}>
        <AuditFilterBar value={filters} onChange={setFilters} />
        {error ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<AuditEntry>
            rowKey="id"
            size="middle"
            columns={columns}
            {...tableProps(data, isFetching)}
            scroll={{ x: 960 }}
            expandable={{
              expandedRowRender: (entry) => <AuditDiff entry={entry} />,
              rowExpandable: (entry) => entry.before != null || entry.after != null,
            }}
          />
        )}
      </Flex>
    </Card>
  );
}
