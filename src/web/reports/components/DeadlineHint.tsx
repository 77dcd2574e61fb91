import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isReportedOnTime, reportDeadline, type ReportCategoryCode } from '../../../core/reports.js';
import { formatDateTime } from '../../shared/dates';
import { useNow } from '../useNow';

interface DeadlineHintProps {
  category: ReportCategoryCode;
  /** The deadline in force for the category (server configuration). */
  hours: number;
  foundAt: Date;
}

/** When the report is due and whether reporting now is on time (src/core/reports.ts decides). */
export function DeadlineHint({ category, hours, foundAt }: DeadlineHintProps) {
  const { t } = useTranslation();
  const now = useNow();
  const config = { [category]: hours };
  const deadline = reportDeadline(foundAt, category, config);
  const onTime = isReportedOnTime(foundAt, now, category, config);
  return (
    <Alert
      type={onTime ? 'info' : 'error'}
      showIcon
      data-testid="report-deadline"
      title={t('reports.deadlineHint', { deadline: formatDateTime(deadline.toISOString()), hours })}
      description={onTime ? t('reports.willBeOnTime') : t('reports.willBeLate')}
      style={{ marginBottom: 16 }}
    />
  );
}
