import { useState } from 'react';
import { App, Button, Card, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../shared/LoadError';
import { usePagedQueryParams } from '../shared/usePagedQueryParams';
import { listUsers, updateUser, usersQueryKey, type User } from './api';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFilterBar, type UserFilters } from './UserFilterBar';
import { UserFormModal } from './UserFormModal';
import { UserTable } from './UserTable';

type OpenDialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'resetPassword'; user: User } | null;

export default function UsersPage() {
  const { t } = useTranslation();
  const { filters, params, setFilters, setPage, pagination } = usePagedQueryParams<UserFilters>({});
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: usersQueryKey(params),
    queryFn: () => listUsers(params),
    placeholderData: keepPreviousData,
  });
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const toggleEnabled = useToggleEnabled();
  const closeDialog = () => setDialog(null);

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('users.title')}</Typography.Title>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
          {t('users.create')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <UserFilterBar value={filters} onChange={setFilters} />
        {error ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : (
          <UserTable
            users={data?.items ?? []}
            loading={isFetching}
            pagination={pagination(data?.total ?? 0)}
            onPageChange={setPage}
            togglingId={toggleEnabled.isPending ? (toggleEnabled.variables?.user.id ?? null) : null}
            onToggleEnabled={(user, enabled) => toggleEnabled.mutate({ user, enabled })}
            onEdit={(user) => setDialog({ kind: 'edit', user })}
            onResetPassword={(user) => setDialog({ kind: 'resetPassword', user })}
          />
        )}
      </Flex>
      {dialog?.kind === 'create' && <UserFormModal onClose={closeDialog} />}
      {dialog?.kind === 'edit' && <UserFormModal user={dialog.user} onClose={closeDialog} />}
      {dialog?.kind === 'resetPassword' && <ResetPasswordModal user={dialog.user} onClose={closeDialog} />}
    </Card>
  );
}

function useToggleEnabled() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ user, enabled }: { user: User; enabled: boolean }) => updateUser(user.id, { enabled }),
    onSuccess: (user) =>
      void message.success(
        user.enabled ? t('users.enabledDone', { name: user.displayName }) : t('users.disabledDone', { name: user.displayName }),
      ),
    onError: (error) => void message.error(error.message),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
