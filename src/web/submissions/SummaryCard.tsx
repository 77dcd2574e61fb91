import { Button, Card, Col, Row, Statistic, Table, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatRate } from '../../core/indicators.js';
import { LoadError } from '../shared/LoadError';
import { getSummary, summaryQueryKey, type SummaryNode } from './api';
import { RateStatistic } from './components/RateStatistic';

interface SummaryCardProps {
  dataSetId: string;
  period: string;
  area?: string;
  onDrillDown: (node: SummaryNode) => void;
}

const statColumns = { xs: 8, sm: 6, md: 4 } as const;

/** The area's counts, completeness and 按时上报率, then each sub-area's, rolled up from the stations. */
export function SummaryCard({ dataSetId, period, area, onDrillDown }: SummaryCardProps) {
  const { t } = useTranslation();
  const params = { dataSetId, period, area };
  const { data, error, isFetching, refetch } = useQuery({ queryKey: summaryQueryKey(params), queryFn: () => getSummary(params) });
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const counts = data?.node.counts;
  const columns: TableColumnsType<SummaryNode> = [
    { title: t('submissions.area'), dataIndex: 'name', render: (name: string, node) => <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onDrillDown(node)}>{name}</Button> },
    { title: t('submissions.expected'), render: (_v, node) => node.counts.expected, width: 70 },
    { title: t('submissions.submitted'), render: (_v, node) => node.counts.submitted, width: 70 },
    { title: t('submissions.missing'), render: (_v, node) => node.counts.missing, width: 70 },
    { title: t('submissions.completeness'), render: (_v, node) => formatRate(node.completeness), width: 110 },
    { title: t('submissions.onTimeRate'), render: (_v, node) => formatRate(node.onTimeRate), width: 110 },
  ];

  return (
    <Card size="small" loading={!data && isFetching} title={data ? `${data.node.name} · ${t('submissions.summaryTitle', { period: data.period.label })}` : undefined}>
      {data && counts && (
        <>
          <Row gutter={[16, 16]}>
            <Col {...statColumns}><Statistic title={t('submissions.expected')} value={counts.expected} /></Col>
            <Col {...statColumns}><Statistic title={t('submissions.submitted')} value={counts.submitted} /></Col>
            <Col {...statColumns}><Statistic title={t('submissions.accepted')} value={counts.accepted} /></Col>
            <Col {...statColumns}><Statistic title={t('submissions.missing')} value={counts.missing} /></Col>
            <Col {...statColumns}><Statistic title={t('submissions.returned')} value={counts.returned} /></Col>
            <Col {...statColumns}><Statistic title={t('submissions.lateCount')} value={counts.late} /></Col>
            <Col xs={12} md={8}><RateStatistic title={t('submissions.completeness')} rate={data.node.completeness} /></Col>
            <Col xs={12} md={8}><RateStatistic title={t('submissions.onTimeRate')} rate={data.node.onTimeRate} /></Col>
            <Col xs={24} md={8}><Statistic title={t('submissions.dueDate')} value={data.dueDate} /></Col>
          </Row>
          {data.children.length > 0 && (
            <Table<SummaryNode>
              style={{ marginTop: 16 }}
              size="small"
              rowKey="code"
              title={() => t('submissions.byArea')}
              columns={columns}
              dataSource={data.children}
              pagination={false}
              scroll={{ x: 560 }}
            />
          )}
        </>
      )}
    </Card>
  );
}
