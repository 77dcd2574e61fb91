import { useState } from 'react';
import { Button, Checkbox, Flex, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { INSPECTION_RESULTS, ORDER_STATUSES } from '../../core/inspections.js';
import { LoadError } from '../shared/LoadError';
import { usePagedQueryParams } from '../shared/usePagedQueryParams';
import { inspectionsQueryKey, listInspections, type Inspection, type InspectionFilters } from './api';
import { OrderTag } from './CaseTags';
import { InspectionModal } from './InspectionModal';

/**
 * A case may be filed from an open order, from an order its re-inspection handed to 立案, or from a
 * first inspection that concluded 立案 — once: after that the row shows the case number.
 */
const fileable = (i: Inspection) => !i.caseNo && (i.orderStatus === 'open' || i.orderStatus === 'case_filed' || (i.result === 'case' && i.followUpOf === null));

/** 监督检查: the list with its filters; a manager records inspections, re-inspects open orders and files cases from them. */
export function InspectionsTab({ canManage, onFileCase }: { canManage: boolean; onFileCase: (order: Inspection) => void }) {
  const { t } = useTranslation();
  const { filters, params, setFilters, tableProps } = usePagedQueryParams<InspectionFilters>({});
  const { data, error, isFetching, refetch } = useQuery({ queryKey: inspectionsQueryKey(params), queryFn: () => listInspections(params), placeholderData: keepPreviousData });
  const [recording, setRecording] = useState<{ order?: Inspection } | null>(null);

  const columns: TableColumnsType<Inspection> = [
    { title: t('cases.inspectedOn'), dataIndex: 'inspectedOn', width: 110 },
    { title: t('cases.unit'), dataIndex: 'unitName', ellipsis: true },
    { title: t('cases.inspectors'), dataIndex: 'inspectors', width: 160, render: (_v, i) => i.inspectors.map((p) => p.name).join('、') },
    { title: t('cases.source'), dataIndex: 'source', width: 120, render: (_v, i) => t(`cases.sources.${i.source}`) },
    {
      title: t('cases.result'), dataIndex: 'result', width: 110,
      render: (_v, i) => <Tag>{i.followUpOf ? `${t('cases.reinspect')}·${t(`cases.results.${i.result}`)}` : t(`cases.results.${i.result}`)}</Tag>,
    },
    {
      title: t('cases.orderStatus'), dataIndex: 'orderStatus', width: 220,
      render: (_v, i) => (
        <Space size={4} wrap>
          {i.orderStatus && <OrderTag status={i.orderStatus} deadline={i.orderDeadline} overdue={i.overdue} />}
          {i.caseNo && <Tag color="red">{i.caseNo}</Tag>}
        </Space>
      ),
    },
    ...(canManage
      ? [{
          title: t('common.actions'), key: 'actions', width: 150,
          render: (_v: unknown, i: Inspection) => (
            <Space size={4}>
              {i.orderStatus === 'open' && <Button size="small" onClick={() => setRecording({ order: i })}>{t('cases.reinspect')}</Button>}
              {fileable(i) && <Button size="small" danger onClick={() => onFileCase(i)}>{t('cases.fileFromOrder')}</Button>}
            </Space>
          ),
        }]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={16} align="center">
        <Select
          aria-label={t('cases.filterResult')}
          placeholder={t('cases.filterResult')}
          value={filters.result}
          onChange={(result) => setFilters({ ...filters, result })}
          options={INSPECTION_RESULTS.map((r) => ({ value: r, label: t(`cases.results.${r}`) }))}
          allowClear
          style={{ width: 150 }}
        />
        <Select
          aria-label={t('cases.filterOrderStatus')}
          placeholder={t('cases.filterOrderStatus')}
          value={filters.orderStatus}
          onChange={(orderStatus) => setFilters({ ...filters, orderStatus })}
          options={ORDER_STATUSES.map((s) => ({ value: s, label: t(`cases.orderStatuses.${s}`) }))}
          allowClear
          style={{ width: 150 }}
        />
        <Checkbox checked={filters.overdue === true} onChange={(e) => setFilters({ ...filters, overdue: e.target.checked ? true : undefined })}>
          {t('cases.overdueOnly')}
        </Checkbox>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} style={{ marginLeft: 'auto' }} onClick={() => setRecording({})}>
            {t('cases.record')}
          </Button>
        )}
      </Flex>
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<Inspection>
          rowKey="id"
          size="middle"
          columns={columns}
          {...tableProps(data, isFetching)}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('cases.emptyInspections') }}
        />
      )}
      {recording && <InspectionModal order={recording.order} onClose={() => setRecording(null)} />}
    </Flex>
  );
}
