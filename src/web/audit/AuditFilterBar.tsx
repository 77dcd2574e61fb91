import { useState } from 'react';
import { DatePicker, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../i18n/zh-CN';
import { DATE_FORMAT, toDateString } from '../shared/dates';

export interface AuditFilters {
  entityType?: string;
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
}

type KnownEntityType = keyof Catalogue['audit']['entityTypes'];
type KnownAction = keyof Catalogue['audit']['actions'];
const ENTITY_TYPES: readonly KnownEntityType[] = ['org', 'user'];
const ACTIONS: readonly KnownAction[] = ['create', 'update', 'rename', 'close', 'merge', 'enable', 'disable', 'reset_password', 'change_password'];

interface AuditFilterBarProps {
  value: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}

export function AuditFilterBar({ value, onChange }: AuditFilterBarProps) {
  const { t } = useTranslation();
  const [actor, setActor] = useState(value.actor ?? '');

  return (
    <Flex wrap gap={8}>
      <Select<string>
        aria-label={t('audit.entityType')}
        placeholder={t('audit.entityType')}
        value={value.entityType}
        onChange={(entityType) => onChange({ ...value, entityType })}
        options={ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entityTypes.${type}`) }))}
        allowClear
        style={{ width: 140 }}
      />
      <Select<string>
        aria-label={t('audit.action')}
        placeholder={t('audit.action')}
        value={value.action}
        onChange={(action) => onChange({ ...value, action })}
        options={ACTIONS.map((action) => ({ value: action, label: t(`audit.actions.${action}`) }))}
        allowClear
        style={{ width: 140 }}
      />
      <Input.Search
        aria-label={t('audit.actor')}
        placeholder={t('audit.actorPlaceholder')}
        value={actor}
        onChange={(event) => setActor(event.target.value)}
        onSearch={(text) => onChange({ ...value, actor: text.trim() || undefined })}
        allowClear
        style={{ width: 200 }}
      />
      <DatePicker.RangePicker
        aria-label={t('audit.dateRange')}
        placeholder={[t('audit.startDate'), t('audit.endDate')]}
        format={DATE_FORMAT}
        onChange={(dates) =>
          onChange({
            ...value,
            from: dates?.[0] ? toDateString(dates[0]) : undefined,
            to: dates?.[1] ? toDateString(dates[1]) : undefined,
          })
        }
        style={{ maxWidth: '100%' }}
      />
    </Flex>
  );
}
