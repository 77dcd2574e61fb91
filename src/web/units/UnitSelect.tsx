import { useRef, useState, type CSSProperties } from 'react';
import { Flex, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getUnit, listUnits, unitQueryKey, unitsQueryKey, type Unit } from './api';
import { useDictionaryLabels } from './labels';

interface UnitSelectProps {
  id?: string;
  value?: string;
  onChange?: (unitId: string | undefined, unit: Unit | undefined) => void;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

const SEARCH_DELAY_MS = 300;
const RESULTS = 20;

/**
 * Picks a unit by typing part of its name or address; the server searches, so it works with a county's
 * thousands of units. Closed units are listed but cannot be picked.
 */
export function UnitSelect({ id, value, onChange, placeholder, disabled, allowClear, style, ...rest }: UnitSelectProps) {
  const { t } = useTranslation();
  const labels = useDictionaryLabels();
  const [search, setSearch] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const params = { q: search || undefined, page: 1, pageSize: RESULTS };
  const results = useQuery({ queryKey: unitsQueryKey(params), queryFn: () => listUnits(params), staleTime: 10_000 });
  const selected = useQuery({ queryKey: unitQueryKey(value ?? ''), queryFn: () => getUnit(value!), enabled: Boolean(value) });

  const units = [...(results.data?.items ?? [])];
  if (selected.data && !units.some((unit) => unit.id === selected.data.id)) units.unshift(selected.data);

  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setSearch(text.trim()), SEARCH_DELAY_MS);
        },
      }}
      value={value}
      onChange={(next) => onChange?.(next, units.find((unit) => unit.id === next))}
      loading={results.isFetching}
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder ?? t('units.unitPlaceholder')}
      notFoundContent={results.isFetching ? undefined : t('units.noUnits')}
      options={units.map((unit) => ({ value: unit.id, label: unit.name, disabled: unit.status === 'closed', unit }))}
      optionRender={(option) => {
        const unit = option.data.unit as Unit;
        return (
          <Flex vertical style={{ lineHeight: 1.3, paddingBlock: 2 }}>
            <Typography.Text ellipsis>{unit.name}</Typography.Text>
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {labels.subCategory(unit.category, unit.subCategory)} · {unit.address}
            </Typography.Text>
          </Flex>
        );
      }}
      style={{ width: '100%', ...style }}
    />
  );
}
