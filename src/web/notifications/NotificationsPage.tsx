import { Button, Card, Flex, Pagination, Segmented, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../shared/LoadError';
import { usePagedQueryParams } from '../shared/usePagedQueryParams';
import { listNotifications, notificationsQueryKey } from './api';
import { NotificationList } from './NotificationList';
import { useNotificationActions } from './useNotificationActions';

type Filter = 'all' | 'unread';

/** All of one's notifications, paginated on the server, with an unread filter. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const { filters, params, setFilters, setPage } = usePagedQueryParams<{ unreadOnly?: boolean }>({});
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: notificationsQueryKey(params),
    queryFn: () => listNotifications(params),
    placeholderData: keepPreviousData,
  });
  const { open, markAllRead, markingAll } = useNotificationActions();

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('notifications.title')}</Typography.Title>}
      extra={
        <Button disabled={!data?.unread} loading={markingAll} onClick={markAllRead}>
          {t('notifications.markAllRead')}
        </Button>
      }
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
      style={{ maxWidth: 960, margin: '0 auto' }}
    >
      <Flex vertical gap={12}>
        <Segmented<Filter>
          value={filters.unreadOnly ? 'unread' : 'all'}
          onChange={(choice) => setFilters(choice === 'unread' ? { unreadOnly: true } : {})}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadWithCount', { count: data?.unread ?? 0 }) },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        {error ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : (
          <NotificationList items={data?.items ?? []} loading={isFetching && !data} onOpen={open} full />
        )}
        {(data?.total ?? 0) > params.pageSize && (
          <Pagination
            align="end"
            current={params.page}
            pageSize={params.pageSize}
            total={data?.total ?? 0}
            showTotal={(total) => t('common.total', { total })}
            onChange={setPage}
            size="small"
          />
        )}
      </Flex>
    </Card>
  );
}
