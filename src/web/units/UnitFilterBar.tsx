import { useState } from 'react';
import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { categoryByCode, UNIT_CATEGORIES, type UnitCategoryCode } from '../../core/unitCategories.js';
import { toDateString, todayInShanghai } from '../shared/dates';
import { UNIT_STATUSES, type UnitFilters, type UnitStatus } from './api';
import { PlacementCascader, placementOf } from './components/PlacementCascader';
import { useDictionaryLabels } from './labels';

const EXPIRY_WINDOWS = [30, 60, 90] as const;
type ExpiringChoice = 'expired' | `${(typeof EXPIRY_WINDOWS)[number]}`;

/** What the bar holds; `toUnitFilters` turns it into the API's query. */
export interface UnitFilterState {
  q?: string;
  category?: UnitCategoryCode;
  subCategory?: string;
  placement?: string[];
  status?: UnitStatus;
  expiring?: ExpiringChoice;
}

export function toUnitFilters(state: UnitFilterState): UnitFilters {
  const { placement, expiring, ...rest } = state;
  let licenceExpiresBefore: string | undefined;
  if (expiring === 'expired') licenceExpiresBefore = toDateString(todayInShanghai().subtract(1, 'day'));
  else if (expiring) licenceExpiresBefore = toDateString(todayInShanghai().add(Number(expiring), 'day'));
  return { ...rest, ...placementOf(placement), licenceExpiresBefore };
}

interface UnitFilterBarProps {
  value: UnitFilterState;
  onChange: (filters: UnitFilterState) => void;
}

/** Search text applies on Enter or the search button; the selects apply at once. */
export function UnitFilterBar({ value, onChange }: UnitFilterBarProps) {
  const { t } = useTranslation();
  const labels = useDictionaryLabels();
  const [text, setText] = useState(value.q ?? '');
  const subCategories = value.category ? (categoryByCode(value.category)?.subCategories ?? []) : [];

  return (
    <Flex wrap gap={8}>
      <Input.Search
        aria-label={t('common.search')}
        placeholder={t('units.searchPlaceholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        allowClear
        enterButton
        style={{ width: 300, maxWidth: '100%' }}
      />
      <Select<UnitCategoryCode>
        aria-label={t('units.filterCategory')}
        placeholder={t('units.filterCategory')}
        value={value.category}
        onChange={(category) => onChange({ ...value, category, subCategory: undefined })}
        options={UNIT_CATEGORIES.map((category) => ({ value: category.code, label: labels.label(category, category.code) }))}
        allowClear
        style={{ width: 140 }}
      />
      <Select<string>
        aria-label={t('units.filterSubCategory')}
        placeholder={t('units.filterSubCategory')}
        value={value.subCategory}
        disabled={!value.category}
        onChange={(subCategory) => onChange({ ...value, subCategory })}
        options={subCategories.map((sub) => ({ value: sub.code, label: labels.label(sub, sub.code) }))}
        allowClear
        popupMatchSelectWidth={false}
        style={{ width: 140 }}
      />
      <PlacementCascader
        aria-label={t('units.filterPlacement')}
        placeholder={t('units.filterPlacement')}
        value={value.placement}
        onChange={(placement) => onChange({ ...value, placement })}
        style={{ width: 220, maxWidth: '100%' }}
      />
      <Select<UnitStatus>
        aria-label={t('units.filterStatus')}
        placeholder={t('units.filterStatus')}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={UNIT_STATUSES.map((status) => ({ value: status, label: t(`units.statuses.${status}`) }))}
        allowClear
        style={{ width: 110 }}
      />
      <Select<ExpiringChoice>
        aria-label={t('units.filterExpiring')}
        placeholder={t('units.filterExpiring')}
        value={value.expiring}
        onChange={(expiring) => onChange({ ...value, expiring })}
        options={[
          { value: 'expired', label: t('units.expiringExpired') },
          ...EXPIRY_WINDOWS.map((days) => ({ value: `${days}` as ExpiringChoice, label: t('units.expiringWithin', { days }) })),
        ]}
        allowClear
        popupMatchSelectWidth={false}
        style={{ width: 150 }}
      />
    </Flex>
  );
}
