import { Button, Space, Switch, Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/CurrentUser';
import { DATE_FORMAT, formatDateTime, todayInShanghai } from '../shared/dates';
import type { User } from './api';

interface UserTableProps {
  users: readonly User[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onPageChange: (page: number, pageSize: number) => void;
  /** Id of the user whose enabled flag is being saved. */
  togglingId: string | null;
  onToggleEnabled: (user: User, enabled: boolean) => void;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function UserTable(props: UserTableProps) {
  const { users, loading, pagination, onPageChange, togglingId, onToggleEnabled, onEdit, onResetPassword } = props;
  const { t } = useTranslation();
  const me = useCurrentUser();

  const columns: TableColumnsType<User> = [
    { title: t('users.username'), dataIndex: 'username', width: 140, render: (username: string) => <Typography.Text code>{username}</Typography.Text> },
    {
      title: t('users.displayName'),
      dataIndex: 'displayName',
      width: 140,
      render: (name: string, user) => (
        <Space size={4} wrap>
          {name}
          {user.mustChangePassword && <Tag color="gold">{t('users.mustChangePassword')}</Tag>}
        </Space>
      ),
    },
    { title: t('users.role'), dataIndex: 'role', width: 170, render: (_role, user) => t(`roles.${user.role}`) },
    { title: t('users.org'), dataIndex: 'orgName', ellipsis: true },
    { title: t('users.certificate'), key: 'certificate', width: 200, render: (_value, user) => <Certificate user={user} /> },
    {
      title: t('users.status'),
      dataIndex: 'enabled',
      width: 100,
      render: (enabled: boolean, user) => (
        <Switch
          size="small"
          checked={enabled}
          loading={togglingId === user.id}
          disabled={user.id === me.id}
          checkedChildren={t('users.enabled')}
          unCheckedChildren={t('users.disabled')}
          onChange={(next) => onToggleEnabled(user, next)}
        />
      ),
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (at: string | null) => formatDateTime(at) ?? <Typography.Text type="secondary">{t('users.neverLoggedIn')}</Typography.Text>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      fixed: 'right',
      render: (_value, user) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(user)}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" disabled={user.id === me.id} onClick={() => onResetPassword(user)}>
            {t('users.resetPassword')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Table<User>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={users}
      loading={loading}
      scroll={{ x: 1300 }}
      pagination={pagination}
      onChange={(next) => onPageChange(next.current ?? 1, next.pageSize ?? 20)}
    />
  );
}

/** 协管员证: number and last valid day; an expired one in red; station staff without one flagged. */
function Certificate({ user }: { user: User }) {
  const { t } = useTranslation();
  if (!user.certificateNo) {
    const expected = user.role === 'station_head' || user.role === 'assistant';
    return expected ? <Tag>{t('users.certificateNone')}</Tag> : <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  }
  const expired = user.certificateExpiresOn !== null && user.certificateExpiresOn < todayInShanghai().format(DATE_FORMAT);
  return (
    <Space size={4} wrap>
      <Typography.Text>{user.certificateNo}</Typography.Text>
      {user.certificateExpiresOn && (
        <Typography.Text type={expired ? 'danger' : 'secondary'}>
          {t('users.certificateUntil', { date: user.certificateExpiresOn })}
        </Typography.Text>
      )}
      {expired && <Tag color="red">{t('users.certificateExpired')}</Tag>}
    </Space>
  );
}
