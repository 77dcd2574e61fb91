import { useState } from 'react';
import { Button, Card, Flex, Select, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../core/complaints.js';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { LoadError } from '../shared/LoadError';
import { formatDateTime } from '../shared/dates';
import { usePagedQueryParams } from '../shared/usePagedQueryParams';
import { complaintsQueryKey, listComplaints, type Complaint, type ComplaintFilters } from './api';
import { ComplaintDrawer } from './ComplaintDrawer';
import { ComplaintStatusTag, OverdueTag } from './ComplaintStatusTag';
import { HotlineComplaintModal } from './HotlineComplaintModal';

/** 投诉举报 for staff: the list in scope, hotline entry, and the detail drawer to handle one. */
export default function ComplaintsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { filters, params, setFilters, setPage, pagination } = usePagedQueryParams<ComplaintFilters>({});
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: complaintsQueryKey(params),
    queryFn: () => listComplaints(params),
    placeholderData: keepPreviousData,
  });
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<Complaint> = [
    {
      title: t('complaints.trackingCode'),
      dataIndex: 'trackingCode',
      width: 150,
      render: (code: string, complaint) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpenId(complaint.id)}>
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
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('complaints.title')}</Typography.Title>}
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
      extra={
        can(me.role, 'complaints.handle') && (
          <Button type="primary" icon={<PhoneOutlined />} onClick={() => setCreating(true)}>
            {t('complaints.createHotline')}
          </Button>
        )
      }
    >
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
            dataSource={data?.items ?? []}
            loading={isFetching}
            scroll={{ x: 900 }}
            locale={{ emptyText: t('complaints.empty') }}
            pagination={pagination(data?.total ?? 0)}
            onRow={(complaint) => ({ onDoubleClick: () => setOpenId(complaint.id) })}
            onChange={(next) => setPage(next.current ?? 1, next.pageSize ?? 20)}
          />
        )}
      </Flex>
      {openId && <ComplaintDrawer complaintId={openId} onClose={() => setOpenId(null)} />}
      {creating && <HotlineComplaintModal onClose={() => setCreating(false)} onCreated={(complaint) => setOpenId(complaint.id)} />}
    </Card>
  );
}
