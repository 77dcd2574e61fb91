import { useState } from 'react';
import { Badge, Button, Drawer, Flex, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { fetchUnreadCount, listNotifications, notificationsQueryKey, unreadCountQueryKey } from './api';
import { NotificationList } from './NotificationList';
import { useNotificationActions } from './useNotificationActions';

const POLL_MS = 60_000;
const LATEST = { page: 1, pageSize: 10 };

/**
 * The header's bell: the unread count, polled every minute and on returning to the window, and the
 * latest ten — in a popover on wide screens, in a drawer from the top on phones, where a popover
 * anchored to a bell in the middle of the header would run off the screen.
 */
export function NotificationBell({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data: count } = useQuery({
    queryKey: unreadCountQueryKey,
    queryFn: fetchUnreadCount,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
  const latest = useQuery({
    queryKey: notificationsQueryKey(LATEST),
    queryFn: () => listNotifications(LATEST),
    enabled: open,
    staleTime: 0,
  });
  const { open: openNotification, markAllRead, markingAll } = useNotificationActions(() => setOpen(false));
  const unread = count?.unread ?? 0;

  const content = (
    <Flex vertical style={{ width: compact ? '100%' : 380 }}>
      <div style={{ maxHeight: compact ? undefined : '60vh', overflowY: 'auto' }}>
        <NotificationList items={latest.data?.items ?? []} loading={latest.isLoading} onOpen={openNotification} />
      </div>
      <Flex justify="space-between" align="center" style={{ paddingTop: 8 }}>
        <Button type="link" size="small" disabled={unread === 0} loading={markingAll} onClick={markAllRead}>
          {t('notifications.markAllRead')}
        </Button>
        <Link to="/notifications" onClick={() => setOpen(false)}>
          {t('notifications.viewAll')}
        </Link>
      </Flex>
    </Flex>
  );

  const title = <Typography.Text strong>{t('notifications.title')}</Typography.Text>;
  const bell = (
    <Badge count={unread} size="small" overflowCount={99} offset={[-4, 4]}>
      <Button
        type="text"
        icon={<BellOutlined style={{ fontSize: 18 }} />}
        aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        data-testid="notification-bell"
        onClick={compact ? () => setOpen(true) : undefined}
      />
    </Badge>
  );

  if (compact) {
    return (
      <>
        {bell}
        <Drawer placement="top" open={open} onClose={() => setOpen(false)} title={title} size="75vh" styles={{ body: { padding: 12 } }}>
          {content}
        </Drawer>
      </>
    );
  }
  return (
    <Popover content={content} title={title} trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} arrow={false}>
      {bell}
    </Popover>
  );
}
