import { Button, Flex, Select, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CASE_AREAS, CASE_STATUSES } from '../../core/cases.js';
import { LoadError } from '../shared/LoadError';
import { usePagedQueryParams } from '../shared/usePagedQueryParams';
import { casesQueryKey, listCases, type Case, type CaseFilters } from './api';
import { CaseStatusTag } from './CaseTags';

/** 行政处罚案件: the list with status and area filters; 立案 and the detail drawer belong to the page. */
export function CasesTab({ canManage, onFile, onOpen }: { canManage: boolean; onFile: () => void; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { filters, params, setFilters, tableProps } = usePagedQueryParams<CaseFilters>({});
  const { data, error, isFetching, refetch } = useQuery({ queryKey: casesQueryKey(params), queryFn: () => listCases(params), placeholderData: keepPreviousData });

  const columns: TableColumnsType<Case> = [
    {
      title: t('cases.caseNo'), dataIndex: 'caseNo', width: 200,
      render: (no: string, c) => <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(c.id)}>{no}</Button>,
    },
    { title: t('cases.party'), dataIndex: 'partyName', ellipsis: true },
    { title: t('cases.area'), dataIndex: 'area', width: 110, render: (_v, c) => t(`cases.areas.${c.area}`) },
    { title: t('cases.cause'), dataIndex: 'cause', ellipsis: true },
    { title: t('cases.filedOn'), dataIndex: 'filedOn', width: 110 },
    { title: t('cases.status'), dataIndex: 'status', width: 120, render: (_v, c) => <CaseStatusTag status={c.status} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={16} align="center">
        <Select
          aria-label={t('cases.filterStatus')}
          placeholder={t('cases.filterStatus')}
          value={filters.status}
          onChange={(status) => setFilters({ ...filters, status })}
          options={CASE_STATUSES.map((s) => ({ value: s, label: t(`cases.statuses.${s}`) }))}
          allowClear
          style={{ width: 150 }}
        />
        <Select
          aria-label={t('cases.filterArea')}
          placeholder={t('cases.filterArea')}
          value={filters.area}
          onChange={(area) => setFilters({ ...filters, area })}
          options={CASE_AREAS.map((a) => ({ value: a, label: t(`cases.areas.${a}`) }))}
          allowClear
          style={{ width: 150 }}
        />
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} style={{ marginLeft: 'auto' }} onClick={onFile}>
            {t('cases.file')}
          </Button>
        )}
      </Flex>
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<Case>
          rowKey="id"
          size="middle"
          columns={columns}
          {...tableProps(data, isFetching)}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('cases.emptyCases') }}
          onRow={(c) => ({ onDoubleClick: () => onOpen(c.id) })}
        />
      )}
    </Flex>
  );
}
