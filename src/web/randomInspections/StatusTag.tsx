import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from './api';

const COLORS: Record<PlanStatus, string> = { draft: 'default', committed: 'blue', drawn: 'orange', published: 'green', cancelled: 'red' };

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`randomInspections.statuses.${status}`)}</Tag>;
}
