import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { daysUntil } from '../units/components/LicenceExpiry';
import type { Rectification } from './api';

/** For an open rectification: overdue in red, due today or within 3 days in orange, else days left. */
export function DeadlineTag({ rectification }: { rectification: Rectification }) {
  const { t } = useTranslation();
  if (rectification.status !== 'open') return null;
  const days = daysUntil(rectification.deadline);
  if (rectification.overdue || days < 0) {
    return <Tag color="red">{t('rectifications.overdueDays', { days: Math.max(-days, 1) })}</Tag>;
  }
  if (days === 0) return <Tag color="orange">{t('rectifications.dueToday')}</Tag>;
  return <Tag color={days <= 3 ? 'orange' : 'default'}>{t('rectifications.dueInDays', { days })}</Tag>;
}
