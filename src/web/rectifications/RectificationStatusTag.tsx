import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RectificationStatus } from './api';

const STATUS_COLORS: Record<RectificationStatus, string> = { open: 'orange', closed: 'green', escalated: 'red' };

export function RectificationStatusTag({ status }: { status: RectificationStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`rectifications.statuses.${status}`)}</Tag>;
}
