import { useState } from 'react';
import { Descriptions, Input, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isTrackingCode } from '../../core/complaints.js';
import { LoadError } from '../shared/LoadError';
import { publicComplaintQueryKey, trackComplaint } from './api';
import { ComplaintStatusTag } from './ComplaintStatusTag';

/** Enter a tracking code: status, dates and the reply; nothing about who complained. */
export function PublicTrackBox({ initialCode }: { initialCode?: string }) {
  const { t } = useTranslation();
  const [input, setInput] = useState(initialCode ?? '');
  const [code, setCode] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: publicComplaintQueryKey(code ?? ''),
    queryFn: () => trackComplaint(code ?? ''),
    enabled: code !== null,
    retry: false,
  });

  function search(value: string) {
    const normalized = value.trim().toUpperCase();
    setInvalid(!isTrackingCode(normalized));
    if (!isTrackingCode(normalized)) return;
    if (normalized === code) void refetch();
    else setCode(normalized);
  }

  return (
    <>
      <Input.Search
        aria-label={t('complaints.trackingCode')}
        placeholder={t('complaints.trackPlaceholder')}
        enterButton={t('complaints.track')}
        value={input}
        onChange={(event) => setInput(event.target.value)}
        onSearch={search}
        loading={isFetching}
        status={invalid ? 'error' : undefined}
        size="large"
      />
      {invalid && <Typography.Text type="danger">{t('complaints.trackingCodeInvalid')}</Typography.Text>}
      {error && !invalid && <div style={{ marginTop: 16 }}><LoadError error={error} onRetry={() => void refetch()} /></div>}
      {data && !invalid && (
        <Descriptions
          data-testid="track-result"
          size="small"
          bordered
          column={1}
          style={{ marginTop: 16 }}
          styles={{ label: { whiteSpace: 'nowrap' } }}
          items={[
            { key: 'code', label: t('complaints.trackingCode'), children: data.trackingCode },
            { key: 'status', label: t('complaints.status'), children: <ComplaintStatusTag status={data.status} /> },
            { key: 'received', label: t('complaints.receivedOn'), children: data.receivedOn },
            { key: 'due', label: t('complaints.replyDueOn'), children: data.replyDueOn },
            { key: 'repliedOn', label: t('complaints.repliedOn'), children: data.repliedOn ?? t('common.none') },
            {
              key: 'reply',
              label: t('complaints.reply'),
              children: data.reply ? (
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{data.reply}</Typography.Paragraph>
              ) : (
                <Typography.Text type="secondary">{t('complaints.awaitingReply')}</Typography.Text>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
