import { useState } from 'react';
import { Card, Col, Flex, Row, Segmented, Statistic, Tag, Tooltip, Typography } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CASE_AREAS } from '../../core/cases.js';
import { formatRate } from '../../core/indicators.js';
import { LoadError } from '../shared/LoadError';
import { todayInShanghai } from '../shared/dates';
import { caseIndicatorsQueryKey, getCaseIndicators } from './api';

/** This year's, quarter's or month's enforcement figures (Asia/Shanghai), each counted by its own date. */
export function CaseIndicatorsCard() {
  const { t } = useTranslation();
  const today = todayInShanghai();
  const periods = [today.format('YYYY'), `${today.format('YYYY')}Q${Math.floor(today.month() / 3) + 1}`, today.format('YYYY-MM')];
  const [period, setPeriod] = useState(periods[0]!);
  const { data, error, isPending, refetch } = useQuery({ queryKey: caseIndicatorsQueryKey(period), queryFn: () => getCaseIndicators(period) });
  const stat = (key: 'inspections' | 'inspectorVisits' | 'ordersIssued' | 'ordersClosed' | 'ordersOverdue' | 'casesFiled' | 'finesDecided' | 'finesCollected', value: number | string | undefined, suffix?: string) => (
    <Col xs={12} sm={8} lg={4} key={key}>
      <Statistic loading={isPending} title={t(`cases.${key}`)} value={value ?? ''} suffix={suffix} />
    </Col>
  );

  return (
    <Card
      size="small"
      title={t('cases.indicators')}
      extra={<Segmented aria-label={t('cases.period')} size="small" value={period} onChange={(p) => setPeriod(String(p))} options={periods} />}
    >
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <Flex vertical gap={12} data-testid="case-indicators">
          <Row gutter={[16, 12]}>
            {stat('inspections', data?.inspections)}
            {stat('inspectorVisits', data?.inspectorVisits)}
            {stat('ordersIssued', data?.ordersIssued)}
            {stat('ordersClosed', data?.ordersClosed)}
            {stat('ordersOverdue', data?.ordersOverdue)}
            {stat('casesFiled', data?.casesFiled)}
            <Col xs={12} sm={8} lg={4}>
              <Statistic
                loading={isPending}
                title={<Tooltip title={t('cases.closureRateHint')}>{t('cases.closureRate')} <QuestionCircleOutlined /></Tooltip>}
                value={data ? formatRate(data.closureRate) : ''}
                suffix={data && <Typography.Text type="secondary" style={{ fontSize: 13 }}>{t('cases.ofCount', { numerator: data.closureRate.numerator, denominator: data.closureRate.denominator })}</Typography.Text>}
              />
            </Col>
            {stat('finesDecided', data?.finesDecided.toFixed(2), t('cases.yuan'))}
            {stat('finesCollected', data?.finesCollected.toFixed(2), t('cases.yuan'))}
          </Row>
          {data && (
            <Flex wrap gap={4} align="center">
              <Typography.Text type="secondary">{t('cases.byArea')}：</Typography.Text>
              {CASE_AREAS.map((a) => <Tag key={a}>{`${t(`cases.areas.${a}`)} ${data.casesFiledByArea[a]}`}</Tag>)}
            </Flex>
          )}
        </Flex>
      )}
    </Card>
  );
}
