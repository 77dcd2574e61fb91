import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../api';

const STATUS_COLORS: Record<ReportStatus, string> = { submitted: 'blue', accepted: 'cyan', verifying: 'orange', closed: 'green' };

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`reports.statuses.${status}`)}</Tag>;
}

export function OnTimeTag({ onTime }: { onTime: boolean }) {
  const { t } = useTranslation();
  return <Tag color={onTime ? 'green' : 'red'}>{onTime ? t('reports.onTime') : t('reports.late')}</Tag>;
}
