import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, toDateString } from '../shared/dates';
import { UnitSelect } from '../units/UnitSelect';
import { PATROL_OUTCOMES, type PatrolFilters, type PatrolOutcome } from './api';

interface PatrolFilterBarProps {
  value: PatrolFilters;
  onChange: (filters: PatrolFilters) => void;
}

export function PatrolFilterBar({ value, onChange }: PatrolFilterBarProps) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8}>
      <DatePicker.RangePicker
        aria-label={t('patrols.dateRange')}
        placeholder={[t('patrols.startDate'), t('patrols.endDate')]}
        format={DATE_FORMAT}
        value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
        onChange={(dates) =>
          onChange({
            ...value,
            from: dates?.[0] ? toDateString(dates[0]) : undefined,
            to: dates?.[1] ? toDateString(dates[1]) : undefined,
          })
        }
        style={{ maxWidth: '100%' }}
      />
      <Select<PatrolOutcome>
        aria-label={t('patrols.filterOutcome')}
        placeholder={t('patrols.filterOutcome')}
        value={value.outcome}
        onChange={(outcome) => onChange({ ...value, outcome })}
        options={PATROL_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`patrols.outcomes.${outcome}`) }))}
        allowClear
        popupMatchSelectWidth={false}
        style={{ width: 130 }}
      />
      <UnitSelect
        aria-label={t('patrols.filterUnit')}
        placeholder={t('patrols.filterUnit')}
        value={value.unitId}
        onChange={(unitId) => onChange({ ...value, unitId })}
        allowClear
        style={{ width: 240, maxWidth: '100%' }}
      />
    </Flex>
  );
}
