import { Button, Flex, Select, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../core/complaints.js';
import { LoadError } from '../shared/LoadError';
import { formatDateTime } from '../shared/dates';
import { usePagedQueryParams } from '../shared/usePagedQueryParams';
import { complaintsQueryKey, listComplaints, type Complaint, type ComplaintFilters } from './api';
import { ComplaintStatusTag, OverdueTag } from './ComplaintStatusTag';

/** Every complaint in scope, filtered by status and overdue; a click opens it. */
export function ComplaintList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { filters, params, setFilters, tableProps } = usePagedQueryParams<ComplaintFilters>({});
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: complaintsQueryKey(params),
    queryFn: () => listComplaints(params),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<Complaint> = [
    {
      title: t('complaints.trackingCode'),
      dataIndex: 'trackingCode',
      width: 150,
      render: (code: string, complaint) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(complaint.id)}>
          {code}
        </Button>
      ),
    },
    { title: t('complaints.channel'), dataIndex: 'channel', width: 90, render: (_c, complaint) => t(`complaints.channels.${complaint.channel}`) },
    { title: t('complaints.subject'), dataIndex: 'subject', ellipsis: true },
    { title: t('complaints.receivedAt'), dataIndex: 'receivedAt', width: 170, render: (at: string) => formatDateTime(at) },
    {
      title: t('complaints.replyDueOn'),
      dataIndex: 'replyDueOn',
      width: 160,
      render: (due: string, complaint) => (
        <Flex gap={4} align="center">
          {due}
          <OverdueTag overdue={complaint.overdue} />
        </Flex>
      ),
    },
    { title: t('complaints.status'), dataIndex: 'status', width: 90, render: (_s, complaint) => <ComplaintStatusTag status={complaint.status} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={16} align="center">
        <Select<ComplaintStatus>
          aria-label={t('complaints.filterStatus')}
          placeholder={t('complaints.filterStatus')}
          value={filters.status}
          onChange={(status) => setFilters({ ...filters, status })}
          options={COMPLAINT_STATUSES.map((status) => ({ value: status, label: t(`complaints.statuses.${status}`) }))}
          allowClear
          style={{ width: 130 }}
        />
        <Flex gap={8} align="center">
          <Switch
            aria-label={t('complaints.filterOverdue')}
            checked={filters.overdue ?? false}
            onChange={(overdue) => setFilters({ ...filters, overdue: overdue || undefined })}
          />
          <Typography.Text>{t('complaints.filterOverdue')}</Typography.Text>
        </Flex>
      </Flex>
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<Complaint>
          data-testid="complaints-table"
          rowKey="id"
          size="middle"
          columns={columns}
          {...tableProps(data, isFetching)}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('complaints.empty') }}
          onRow={(complaint) => ({ onDoubleClick: () => onOpen(complaint.id) })}
        />
      )}
    </Flex>
  );
}
