import { Button, Space, Switch, Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/CurrentUser';
import { formatDateTime } from '../shared/dates';
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
      scroll={{ x: 1100 }}
      pagination={pagination}
      onChange={(next) => onPageChange(next.current ?? 1, next.pageSize ?? 20)}
    />
  );
}
