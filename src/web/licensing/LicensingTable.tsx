import { Button, Table, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LicenceApplication } from './api';
import { DueDate, LicensingStatusTag } from './StatusTag';

interface LicensingTableProps {
  applications: readonly LicenceApplication[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (application: LicenceApplication) => void;
}

export function LicensingTable({ applications, loading, pagination, onPageChange, onOpen }: LicensingTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<LicenceApplication> = [
    {
      title: t('licensing.applicationNo'),
      dataIndex: 'applicationNo',
      width: 170,
      render: (no: string, application) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(application)}>
          {no}
        </Button>
      ),
    },
    { title: t('licensing.holder'), dataIndex: 'applicantName', ellipsis: true },
    { title: t('licensing.licenceType'), dataIndex: 'licenceType', width: 170 },
    { title: t('licensing.kind'), dataIndex: 'kind', width: 80, render: (_k, a) => t(`licensing.kinds.${a.kind}`) },
    { title: t('licensing.acceptedOn'), dataIndex: 'acceptedOn', width: 110 },
    { title: t('licensing.dueOn'), dataIndex: 'dueOn', width: 170, render: (_d, a) => <DueDate dueOn={a.dueOn} overdue={a.overdue} /> },
    { title: t('licensing.status'), dataIndex: 'status', width: 100, render: (_s, a) => <LicensingStatusTag status={a.status} /> },
  ];
  return (
    <Table<LicenceApplication>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={applications}
      loading={loading}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('licensing.empty') }}
      pagination={pagination}
      onRow={(application) => ({ onDoubleClick: () => onOpen(application) })}
      onChange={(next) => onPageChange(next.current ?? 1, next.pageSize ?? 20)}
    />
  );
}
