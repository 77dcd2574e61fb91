import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ReportCategoryCode } from '../../core/reports.js';
import { DATE_FORMAT, toDateString } from '../shared/dates';
import { useDictionaryLabels } from '../units/labels';
import { REPORT_STATUSES, type ReportFilters, type ReportStatus } from './api';
import { useReportCategories } from './useReportCategories';

interface ReportFilterBarProps {
  value: ReportFilters;
  onChange: (filters: ReportFilters) => void;
}

export function ReportFilterBar({ value, onChange }: ReportFilterBarProps) {
  const { t } = useTranslation();
  const { label } = useDictionaryLabels();
  const { data: categories = [] } = useReportCategories();
  return (
    <Flex wrap gap={8}>
      <Select<ReportStatus>
        aria-label={t('reports.filterStatus')}
        placeholder={t('reports.filterStatus')}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={REPORT_STATUSES.map((status) => ({ value: status, label: t(`reports.statuses.${status}`) }))}
        allowClear
        style={{ width: 120 }}
      />
      <Select<ReportCategoryCode>
        aria-label={t('reports.filterCategory')}
        placeholder={t('reports.filterCategory')}
        value={value.category}
        onChange={(category) => onChange({ ...value, category })}
        options={categories.map((c) => ({ value: c.code, label: label(c, c.code) }))}
        allowClear
        popupMatchSelectWidth={false}
        style={{ width: 170 }}
      />
      <DatePicker.RangePicker
        aria-label={t('reports.dateRange')}
        placeholder={[t('reports.startDate'), t('reports.endDate')]}
        format={DATE_FORMAT}
        value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
        onChange={(dates) =>
          onChange({ ...value, from: dates?.[0] ? toDateString(dates[0]) : undefined, to: dates?.[1] ? toDateString(dates[1]) : undefined })
        }
        style={{ maxWidth: '100%' }}
      />
    </Flex>
  );
}
