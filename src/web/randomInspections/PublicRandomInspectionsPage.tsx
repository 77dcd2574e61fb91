import { Alert, Button, Card, Flex, List, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../shared/dates';
import { useDictionaryLabels } from '../units/labels';
import { listPublicItems, listPublicPlans, publicKeys, type PublicItem, type PublicPlan, type PublicStage } from './api';
import { PublicPlanView } from './PublicPlanView';
import { PlanStatusTag } from './StatusTag';

const TABS = ['items', 'plan', 'task', 'result'] as const;
type TabKey = (typeof TABS)[number];

/**
 * The 双随机一公开 portal, open to anyone and laid out for a phone: the item list and the plan, task
 * and result announcements (DESIGN §12). A plan opens with its commitment, seed, tasks and the means
 * to re-run the draw. Tab and plan sit in the address so an announcement can be shared.
 */
export default function PublicRandomInspectionsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: TabKey = TABS.find((key) => key === searchParams.get('tab')) ?? 'plan';
  const planId = searchParams.get('plan');

  return (
    <Flex vertical align="center" gap={16} style={{ width: '100%' }}>
      <Flex vertical align="center" gap={4}>
        <Typography.Title level={3} style={{ margin: 0, textAlign: 'center' }}>{t('randomInspections.publicTitle')}</Typography.Title>
        <Typography.Text type="secondary" style={{ textAlign: 'center' }}>{t('randomInspections.publicIntro')}</Typography.Text>
      </Flex>
      <Card style={{ width: '100%', maxWidth: 960 }} styles={{ body: { padding: 12 } }}>
        {planId ? (
          <PublicPlanView planId={planId} onBack={() => setSearchParams({ tab }, { replace: true })} />
        ) : (
          <Tabs
            activeKey={tab}
            onChange={(key) => setSearchParams({ tab: key }, { replace: true })}
            destroyOnHidden
            items={TABS.map((key) => ({
              key,
              label: t(`randomInspections.publicTabs.${key}`),
              children: key === 'items' ? <PublicItems /> : <PublicPlans stage={key} onOpen={(id) => setSearchParams({ tab, plan: id })} />,
            }))}
          />
        )}
      </Card>
    </Flex>
  );
}

function PublicItems() {
  const { t } = useTranslation();
  const labels = useDictionaryLabels();
  const { data, error, isFetching } = useQuery({ queryKey: publicKeys.items(), queryFn: listPublicItems });
  const columns: TableColumnsType<PublicItem> = [
    { title: t('randomInspections.name'), dataIndex: 'name' },
    { title: t('randomInspections.legalBasis'), dataIndex: 'legalBasis', responsive: ['md'] },
    { title: t('randomInspections.categories'), dataIndex: 'categories', render: (codes: string[]) => codes.map((c) => labels.category(c)).join('、') },
    { title: t('randomInspections.ratio'), dataIndex: 'ratio', align: 'right' },
    { title: t('randomInspections.frequency'), dataIndex: 'frequency', responsive: ['sm'] },
    { title: t('randomInspections.method'), dataIndex: 'method', responsive: ['sm'] },
    { title: t('randomInspections.owner'), dataIndex: 'ownerName', responsive: ['lg'] },
  ];
  if (error) return <Alert type="error" showIcon title={error.message} />;
  return <Table<PublicItem> rowKey="id" size="small" columns={columns} dataSource={data ?? []} loading={isFetching} pagination={false} locale={{ emptyText: t('randomInspections.publicEmpty') }} />;
}

function PublicPlans({ stage, onOpen }: { stage: PublicStage; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { data, error, isFetching } = useQuery({ queryKey: publicKeys.plans(stage), queryFn: () => listPublicPlans(stage) });
  if (error) return <Alert type="error" showIcon title={error.message} />;
  return (
    <List<PublicPlan>
      loading={isFetching}
      dataSource={data ?? []}
      locale={{ emptyText: t('randomInspections.publicEmpty') }}
      data-testid={`public-plans-${stage}`}
      renderItem={(plan) => (
        <List.Item actions={[<Button key="open" type="link" onClick={() => onOpen(plan.id)}>{t('randomInspections.open')}</Button>]}>
          <List.Item.Meta
            title={<Flex gap={8} wrap align="center">{plan.title} <PlanStatusTag status={plan.status} /></Flex>}
            description={
              <Flex vertical gap={2}>
                <span>{`${plan.countyName} · ${plan.itemName} · ${plan.method}`}</span>
                <span>{`${t('randomInspections.window')}：${plan.windowStart} ~ ${plan.windowEnd}`}</span>
                <span>{`${t('randomInspections.candidateCount')} ${plan.candidateCount ?? '—'} · ${t('randomInspections.drawCount')} ${plan.unitCount ?? '—'}`}</span>
                <span>{`${t('randomInspections.committedAt')}：${formatDateTime(plan.committedAt) ?? '—'}`}</span>
              </Flex>
            }
          />
        </List.Item>
      )}
    />
  );
}
