import { Badge, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Notification } from './api';
import { relativeTime } from './relativeTime';

interface NotificationListProps {
  items: readonly Notification[];
  loading: boolean;
  onOpen: (notification: Notification) => void;
  /** The page shows the whole text; the bell's popover keeps each item to two lines. */
  full?: boolean;
}

/** Notifications as a list: unread ones bold with a dot, the time relative to now. */
export function NotificationList({ items, loading, onOpen, full = false }: NotificationListProps) {
  const { t } = useTranslation();
  const now = new Date();
  return (
    <List<Notification>
      loading={loading}
      dataSource={[...items]}
      locale={{ emptyText: t('notifications.empty') }}
      renderItem={(item) => (
        <List.Item
          key={item.id}
          onClick={() => onOpen(item)}
          style={{ cursor: 'pointer', paddingInline: 8, alignItems: 'flex-start' }}
          data-testid="notification-item"
        >
          <Flex vertical gap={2} style={{ minWidth: 0, width: '100%' }}>
            <Flex gap={8} align="baseline" justify="space-between">
              <Typography.Text strong={!item.readAt} ellipsis={!full} style={{ minWidth: 0 }}>
                {!item.readAt && <Badge status="processing" style={{ marginInlineEnd: 6 }} />}
                {item.title}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ flexShrink: 0, fontSize: 12 }}>
                {relativeTime(item.createdAt, now, t)}
              </Typography.Text>
            </Flex>
            {item.body && (
              <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }} ellipsis={full ? false : { rows: 2 }}>
                {item.body}
              </Typography.Paragraph>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}
