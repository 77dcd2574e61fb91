import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '../../../core/submissions.js';

const STATUS_COLORS: Record<SubmissionStatus | 'none', string> = {
  none: 'default', draft: 'default', submitted: 'blue', accepted: 'green', returned: 'red', reopened: 'orange',
};

export function SubmissionStatusTag({ status }: { status: SubmissionStatus | null }) {
  const { t } = useTranslation();
  const key = status ?? 'none';
  return <Tag color={STATUS_COLORS[key]}>{t(`submissions.statuses.${key}`)}</Tag>;
}

/** On time or late, once submitted (the first submission decides). */
export function TimelinessTag({ onTime }: { onTime: boolean | null }) {
  const { t } = useTranslation();
  if (onTime === null) return null;
  return <Tag color={onTime ? 'green' : 'volcano'}>{onTime ? t('submissions.onTime') : t('submissions.late')}</Tag>;
}

/** Days left before the due date, or how long overdue, while nothing has been sent. */
export function DueHint({ daysLeft, pending }: { daysLeft: number; pending: boolean }) {
  const { t } = useTranslation();
  if (!pending) return null;
  if (daysLeft < 0) return <Typography.Text type="danger">{t('submissions.overdue', { days: -daysLeft })}</Typography.Text>;
  if (daysLeft === 0) return <Typography.Text type="warning">{t('submissions.dueToday')}</Typography.Text>;
  return <Typography.Text type={daysLeft <= 3 ? 'warning' : 'secondary'}>{t('submissions.daysLeft', { days: daysLeft })}</Typography.Text>;
}
