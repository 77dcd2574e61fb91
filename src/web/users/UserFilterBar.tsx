import { useState } from 'react';
import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../core/roles.js';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';

export interface UserFilters {
  q?: string;
  role?: Role;
  orgId?: string;
  enabled?: boolean;
}

type EnabledChoice = 'enabled' | 'disabled';

interface UserFilterBarProps {
  value: UserFilters;
  onChange: (filters: UserFilters) => void;
}

/** Search text applies on Enter or the search button; the selects apply at once. */
export function UserFilterBar({ value, onChange }: UserFilterBarProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value.q ?? '');
  const enabledChoice: EnabledChoice | undefined =
    value.enabled === undefined ? undefined : value.enabled ? 'enabled' : 'disabled';

  return (
    <Flex wrap gap={8}>
      <Input.Search
        aria-label={t('common.search')}
        placeholder={t('users.searchPlaceholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        allowClear
        enterButton
        style={{ width: 260, maxWidth: '100%' }}
      />
      <Select<Role>
        aria-label={t('users.filterRole')}
        placeholder={t('users.filterRole')}
        value={value.role}
        onChange={(role) => onChange({ ...value, role })}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        allowClear
        style={{ width: 170 }}
      />
      <OrgTreeSelect
        placeholder={t('users.filterOrg')}
        value={value.orgId}
        onChange={(orgId) => onChange({ ...value, orgId })}
        allowClear
        style={{ width: 240, maxWidth: '100%' }}
      />
      <Select<EnabledChoice>
        aria-label={t('users.filterStatus')}
        placeholder={t('users.filterStatus')}
        value={enabledChoice}
        onChange={(choice) => onChange({ ...value, enabled: choice === undefined ? undefined : choice === 'enabled' })}
        options={[
          { value: 'enabled', label: t('users.enabled') },
          { value: 'disabled', label: t('users.disabled') },
        ]}
        allowClear
        style={{ width: 130 }}
      />
    </Flex>
  );
}
