import { DatePicker, Flex, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { halfPeriod, parsePeriod, periodContaining, PERIOD_TYPES, rangePeriod, type Period, type PeriodType } from '../../../core/periods.js';
import { DATE_FORMAT } from '../../shared/dates';

interface PeriodPickerProps {
  /** The period shown now (its key goes in the URL). */
  value: Period;
  onChange: (key: string) => void;
}

/** The key of a period of `type` around `current`: switching 季度 → 年 keeps the year, → 自定义 keeps the days. */
function convert(current: Period, type: PeriodType): string {
  return type === 'range' ? rangePeriod(current.start, current.end).key : periodContaining(type, current.start).key;
}

const quarterKey = (day: Dayjs) => `${day.year()}Q${Math.floor(day.month() / 3) + 1}`;

/** Month, quarter, half-year, year or a custom range of days, as a period key. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const start = dayjs(value.start);
  const common = { allowClear: false, inputReadOnly: true, 'aria-label': t('statistics.period') } as const;
  return (
    <Flex gap={8} wrap>
      <Select<PeriodType>
        aria-label={t('statistics.period')}
        value={value.type}
        style={{ width: 100 }}
        onChange={(type) => onChange(convert(value, type))}
        options={PERIOD_TYPES.map((type) => ({ value: type, label: t(`statistics.periodTypes.${type}`) }))}
      />
      {value.type === 'month' && <DatePicker {...common} picker="month" value={start} onChange={(day) => day && onChange(day.format('YYYY-MM'))} />}
      {value.type === 'quarter' && <DatePicker {...common} picker="quarter" value={start} onChange={(day) => day && onChange(quarterKey(day))} />}
      {value.type === 'year' && <DatePicker {...common} picker="year" value={start} onChange={(day) => day && onChange(String(day.year()))} />}
      {value.type === 'half' && (
        <>
          <DatePicker {...common} picker="year" value={start} onChange={(day) => day && onChange(halfPeriod(day.year(), value.key.endsWith('H2') ? 2 : 1).key)} />
          <Select
            aria-label={t('statistics.periodTypes.half')}
            value={value.key.slice(4)}
            style={{ width: 110 }}
            onChange={(half: string) => onChange(`${value.key.slice(0, 4)}${half}`)}
            options={(['H1', 'H2'] as const).map((half) => ({ value: half, label: t(`statistics.halves.${half}`) }))}
          />
        </>
      )}
      {value.type === 'range' && (
        <DatePicker.RangePicker
          allowClear={false}
          inputReadOnly
          value={[start, dayjs(value.end)]}
          onChange={(days) => {
            const [from, to] = days ?? [];
            // The server checks the range (at most 800 days) and says so if it is too long.
            if (from && to) onChange(`${from.format(DATE_FORMAT)}..${to.format(DATE_FORMAT)}`);
          }}
        />
      )}
    </Flex>
  );
}

/** The period a URL names, or undefined (the server then picks the current quarter). */
export function periodFromUrl(key: string | null): Period | undefined {
  if (!key) return undefined;
  try {
    return parsePeriod(key);
  } catch {
    return undefined;
  }
}
