import { Button, Space, Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../shared/dates';
import type { Report } from './api';
import { OnTimeTag, ReportStatusTag } from './components/ReportStatusTag';
import { useReportCategoryLabel } from './useReportCategories';

interface ReportTableProps {
  reports: readonly Report[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (report: Report) => void;
}

export function ReportTable({ reports, loading, pagination, onPageChange, onOpen }: ReportTableProps) {
  const { t } = useTranslation();
  const categoryLabel = useReportCategoryLabel();
  const columns: TableColumnsType<Report> = [
    {
      title: t('reports.foundAt'),
      dataIndex: 'foundAt',
      width: 160,
      render: (at: string, report) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(report)}>
          {formatDateTime(at)}
        </Button>
      ),
    },
    { title: t('reports.category'), dataIndex: 'category', width: 150, render: (_c, report) => categoryLabel(report.category, report.subCategory) },
    { title: t('reports.content'), dataIndex: 'content', ellipsis: true },
    {
      title: t('reports.reportedAt'),
      dataIndex: 'reportedAt',
      width: 210,
      render: (at: string, report) => (
        <Space size={4}>
          {formatDateTime(at)}
          <OnTimeTag onTime={report.onTime} />
        </Space>
      ),
    },
    { title: t('reports.reporter'), dataIndex: 'reporterName', width: 90 },
    { title: t('reports.org'), dataIndex: 'orgName', width: 180, ellipsis: true },
    { title: t('reports.status'), dataIndex: 'status', width: 90, render: (_s, report) => <ReportStatusTag status={report.status} /> },
    {
      title: t('reports.result'),
      dataIndex: 'result',
      width: 180,
      ellipsis: true,
      render: (result: string | null) => result ?? <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
    },
  ];
  return (
    <Table<Report>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={reports}
      loading={loading}
      scroll={{ x: 1250 }}
      locale={{ emptyText: t('reports.empty') }}
      pagination={pagination}
      onRow={(report) => ({ onDoubleClick: () => onOpen(report) })}
      onChange={(next) => onPageChange(next.current ?? 1, next.pageSize ?? 20)}
    />
  );
}
