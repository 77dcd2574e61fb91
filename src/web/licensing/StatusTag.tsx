import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LicensingStatus } from '../../core/licensing.js';

const STATUS_COLORS: Record<LicensingStatus, string> = {
  accepted: 'blue', document_review: 'geekblue', site_review: 'purple', approval: 'gold', issued: 'green', cancelled: 'default', refused: 'red', withdrawn: 'default',
};

export function LicensingStatusTag({ status }: { status: LicensingStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`licensing.statuses.${status}`)}</Tag>;
}

/** The due date, tagged when the application is still open and past it. */
export function DueDate({ dueOn, overdue }: { dueOn: string; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      {dueOn}
      {overdue && <Tag color="red">{t('licensing.overdueTag')}</Tag>}
    </Space>
  );
}
