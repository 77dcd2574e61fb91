import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Flex, Grid, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { formatDateTime } from '../shared/dates';
import { LoadError } from '../shared/LoadError';
import { useRecordAction } from '../shared/useRecordAction';
import { useDictionaryLabels } from '../units/labels';
import { getPlan, PLAN_ACTIONS, randomInspectionKeys, takePlanStep, type PlanAction, type PlanStep, type Task, type TaskResult } from './api';
import { CancelPlanModal, ResultModal } from './PlanModals';
import { PlanStatusTag } from './StatusTag';

const STEPS: readonly PlanStep[] = ['commit', 'draw', 'publish'];

/** One plan: what was frozen, the commitment and seed, the tasks; a manager sees the steps the core allows. */
export function PlanDrawer({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const me = useCurrentUser();
  const labels = useDictionaryLabels();
  const screens = Grid.useBreakpoint();
  const { data: plan, error, isPending, refetch } = useQuery({ queryKey: randomInspectionKeys.plan(planId), queryFn: () => getPlan(planId) });
  const step = useRecordAction((id: string, s: PlanStep) => takePlanStep(id, s), [randomInspectionKeys.all]);
  const [cancelling, setCancelling] = useState(false);
  const [recording, setRecording] = useState<Task | null>(null);
  const manage = can(me.role, 'randomInspections.manage');
  const allows = (action: PlanAction) => !!plan && manage && (PLAN_ACTIONS[action].from as readonly string[]).includes(plan.status);
  const none = t('common.none');

  function run(s: PlanStep) {
    const label = t(`randomInspections.steps.${s}`);
    void modal.confirm({
      title: label, content: t(`randomInspections.stepConfirm.${s}`), okText: label,
      onOk: () => step.mutateAsync({ key: planId, arg: s }).then(() => void message.success(t('randomInspections.stepDone', { action: label })), (e: Error) => void message.error(e.message)),
    });
  }

  const resultText = (result: TaskResult, task: Task) =>
    `${t(`randomInspections.results.${result}`)}（${task.resultOn}${task.deadline ? t('randomInspections.deadlineSuffix', { date: task.deadline }) : ''}）`;

  const columns: TableColumnsType<Task> = [
    { title: t('randomInspections.position'), dataIndex: 'position', width: 56 },
    { title: t('randomInspections.unit'), dataIndex: 'unitName', render: (name: string, task) => <>{name} <Typography.Text type="secondary">{labels.category(task.unitCategory)}</Typography.Text></> },
    { title: t('randomInspections.inspectors'), dataIndex: 'inspectors', render: (list: Task['inspectors']) => list.map((i) => i.name).join('、') },
    { title: t('randomInspections.result'), dataIndex: 'result', render: (result: Task['result'], task) => (result ? resultText(result, task) : none) },
    ...(allows('recordResult') ? [{ title: t('common.actions'), key: 'actions', render: (_: unknown, task: Task) => <Button size="small" onClick={() => setRecording(task)}>{t('randomInspections.recordResult')}</Button> }] : []),
  ];

  return (
    <Drawer
      open
      title={plan?.title ?? t('randomInspections.tabs.plans')}
      onClose={onClose}
      size={screens.lg ? 760 : '100%'}
      loading={isPending}
      footer={plan && manage && (
        <Flex justify="flex-end" gap={8} wrap>
          {STEPS.filter(allows).map((s) => <Button key={s} type="primary" loading={step.isPending} onClick={() => run(s)}>{t(`randomInspections.steps.${s}`)}</Button>)}
          {allows('cancel') && <Button danger onClick={() => setCancelling(true)}>{t('randomInspections.steps.cancel')}</Button>}
        </Flex>
      )}
    >
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      {plan && (
        <Flex vertical gap={16}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('randomInspections.status')}><PlanStatusTag status={plan.status} /></Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.item')}>{`${plan.itemName}（${plan.itemRatio}%，${plan.itemMethod}）`}</Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.county')}>{plan.countyName}</Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.window')}>{`${plan.year} · ${plan.batch}｜${plan.windowStart} ~ ${plan.windowEnd}`}</Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.candidates')}>{plan.candidateCount ?? none}{plan.excludedRecent ? `（${t('randomInspections.excludedRecent')} ${plan.excludedRecent}）` : ''}</Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.drawCount')}>{plan.drawCount ?? plan.unitCount ?? none} × {plan.inspectorsPerUnit}</Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.pool')}>{plan.pool?.map((p) => `${p.code} ${p.name}`).join('、') ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.commitment')}><Typography.Text code copyable={!!plan.commitment} style={{ wordBreak: 'break-all' }} data-testid="commitment">{plan.commitment ?? none}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.seed')}><Typography.Text code style={{ wordBreak: 'break-all' }}>{plan.seed ?? (plan.commitment ? t('randomInspections.seedHidden') : none)}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.committedAt')}>{formatDateTime(plan.committedAt) ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.drawnAt')}>{formatDateTime(plan.drawnAt) ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.publishedAt')}>{formatDateTime(plan.publishedAt) ?? none}</Descriptions.Item>
            {plan.cancelReason && <Descriptions.Item label={t('randomInspections.cancelReason')}>{plan.cancelReason}</Descriptions.Item>}
          </Descriptions>
          {plan.tasks.length > 0 && (
            <>
              <Typography.Title level={5} style={{ margin: 0 }}>{t('randomInspections.tasks')}</Typography.Title>
              <Table<Task> rowKey="id" size="small" columns={columns} dataSource={plan.tasks} pagination={false} scroll={{ x: true }} data-testid="random-tasks" />
            </>
          )}
        </Flex>
      )}
      {cancelling && <CancelPlanModal planId={planId} onClose={() => setCancelling(false)} />}
      {recording && <ResultModal planId={planId} task={recording} onClose={() => setRecording(null)} />}
    </Drawer>
  );
}
