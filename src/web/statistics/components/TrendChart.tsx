import { useMemo } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../../../core/statistics.js';
import { EChart, type EChartOption } from '../../shared/EChart';

/** Monthly 巡查户次 (left axis) and 信息报告 (right axis), this period beside the same months last year. */
export function TrendChart({ trend }: { trend: TrendPoint[] }) {
  const { t } = useTranslation();
  const option = useMemo<EChartOption>(() => ({
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: trend.map((p) => p.month) },
    yAxis: [{ type: 'value', name: t('statistics.units.visits') }, { type: 'value', name: t('statistics.units.reports'), splitLine: { show: false } }],
    series: [
      { type: 'line', name: t('statistics.trendPatrols'), data: trend.map((p) => p.patrols) },
      { type: 'line', name: t('statistics.trendLastYearPatrols'), data: trend.map((p) => p.lastYearPatrols), lineStyle: { type: 'dashed' } },
      { type: 'line', name: t('statistics.trendReports'), yAxisIndex: 1, data: trend.map((p) => p.reports) },
      { type: 'line', name: t('statistics.trendLastYearReports'), yAxisIndex: 1, data: trend.map((p) => p.lastYearReports), lineStyle: { type: 'dashed' } },
    ],
  }), [trend, t]);
  return (
    <Card title={t('statistics.trend')}>
      <EChart option={option} height={300} aria-label={t('statistics.trend')} />
    </Card>
  );
}
