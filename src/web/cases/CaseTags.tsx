import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../core/cases.js';
import type { OrderStatus } from '../../core/inspections.js';

const CASE_COLORS: Record<CaseStatus, string> = {
  filed: 'blue', investigating: 'processing', decided: 'purple', executing: 'orange', closed: 'green', dismissed: 'default',
};
const ORDER_COLORS: Record<OrderStatus, string> = { open: 'orange', closed: 'green', case_filed: 'red' };

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <Tag color={CASE_COLORS[status]}>{t(`cases.statuses.${status}`)}</Tag>;
}

/** An order's status with its current deadline; red once overdue. */
export function OrderTag({ status, deadline, overdue }: { status: OrderStatus; deadline: string | null; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={ORDER_COLORS[status]}>{t(`cases.orderStatuses.${status}`)}</Tag>
      {status === 'open' && deadline}
      {overdue && <Tag color="red">{t('cases.overdueTag')}</Tag>}
    </Space>
  );
}
