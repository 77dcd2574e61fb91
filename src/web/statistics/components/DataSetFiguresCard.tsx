import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Select, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatRate } from '../../../core/indicators.js';
import { listDataSets } from '../../dataSets/api';
import { LoadError } from '../../shared/LoadError';
import { dataSetFiguresQueryKey, downloadDataSetFigures, getDataSetFigures, type DataSetFigureRow, type DataSetFigures } from '../api';

/** Up to two decimals, no trailing zeros: counts stay whole, averaged rates read 95.33. */
const shown = (value: number | null) => (value === null ? '—' : String(Math.round(value * 100) / 100));
const percent = (change: number | null) => (change === null ? '—' : `${change > 0 ? '▲' : change < 0 ? '▼' : ''}${Math.abs(Math.round(change * 10) / 10)}%`);

/**
 * 数据集汇总: a generic data set's submitted values for the dashboard's area and period, per field
 * with month-on-month and year-on-year change and targets met, and per child area.
 */
export function DataSetFiguresCard({ area, period }: { area: string; period: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dataSets = useQuery({ queryKey: ['data-sets', 'list'], queryFn: listDataSets });
  const custom = (dataSets.data ?? []).filter((d) => d.kind === 'custom');
  const [chosen, setChosen] = useState<string>();
  const id = chosen ?? custom[0]?.id;
  const params = { area, period };
  const figures = useQuery({
    queryKey: dataSetFiguresQueryKey(id ?? '', params),
    queryFn: () => getDataSetFigures(id!, params),
    enabled: id !== undefined,
    placeholderData: keepPreviousData,
  });
  const exportFile = useMutation({
    mutationFn: () => downloadDataSetFigures(id!, params, t('statistics.dataSetFileName')),
    onError: (error) => void message.error(error.message),
  });
  if (dataSets.isSuccess && custom.length === 0) return null;

  return (
    <Card
      title={t('statistics.dataSetFigures')}
      data-testid="data-set-figures"
      extra={
        <Flex gap={8} wrap>
          <Select style={{ minWidth: 200 }} value={id} onChange={setChosen} options={custom.map((d) => ({ value: d.id, label: d.name }))} aria-label={t('statistics.dataSet')} />
          <Button icon={<DownloadOutlined />} disabled={!id} loading={exportFile.isPending} onClick={() => exportFile.mutate()}>{t('statistics.export')}</Button>
        </Flex>
      }
    >
      {figures.error ? <LoadError error={figures.error} onRetry={() => void figures.refetch()} /> : figures.data ? <FiguresTables data={figures.data} /> : <Empty />}
    </Card>
  );
}

function FiguresTables({ data }: { data: DataSetFigures }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">{t('statistics.dataSetHint', { previous: data.previousPeriod.label, lastYear: data.lastYearPeriod.label })}</Typography.Text>
      <Typography.Text data-testid="data-set-completeness">
        {data.submissionPeriods.length === 0
          ? t('statistics.dataSetNothingDue')
          : t('statistics.dataSetCompleteness', {
            periods: data.submissionPeriods.join('、'),
            completeness: formatRate(data.submissions.completeness), submitted: data.submissions.counts.submitted, expected: data.submissions.counts.expected,
            onTime: formatRate(data.submissions.onTimeRate), onTimeCount: data.submissions.counts.onTime,
          })}
      </Typography.Text>
      <Table<DataSetFigureRow>
        rowKey="id" size="small" pagination={false} scroll={{ x: 900 }} dataSource={data.fields}
        columns={[
          { title: t('statistics.field'), key: 'name', render: (_v, f) => `${f.group ? `${f.group} · ` : ''}${f.name}（${f.unit}）` },
          { title: t('statistics.aggregation'), dataIndex: 'aggregation', render: (a: string) => t(a === 'sum' ? 'statistics.sum' : 'statistics.mean') },
          { title: t('statistics.current'), dataIndex: 'current', align: 'right', render: shown },
          { title: t('statistics.previous'), dataIndex: 'previous', align: 'right', render: shown },
          { title: t('statistics.changeMonth'), dataIndex: 'change', align: 'right', render: percent },
          { title: t('statistics.lastYear'), dataIndex: 'lastYear', align: 'right', render: shown },
          { title: t('statistics.changeYear'), dataIndex: 'yearChange', align: 'right', render: percent },
          { title: t('statistics.target'), key: 'target', render: (_v, f) => (f.met === null ? '—' : `${f.targetLabel}：${f.met}/${f.reports}`) },
          { title: t('statistics.reportsCount'), dataIndex: 'reports', align: 'right' },
        ]}
      />
      {data.children.length > 0 && (
        <Table
          rowKey="code" size="small" pagination={false} scroll={{ x: 310 + 110 * data.fields.length }} dataSource={data.children}
          columns={[
            { title: t('statistics.name'), dataIndex: 'name', fixed: 'left', width: 200 },
            { title: t('statistics.completenessShort'), key: 'completeness', align: 'right' as const, width: 110, render: (_v: unknown, c: DataSetFigures['children'][number]) => formatRate(c.submissions.completeness) },
            ...data.fields.map((f) => ({ title: `${f.name}（${f.unit}）`, key: f.code, align: 'right' as const, width: 110, render: (_v: unknown, c: DataSetFigures['children'][number]) => shown(c.values[f.code] ?? null) })),
          ]}
        />
      )}
    </Flex>
  );
}
