import { Space, Table, Tag, Tooltip, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../shared/dates';
import { useDictionaryLabels } from '../units/labels';
import type { Patrol } from './api';
import { OutcomeTag } from './components/OutcomeTag';

interface PatrolTableProps {
  patrols: readonly Patrol[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onPageChange: (page: number, pageSize: number) => void;
}

export function PatrolTable({ patrols, loading, pagination, onPageChange }: PatrolTableProps) {
  const { t } = useTranslation();
  const labels = useDictionaryLabels();
  const columns: TableColumnsType<Patrol> = [
    { title: t('patrols.patrolledOn'), dataIndex: 'patrolledOn', width: 110, render: (date: string, patrol) => <Link to={`/patrols/${patrol.id}`}>{date}</Link> },
    {
      title: t('patrols.unit'),
      dataIndex: 'unitName',
      width: 200,
      render: (name: string, patrol) => (
        <Space size={0} orientation="vertical">
          <Link to={`/units/${patrol.unitId}`}>{name}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {labels.category(patrol.unitCategory)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('patrols.locationContent'), dataIndex: 'locationContent', ellipsis: true },
    { title: t('patrols.problems'), dataIndex: 'problems', ellipsis: true, render: (text: string) => text || t('common.none') },
    { title: t('patrols.outcome'), dataIndex: 'outcome', width: 120, render: (_o, patrol) => <OutcomeTag outcome={patrol.outcome} /> },
    { title: t('patrols.patroller'), dataIndex: 'patrollerName', width: 100 },
    {
      title: t('patrols.photos'),
      key: 'photos',
      width: 110,
      render: (_v, patrol) => (
        <Space size={4}>
          {patrol.photos.length > 0 && (
            <Tag icon={<CameraOutlined />}>{patrol.photos.length}</Tag>
          )}
          {patrol.syncedLate && (
            <Tooltip title={t('patrols.syncedLateHint', { captured: formatDateTime(patrol.capturedAt), received: formatDateTime(patrol.receivedAt) })}>
              <Tag color="gold">{t('patrols.syncedLate')}</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<Patrol>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={patrols}
      loading={loading}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('patrols.empty') }}
      pagination={pagination}
      onChange={(next) => onPageChange(next.current ?? 1, next.pageSize ?? 20)}
    />
  );
}
