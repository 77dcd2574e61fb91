import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintStatus } from '../../core/complaints.js';

const COLORS: Record<ComplaintStatus, string> = {
  received: 'blue',
  assigned: 'cyan',
  investigating: 'orange',
  replied: 'green',
  closed: 'default',
};

export function ComplaintStatusTag({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`complaints.statuses.${status}`)}</Tag>;
}

export function OverdueTag({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  return overdue ? <Tag color="red">{t('complaints.overdue')}</Tag> : null;
}
