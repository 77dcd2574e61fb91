import { useState } from 'react';
import { Button, Space, Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../shared/dates';
import { reviewSubmission, submissionLink, type GridItem, type ReviewAction, type SubmissionGrid } from './api';
import { CommentModal } from './components/CommentModal';
import { SubmissionStatusTag, TimelinessTag } from './components/SubmissionStatusTag';
import { useSubmissionAction } from './useSubmissionAction';

const REVIEW_ACTIONS: readonly ReviewAction[] = ['accept', 'return', 'reopen'];

interface SubmissionGridTableProps {
  grid: SubmissionGrid | undefined;
  loading: boolean;
  pagination: TablePaginationConfig;
  onPageChange: (page: number, pageSize: number) => void;
}

/** Every org that must report: its state, and the review buttons the signed-in user may use. */
export function SubmissionGridTable({ grid, loading, pagination, onPageChange }: SubmissionGridTableProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ item: GridItem; action: ReviewAction } | null>(null);
  const mutation = useSubmissionAction((key, arg: { action: ReviewAction; comment?: string }) => reviewSubmission(key, arg.action, arg.comment));
  const keyOf = (item: GridItem) => ({ dataSetId: grid!.dataSet.id, orgId: item.orgId, period: grid!.period.key });
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  const columns: TableColumnsType<GridItem> = [
    { title: t('submissions.org'), dataIndex: 'orgName', render: (name: string, item) => <Link to={submissionLink(keyOf(item))}>{name}</Link> },
    { title: t('submissions.status'), dataIndex: 'status', width: 100, render: (_s, item) => <SubmissionStatusTag status={item.status} /> },
    {
      title: t('submissions.submittedAt'), dataIndex: 'submittedAt', width: 220,
      render: (at: string | null, item) => (at ? <Space size={4}>{formatDateTime(at)}<TimelinessTag onTime={item.onTime} /></Space> : none),
    },
    { title: t('submissions.reviewedAt'), dataIndex: 'reviewedAt', width: 170, render: (at: string | null) => formatDateTime(at) ?? none },
    { title: t('submissions.reviewComment'), dataIndex: 'reviewComment', ellipsis: true, render: (c: string | null) => c ?? none },
    {
      title: t('common.actions'), key: 'actions', width: 190,
      render: (_v, item) => (
        <Space size={4} wrap>
          {REVIEW_ACTIONS.filter((a) => item.actions.includes(a)).map((action) => (
            <Button key={action} size="small" type={action === 'accept' ? 'primary' : 'default'} danger={action !== 'accept'} onClick={() => setOpen({ item, action })}>
              {t(`submissions.actions.${action}`)}
            </Button>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Table<GridItem>
        rowKey="orgId"
        size="middle"
        columns={columns}
        dataSource={grid?.items ?? []}
        loading={loading}
        scroll={{ x: 980 }}
        locale={{ emptyText: t('submissions.gridEmpty') }}
        pagination={pagination}
        onChange={(next) => onPageChange(next.current ?? 1, next.pageSize ?? 20)}
      />
      {open && grid && (
        <CommentModal
          action={open.action}
          title={`${t(`submissions.actions.${open.action}`)} · ${open.item.orgName} · ${grid.period.label}`}
          onConfirm={(comment) => mutation.mutateAsync({ key: keyOf(open.item), arg: { action: open.action, comment } })}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
