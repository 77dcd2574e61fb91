import { useState } from 'react';
import { Button, Card, Checkbox, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GRADES } from '../../core/grading.js';
import { GRADING_STATUSES } from '../../core/gradingWorkflow.js';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { LoadError } from '../shared/LoadError';
import { usePagedQueryParams } from '../shared/usePagedQueryParams';
import { getGradingSetup, gradingSetupQueryKey, gradingsQueryKey, listGradings, type Grading, type GradingFilters } from './api';
import { GradeTag } from './GradeTag';
import { GradingDrawer } from './GradingDrawer';
import { NewGradingModal } from './NewGradingModal';

/** 量化分级: the gradings in the user's area, a new grading, and each step after it. */
export default function GradingPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { filters, params, setFilters, tableProps } = usePagedQueryParams<GradingFilters>({});
  const { data, error, isFetching, refetch } = useQuery({ queryKey: gradingsQueryKey(params), queryFn: () => listGradings(params), placeholderData: keepPreviousData });
  const setup = useQuery({ queryKey: gradingSetupQueryKey, queryFn: getGradingSetup, staleTime: Infinity });
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<Grading> = [
    { title: t('grading.unit'), dataIndex: 'unitName', ellipsis: true, render: (name: string, g) => <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpenId(g.id)}>{name}</Button> },
    { title: t('grading.inspectedOn'), dataIndex: 'inspectedOn', width: 110 },
    { title: t('grading.grade'), dataIndex: 'grade', width: 100, render: (_g, g) => <GradeTag grade={g.grade} /> },
    { title: t('grading.total'), dataIndex: 'total', width: 80 },
    { title: t('grading.status'), dataIndex: 'status', width: 130, render: (_s, g) => t(`grading.statuses.${g.status}`) },
    { title: t('grading.publishedOn'), dataIndex: 'publishedOn', width: 110 },
    { title: t('grading.appeal'), dataIndex: 'appealStatus', width: 110, render: (_a, g) => (g.appealStatus ? t(`grading.appealStatuses.${g.appealStatus}`) : '') },
    { title: t('grading.regrade'), dataIndex: 'regradeRequestedOn', width: 110 },
  ];

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('grading.title')}</Typography.Title>}
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
      extra={can(me.role, 'grading.manage') && setup.data && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('grading.new')}</Button>}
    >
      <Flex vertical gap={16}>
        <Flex wrap gap={16} align="center">
          <Select aria-label={t('grading.grade')} placeholder={t('grading.grade')} value={filters.grade} allowClear style={{ width: 130 }}
            onChange={(grade) => setFilters({ ...filters, grade })} options={GRADES.map((g) => ({ value: g, label: t(`grading.grades.${g}`) }))} />
          <Select aria-label={t('grading.status')} placeholder={t('grading.status')} value={filters.status} allowClear style={{ width: 160 }}
            onChange={(status) => setFilters({ ...filters, status })} options={GRADING_STATUSES.map((s) => ({ value: s, label: t(`grading.statuses.${s}`) }))} />
          <Checkbox checked={filters.appealPending === true} onChange={(e) => setFilters({ ...filters, appealPending: e.target.checked ? true : undefined })}>{t('grading.filterAppealPending')}</Checkbox>
          <Checkbox checked={filters.regradeRequested === true} onChange={(e) => setFilters({ ...filters, regradeRequested: e.target.checked ? true : undefined })}>{t('grading.filterRegrade')}</Checkbox>
        </Flex>
        {error ? <LoadError error={error} onRetry={() => void refetch()} /> : (
          <Table<Grading> rowKey="id" size="middle" columns={columns} {...tableProps(data, isFetching)} scroll={{ x: 900 }}
            locale={{ emptyText: t('grading.empty') }} />
        )}
      </Flex>
      {openId && setup.data && <GradingDrawer gradingId={openId} setup={setup.data} onClose={() => setOpenId(null)} />}
      {creating && setup.data && <NewGradingModal setup={setup.data} onClose={() => setCreating(false)} onCreated={setOpenId} />}
    </Card>
  );
}
