import { Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatRate, type Rate } from '../../../core/indicators.js';

/** A rate as the reports state it: the percentage and, beneath, numerator / denominator. */
export function RateStatistic({ title, rate }: { title: string; rate: Rate }) {
  const { t } = useTranslation();
  return (
    <Statistic
      title={title}
      value={formatRate(rate)}
      suffix={<span style={{ fontSize: 13, color: 'rgba(0,0,0,0.45)' }}>{t('submissions.rateDetail', { numerator: rate.numerator, denominator: rate.denominator })}</span>}
    />
  );
}
