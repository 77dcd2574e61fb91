import { Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, todayInShanghai } from '../../shared/dates';

/** Licences expiring within this many days are flagged orange. */
export const EXPIRY_WARNING_DAYS = 30;

/** Days from today (Asia/Shanghai) to a `YYYY-MM-DD` date; negative once it has passed. */
export function daysUntil(date: string): number {
  return dayjs(date, DATE_FORMAT).diff(todayInShanghai(), 'day');
}

/** A licence's expiry date: red when expired, orange within 30 days. */
export function LicenceExpiry({ expiresOn }: { expiresOn: string | null }) {
  const { t } = useTranslation();
  if (!expiresOn) return null;
  const days = daysUntil(expiresOn);
  if (days < 0) {
    return (
      <Space size={4} wrap>
        <Typography.Text type="danger">{expiresOn}</Typography.Text>
        <Tag color="red">{t('units.licenceExpired')}</Tag>
      </Space>
    );
  }
  if (days <= EXPIRY_WARNING_DAYS) {
    return (
      <Space size={4} wrap>
        <Typography.Text style={{ color: '#d46b08' }}>{expiresOn}</Typography.Text>
        <Tag color="orange">{t('units.licenceExpiring', { days: EXPIRY_WARNING_DAYS })}</Tag>
      </Space>
    );
  }
  return <Typography.Text>{expiresOn}</Typography.Text>;
}
