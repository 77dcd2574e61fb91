import { Button, Space, Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Unit } from './api';
import { FileStatusTag } from './components/FileStatusTag';
import { LicenceExpiry } from './components/LicenceExpiry';
import { UnitStatusTag } from './components/UnitStatusTag';
import { useDictionaryLabels } from './labels';

interface UnitTableProps {
  units: readonly Unit[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onPageChange: (page: number, pageSize: number) => void;
  /** Omitted for readers: no edit or close buttons. */
  onEdit?: (unit: Unit) => void;
  onClose?: (unit: Unit) => void;
}

export function UnitTable({ units, loading, pagination, onPageChange, onEdit, onClose }: UnitTableProps) {
  const { t } = useTranslation();
  const labels = useDictionaryLabels();

  const columns: TableColumnsType<Unit> = [
    {
      title: t('units.name'),
      dataIndex: 'name',
      width: 200,
      fixed: 'left',
      render: (name: string, unit) => <Link to={`/units/${unit.id}`}>{name}</Link>,
    },
    {
      title: t('units.categoryAndSub'),
      key: 'category',
      width: 170,
      render: (_value, unit) => (
        <Space size={0} orientation="vertical">
          <span>{labels.category(unit.category)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {labels.subCategory(unit.category, unit.subCategory)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('units.township'), dataIndex: 'townshipName', width: 110 },
    { title: t('units.address'), dataIndex: 'address', ellipsis: true },
    {
      title: t('units.licence'),
      key: 'licence',
      width: 200,
      render: (_value, unit) =>
        unit.licenceNo || unit.licenceExpiresOn ? (
          <Space size={0} orientation="vertical">
            <span>{unit.licenceNo ?? t('common.none')}</span>
            <LicenceExpiry expiresOn={unit.licenceExpiresOn} />
          </Space>
        ) : (
          t('common.none')
        ),
    },
    {
      title: t('units.fileStatus'),
      dataIndex: 'fileComplete',
      width: 90,
      render: (complete: boolean, unit) => <FileStatusTag complete={complete} gaps={unit.fileGaps} />,
    },
    { title: t('units.status'), dataIndex: 'status', width: 90, render: (_status, unit) => <UnitStatusTag status={unit.status} /> },
    ...(onEdit && onClose
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 120,
            fixed: 'right' as const,
            render: (_value: unknown, unit: Unit) =>
              unit.status === 'closed' ? null : (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => onEdit(unit)}>
                    {t('common.edit')}
                  </Button>
                  <Button type="link" size="small" danger onClick={() => onClose(unit)}>
                    {t('units.close')}
                  </Button>
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <Table<Unit>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={units}
      loading={loading}
      scroll={{ x: 1150 }}
      pagination={pagination}
      onChange={(next) => onPageChange(next.current ?? 1, next.pageSize ?? 20)}
    />
  );
}
