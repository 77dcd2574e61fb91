import { useState } from 'react';
import { App, Alert, Badge, Button, Card, Drawer, Empty, Flex, Popconfirm, Tag, Typography } from 'antd';
import { CloudOutlined, CloudUploadOutlined, DisconnectOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../shared/dates';
import { discardOutboxItem, type OutboxItem } from './queue';
import { useOnline, useOutboxItems, useOutboxSync } from './useOutbox';

/** Header button: the outbox count and an "offline" tag; opens the list of items waiting to be sent. */
export function OutboxIndicator({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const items = useOutboxItems();
  const online = useOnline();
  const sync = useOutboxSync(userId);
  const [open, setOpen] = useState(false);
  const [syncing, setSyncing] = useState(false);
  const count = items.length;
  const failed = items.filter((item) => item.failed).length;

  async function syncNow() {
    setSyncing(true);
    try {
      const result = await sync();
      if (result.stopped) void message.warning(t('offline.syncStopped'));
      else if (result.sent > 0) void message.success(t('offline.synced', { count: result.sent }));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setSyncing(false);
    }
  }

  return (
    <>
      <Flex align="center" gap={4}>
        {!online && (
          <Tag color="orange" icon={<DisconnectOutlined />} style={{ marginInlineEnd: 0 }}>
            {t('offline.offlineTag')}
          </Tag>
        )}
        <Badge count={count} size="small" color={failed > 0 ? 'red' : 'orange'} offset={[-4, 4]}>
          <Button
            type="text"
            icon={count > 0 ? <CloudUploadOutlined /> : <CloudOutlined />}
            aria-label={t('offline.indicator', { count })}
            data-testid="outbox-indicator"
            onClick={() => setOpen(true)}
          />
        </Badge>
      </Flex>
      <Drawer
        title={t('offline.title')}
        open={open}
        onClose={() => setOpen(false)}
        placement="right"
        size={360}
        extra={
          <Button type="primary" icon={<CloudUploadOutlined />} loading={syncing} disabled={!online || count === failed} onClick={() => void syncNow()}>
            {t('offline.syncNow')}
          </Button>
        }
      >
        {!online && <Alert type="warning" showIcon title={t('offline.offlineHint')} style={{ marginBottom: 12 }} />}
        {count === 0 ? (
          <Empty description={t('offline.empty')} />
        ) : (
          <Flex vertical gap={8}>
            {items.map((item) => (
              <OutboxRow key={item.clientId} item={item} />
            ))}
          </Flex>
        )}
      </Drawer>
    </>
  );
}

function summaryOf(item: OutboxItem): string {
  const text = item.kind === 'patrol' ? item.body.locationContent : item.body.content;
  return typeof text === 'string' ? text : item.clientId;
}

function OutboxRow({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid={`outbox-${item.clientId}`}>
      <Flex vertical gap={4}>
        <Flex gap={8} align="center" wrap>
          <Tag style={{ marginInlineEnd: 0 }}>{t(`offline.kinds.${item.kind}`)}</Tag>
          {item.failed ? <Tag color="red">{t('offline.failed')}</Tag> : <Tag color="orange">{t('offline.pending')}</Tag>}
          <span style={{ flex: 1 }} />
          <Popconfirm title={t('offline.discardConfirm')} okText={t('offline.discard')} cancelText={t('common.cancel')} onConfirm={() => discardOutboxItem(item.clientId)}>
            <Button size="small" danger>
              {t('offline.discard')}
            </Button>
          </Popconfirm>
        </Flex>
        <Typography.Text ellipsis>{summaryOf(item)}</Typography.Text>
        <Typography.Text type="secondary">{t('offline.queuedAt', { time: formatDateTime(item.queuedAt), attempts: item.attempts })}</Typography.Text>
        {item.lastError && <Typography.Text type={item.failed ? 'danger' : 'secondary'}>{item.lastError}</Typography.Text>}
      </Flex>
    </Card>
  );
}
