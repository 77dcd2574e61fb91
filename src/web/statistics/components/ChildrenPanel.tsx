import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { INDICATOR_KEYS, type IndicatorKey } from '../../../core/statistics.js';
import { EChart, type EChartOption } from '../../shared/EChart';
import type { ChildRow } from '../api';
import { formatFigure, plotValue, RatioText } from '../format';

interface ChildrenPanelProps {
  rows: ChildRow[];
  onDrill: (code: string) => void;
}

/** The children of the area: a bar chart of one indicator (a bar drills down) and the full table. */
export function ChildrenPanel({ rows, onDrill }: ChildrenPanelProps) {
  const { t } = useTranslation();
  const [key, setKey] = useState<IndicatorKey>('patrols');
  const option = useMemo<EChartOption>(() => ({
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    // Station names are long: slant and cut them (the tooltip shows the whole name) so phones can read them.
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 3 ? 30 : 0, width: 96, overflow: 'truncate' } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', name: t(`statistics.indicators.${key}`), data: rows.map((r) => plotValue(r.figures[key])), barMaxWidth: 48 }],
  }), [rows, key, t]);

  if (rows.length === 0) {
    return (
      <Card title={t('statistics.children')}>
        <Empty description={t('statistics.noChildren')} />
      </Card>
    );
  }
  return (
    <Card
      title={t('statistics.children')}
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
      extra={
        <Select<IndicatorKey>
          aria-label={t('statistics.chartIndicator')}
          value={key}
          onChange={setKey}
          style={{ width: 180 }}
          options={INDICATOR_KEYS.map((k) => ({ value: k, label: t(`statistics.indicators.${k}`) }))}
        />
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('statistics.drillHint')}</Typography.Text>
        <EChart option={option} height={280} onClick={({ dataIndex }) => onDrill(rows[dataIndex]!.code)} aria-label={t('statistics.childrenChart')} data-testid="children-chart" />
        <Table<ChildRow> rowKey="code" size="small" dataSource={rows} pagination={false} scroll={{ x: 1800 }} columns={columns(t, onDrill)} data-testid="children-table" />
      </Flex>
    </Card>
  );
}

function columns(t: TFunction, drill: (code: string) => void): ColumnsType<ChildRow> {
  return [
    {
      title: t('statistics.name'),
      dataIndex: 'name',
      fixed: 'left',
      width: 200,
      render: (name: string, row) => (
        <Button type="link" size="small" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }} onClick={() => drill(row.code)}>
          {name}
        </Button>
      ),
    },
    ...INDICATOR_KEYS.map((key) => ({
      title: t(`statistics.indicators.${key}`),
      key,
      width: 120,
      align: 'right' as const,
      render: (_: unknown, row: ChildRow) => (
        <Flex vertical align="end" data-testid={`child-${key}`}>
          <span>{formatFigure(t, row.figures[key])}</span>
          <RatioText figure={row.figures[key]} />
        </Flex>
      ),
    })),
  ];
}
