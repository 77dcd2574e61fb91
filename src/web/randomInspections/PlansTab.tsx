import { useState } from 'react';
import { Button, Flex, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { LoadError } from '../shared/LoadError';
import { listPlans, randomInspectionKeys, type Plan } from './api';
import { PlanDrawer } from './PlanDrawer';
import { PlanModal } from './PlanModal';
import { PlanStatusTag } from './StatusTag';

const PAGE_SIZE = 20;

/** 抽查计划 in the user's area, newest first; a row opens the plan with its steps. */
export function PlansTab() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [page, setPage] = useState(1);
  const params = { page, pageSize: PAGE_SIZE };
  const { data, error, isFetching, refetch } = useQuery({ queryKey: randomInspectionKeys.plans(params), queryFn: () => listPlans(params), placeholderData: keepPreviousData });
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<Plan> = [
    { title: t('randomInspections.planTitle'), dataIndex: 'title', render: (title: string, plan) => <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setOpenId(plan.id)}>{title}</Button> },
    { title: t('randomInspections.item'), dataIndex: 'itemName', responsive: ['md'] },
    { title: t('randomInspections.county'), dataIndex: 'countyName', responsive: ['lg'] },
    { title: t('randomInspections.window'), key: 'window', responsive: ['md'], render: (_, plan) => `${plan.windowStart} ~ ${plan.windowEnd}` },
    { title: t('randomInspections.candidateCount'), dataIndex: 'candidateCount', align: 'right', responsive: ['sm'], render: (n: number | null) => n ?? t('common.none') },
    { title: t('randomInspections.drawCount'), dataIndex: 'drawCount', align: 'right', render: (n: number | null) => n ?? t('common.none') },
    { title: t('randomInspections.status'), dataIndex: 'status', render: (status: Plan['status']) => <PlanStatusTag status={status} /> },
  ];

  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  return (
    <Flex vertical gap={12}>
      {can(me.role, 'randomInspections.manage') && (
        <Flex justify="flex-end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('randomInspections.newPlan')}</Button>
        </Flex>
      )}
      <Table<Plan>
        rowKey="id" size="small" columns={columns} dataSource={data?.items ?? []} loading={isFetching}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        locale={{ emptyText: t('randomInspections.plansEmpty') }}
        data-testid="random-plans"
      />
      {openId && <PlanDrawer planId={openId} onClose={() => setOpenId(null)} />}
      {creating && <PlanModal onClose={() => setCreating(false)} onCreated={setOpenId} />}
    </Flex>
  );
}
