import { useState } from 'react';
import { Card, Col, DatePicker, Row, Statistic, Tooltip, Typography } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatRate, type Rate } from '../../core/indicators.js';
import { LoadError } from '../shared/LoadError';
import { DATE_FORMAT, toDateString, todayInShanghai } from '../shared/dates';
import { getReportIndicators, reportIndicatorsQueryKey, type DateRange } from './api';

function RateStatistic({ title, hint, rate, loading }: { title: string; hint: string; rate?: Rate; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Statistic
      loading={loading}
      title={
        <Tooltip title={hint}>
          {title} <QuestionCircleOutlined />
        </Tooltip>
      }
      value={rate ? formatRate(rate) : t('common.none')}
      suffix={
        rate && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('reports.ofCount', { numerator: rate.numerator, denominator: rate.denominator })}
          </Typography.Text>
        )
      }
    />
  );
}

/** 信息报告率 and 及时报告率 for a period, this month by default. */
export function ReportIndicatorsCard() {
  const { t } = useTranslation();
  const [range, setRange] = useState<DateRange>(() => ({
    from: toDateString(todayInShanghai().startOf('month')),
    to: toDateString(todayInShanghai()),
  }));
  const { data, error, isFetching, refetch } = useQuery({ queryKey: reportIndicatorsQueryKey(range), queryFn: () => getReportIndicators(range) });

  return (
    <Card
      size="small"
      title={t('reports.indicators')}
      styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      extra={
        <DatePicker.RangePicker
          aria-label={t('reports.indicatorsPeriod')}
          format={DATE_FORMAT}
          allowClear={false}
          value={[range.from ? dayjs(range.from) : null, range.to ? dayjs(range.to) : null]}
          onChange={(dates) => setRange({ from: dates?.[0] ? toDateString(dates[0]) : undefined, to: dates?.[1] ? toDateString(dates[1]) : undefined })}
          style={{ maxWidth: '100%' }}
        />
      }
    >
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <Row gutter={16}>
          <Col xs={12}>
            <RateStatistic title={t('reports.reportingRate')} hint={t('reports.reportingRateHint')} rate={data?.reportingRate} loading={isFetching && !data} />
          </Col>
          <Col xs={12}>
            <RateStatistic title={t('reports.timelyRate')} hint={t('reports.timelyRateHint')} rate={data?.timelyRate} loading={isFetching && !data} />
          </Col>
        </Row>
      )}
    </Card>
  );
}
