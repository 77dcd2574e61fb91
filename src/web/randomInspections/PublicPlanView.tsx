import { Alert, Button, Descriptions, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { verifyDrawRecord } from '../../core/randomDraw.js';
import { formatDateTime } from '../shared/dates';
import { useDictionaryLabels } from '../units/labels';
import { drawRecordUrl, getDrawRecord, getPublicPlan, publicKeys, type PublicPlanDetail } from './api';
import { PlanStatusTag } from './StatusTag';

type PublicTask = PublicPlanDetail['tasks'][number];

/** One announcement: the commitment, then the seed and tasks, then the results; and how to check the draw. */
export function PublicPlanView({ planId, onBack }: { planId: string; onBack: () => void }) {
  const { t } = useTranslation();
  const labels = useDictionaryLabels();
  const { data: plan, error, isPending } = useQuery({ queryKey: publicKeys.plan(planId), queryFn: () => getPublicPlan(planId) });
  // The same core function the server and `npm run redraw` use, run here on the published record.
  const verify = useMutation({ mutationFn: async () => verifyDrawRecord(await getDrawRecord(planId)) });
  const none = '—';
  const recordUrl = `${window.location.origin}${drawRecordUrl(planId)}`;
  // Web Crypto exists only on secure pages (https, localhost); elsewhere the command remains.
  const canVerify = window.isSecureContext;

  const columns: TableColumnsType<PublicTask> = [
    { title: t('randomInspections.position'), dataIndex: 'position', width: 56 },
    { title: t('randomInspections.unit'), dataIndex: 'unitName', render: (name: string, task) => <>{name} <Typography.Text type="secondary">{labels.category(task.unitCategory)}</Typography.Text></> },
    { title: t('randomInspections.inspectors'), dataIndex: 'inspectors', render: (names: string[]) => names.join('、') },
    ...(plan?.status === 'published' ? [{ title: t('randomInspections.result'), key: 'result', render: (_: unknown, task: PublicTask) => (task.result ? `${t(`randomInspections.results.${task.result}`)}（${task.resultOn}）` : none) }] : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={onBack} style={{ alignSelf: 'flex-start', padding: 0 }}>{t('common.back')}</Button>
      {error && <Alert type="error" showIcon title={error.message} />}
      {isPending && <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>}
      {plan && (
        <>
          <Typography.Title level={4} style={{ margin: 0 }}>{plan.title} <PlanStatusTag status={plan.status} /></Typography.Title>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('randomInspections.item')}>{`${plan.itemName}（${plan.method}）`}</Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.county')}>{plan.countyName}</Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.window')}>{`${plan.windowStart} ~ ${plan.windowEnd}`}</Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.candidateCount')}>{plan.candidateCount ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.drawCount')}>{`${plan.unitCount ?? none} × ${plan.inspectorsPerUnit}`}</Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.commitment')}><Typography.Text code style={{ wordBreak: 'break-all' }} data-testid="public-commitment">{plan.commitment ?? none}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.seed')}><Typography.Text code style={{ wordBreak: 'break-all' }}>{plan.seed ?? t('randomInspections.seedHidden')}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.committedAt')}>{formatDateTime(plan.committedAt) ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('randomInspections.drawnAt')}>{formatDateTime(plan.drawnAt) ?? none}</Descriptions.Item>
            {plan.publishedAt && <Descriptions.Item label={t('randomInspections.publishedAt')}>{formatDateTime(plan.publishedAt)}</Descriptions.Item>}
          </Descriptions>
          {plan.tasks.length > 0 && (
            <>
              <Typography.Title level={5} style={{ margin: 0 }}>{t('randomInspections.tasks')}</Typography.Title>
              <Table<PublicTask> rowKey="position" size="small" columns={columns} dataSource={plan.tasks} pagination={false} data-testid="public-tasks" />
            </>
          )}
          {plan.seed && canVerify && (
            <Flex vertical gap={8}>
              <Button onClick={() => verify.mutate()} loading={verify.isPending} style={{ alignSelf: 'flex-start' }}>{t('randomInspections.verify')}</Button>
              {verify.data && (
                <Alert role="status" showIcon type={verify.data.consistent ? 'success' : 'error'}
                  title={verify.data.consistent ? t('randomInspections.verifyOk') : t('randomInspections.verifyBad', { problem: verify.data.problem })} />
              )}
              {verify.error && <Alert type="error" showIcon title={verify.error.message} />}
            </Flex>
          )}
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('randomInspections.command')}</Typography.Text>
            <Typography.Text type="secondary">{t('randomInspections.commandHint')}</Typography.Text>
            <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid="redraw-command">{`npm run redraw -- ${recordUrl}`}</Typography.Text>
            <Typography.Link href={recordUrl} target="_blank">{t('randomInspections.record')}</Typography.Link>
          </Flex>
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('randomInspections.algorithm')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('randomInspections.algorithmText')}</Typography.Paragraph>
          </Flex>
        </>
      )}
    </Flex>
  );
}
