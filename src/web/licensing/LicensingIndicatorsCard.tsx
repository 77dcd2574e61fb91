import { Card, Col, Row, Statistic, Tooltip, Typography } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatRate } from '../../core/indicators.js';
import { LoadError } from '../shared/LoadError';
import { toDateString, todayInShanghai } from '../shared/dates';
import { getLicensingIndicators, licensingIndicatorsQueryKey } from './api';

/** 办结率 and 平均办结天数 for this year (1 January to today, Asia/Shanghai), by decision date. */
export function LicensingIndicatorsCard() {
  const { t } = useTranslation();
  const today = todayInShanghai();
  const from = toDateString(today.startOf('year'));
  const to = toDateString(today);
  const { data, error, isPending, refetch } = useQuery({ queryKey: licensingIndicatorsQueryKey(from, to), queryFn: () => getLicensingIndicators(from, to) });
  const rate = data?.completionWithinLimit;
  const average = data?.averageDaysToFinish;
  const title = (label: string, hint: string) => (
    <Tooltip title={hint}>
      {label} <QuestionCircleOutlined />
    </Tooltip>
  );

  return (
    <Card size="small" title={t('licensing.indicators')} extra={<Typography.Text type="secondary">{`${from} ~ ${to}`}</Typography.Text>}>
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <Row gutter={16} data-testid="licensing-indicators">
          <Col xs={12}>
            <Statistic
              loading={isPending}
              title={title(t('licensing.completionRate'), t('licensing.completionRateHint'))}
              value={rate ? formatRate(rate) : t('common.none')}
              suffix={
                rate && (
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t('licensing.ofCount', { numerator: rate.numerator, denominator: rate.denominator })}
                  </Typography.Text>
                )
              }
            />
          </Col>
          <Col xs={12}>
            <Statistic
              loading={isPending}
              title={title(t('licensing.averageDays'), t('licensing.averageDaysHint'))}
              value={average == null ? t('common.none') : average.toFixed(1)}
              suffix={average == null ? undefined : <Typography.Text type="secondary" style={{ fontSize: 13 }}>{t('licensing.workingDays')}</Typography.Text>}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
