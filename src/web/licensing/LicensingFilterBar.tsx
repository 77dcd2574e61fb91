import { Checkbox, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LICENSING_STATUSES, type LicensingStatus } from '../../core/licensing.js';
import type { LicensingFilters } from './api';

export function LicensingFilterBar({ value, onChange }: { value: LicensingFilters; onChange: (filters: LicensingFilters) => void }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={16} align="center">
      <Select<LicensingStatus>
        aria-label={t('licensing.filterStatus')}
        placeholder={t('licensing.filterStatus')}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={LICENSING_STATUSES.map((status) => ({ value: status, label: t(`licensing.statuses.${status}`) }))}
        allowClear
        style={{ width: 150 }}
      />
      <Checkbox checked={value.overdue === true} onChange={(e) => onChange({ ...value, overdue: e.target.checked ? true : undefined })}>
        {t('licensing.filterOverdue')}
      </Checkbox>
    </Flex>
  );
}
