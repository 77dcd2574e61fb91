import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitStatus } from '../api';

const STATUS_COLORS: Record<UnitStatus, string> = { operating: 'green', suspended: 'gold', closed: 'default' };

export function UnitStatusTag({ status }: { status: UnitStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`units.statuses.${status}`)}</Tag>;
}
