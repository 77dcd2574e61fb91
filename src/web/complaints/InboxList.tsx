import { Button, Flex, Segmented, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ReportStatusTag } from '../reports/components/ReportStatusTag';
import { useReportCategoryLabel } from '../reports/useReportCategories';
import { LoadError } from '../shared/LoadError';
import { formatDateTime } from '../shared/dates';
import { usePagedQueryParams } from '../shared/usePagedQueryParams';
import { inboxQueryKey, listInbox, type InboxFilters, type InboxItem } from './api';
import { useComplaintCategoryLabel } from './ComplaintFormFields';
import { ComplaintStatusTag, OverdueTag } from './ComplaintStatusTag';

type KindChoice = 'all' | InboxItem['kind'];

/**
 * What waits for the institute: complaints from the public and the stations' information reports,
 * newest first. A complaint is due by its reply day, a report must be accepted within 24 hours.
 */
export function InboxList({ onOpen }: { onOpen: (item: InboxItem) => void }) {
  const { t } = useTranslation();
  const complaintCategory = useComplaintCategoryLabel();
  const reportCategory = useReportCategoryLabel();
  const { filters, params, setFilters, tableProps } = usePagedQueryParams<InboxFilters>({ openOnly: true });
  const { data, error, isFetching, refetch } = useQuery({ queryKey: inboxQueryKey(params), queryFn: () => listInbox(params), placeholderData: keepPreviousData });

  const columns: TableColumnsType<InboxItem> = [
    {
      title: t('inbox.kind'),
      dataIndex: 'kind',
      width: 150,
      render: (_k, item) => (
        <Flex vertical gap={2}>
          <Tag color={item.kind === 'complaint' ? 'purple' : 'geekblue'} style={{ width: 'fit-content' }}>{t(`inbox.kinds.${item.kind}`)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.kind === 'complaint' ? complaintCategory(item.category) : reportCategory(item.category)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('inbox.title'),
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, item) => (
        <Button type="link" size="small" style={{ padding: 0, maxWidth: '100%' }} onClick={() => onOpen(item)}>
          <Typography.Text ellipsis style={{ color: 'inherit' }}>{item.code ? `${item.code} ${title}` : title}</Typography.Text>
        </Button>
      ),
    },
    {
      title: t('inbox.from'),
      dataIndex: 'areaName',
      width: 200,
      render: (area: string, item) => (item.kind === 'complaint' ? `${area} · ${t(`complaints.channels.${item.source}`)}` : `${area} · ${item.source}`),
    },
    { title: t('inbox.receivedAt'), dataIndex: 'receivedAt', width: 170, render: (at: string) => formatDateTime(at) },
    {
      title: t('inbox.due'),
      width: 190,
      render: (_d, item) => (
        <Flex gap={4} align="center" wrap>
          {item.replyDueOn ?? (item.acceptBy ? t('inbox.acceptBy', { time: formatDateTime(item.acceptBy) }) : t('common.none'))}
          <OverdueTag overdue={item.overdue} />
        </Flex>
      ),
    },
    {
      title: t('inbox.status'),
      dataIndex: 'status',
      width: 90,
      render: (_s, item) => (item.kind === 'complaint' ? <ComplaintStatusTag status={item.status} /> : <ReportStatusTag status={item.status} />),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={16} align="center">
        <Segmented<KindChoice>
          aria-label={t('inbox.kind')}
          value={filters.kind ?? 'all'}
          onChange={(kind) => setFilters({ ...filters, kind: kind === 'all' ? undefined : kind })}
          options={(['all', 'complaint', 'report'] as const).map((kind) => ({ value: kind, label: t(`inbox.kinds.${kind}`) }))}
        />
        <Flex gap={8} align="center">
          <Switch aria-label={t('inbox.openOnly')} checked={filters.openOnly ?? true} onChange={(openOnly) => setFilters({ ...filters, openOnly })} />
          <Typography.Text>{t('inbox.openOnly')}</Typography.Text>
        </Flex>
        <Flex gap={8} align="center">
          <Switch
            aria-label={t('inbox.overdueOnly')}
            checked={filters.overdueOnly ?? false}
            onChange={(overdueOnly) => setFilters({ ...filters, overdueOnly: overdueOnly || undefined })}
          />
          <Typography.Text>{t('inbox.overdueOnly')}</Typography.Text>
        </Flex>
      </Flex>
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<InboxItem>
          data-testid="inbox-table"
          rowKey={(item) => `${item.kind}:${item.id}`}
          size="middle"
          columns={columns}
          {...tableProps(data, isFetching)}
          scroll={{ x: 960 }}
          locale={{ emptyText: t('inbox.empty') }}
          onRow={(item) => ({ onDoubleClick: () => onOpen(item) })}
        />
      )}
    </Flex>
  );
}
