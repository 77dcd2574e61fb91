import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgStatus } from '../../core/orgs.js';

const STATUS_COLORS: Record<OrgStatus, string> = { active: 'green', closed: 'default', merged: 'orange' };

export function OrgStatusTag({ status }: { status: OrgStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`orgStatuses.${status}`)}</Tag>;
}
