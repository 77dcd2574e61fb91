import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Flex, Grid, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { FileCaseButton } from '../cases/FileCaseButton';
import { LoadError } from '../shared/LoadError';
import { formatDateTime } from '../shared/dates';
import { closeComplaint, complaintQueryKey, getComplaint, investigateComplaint, type Complaint } from './api';
import { AssignComplaintModal, ReplyComplaintModal } from './ComplaintActionModals';
import { useComplaintCategoryLabel } from './ComplaintFormFields';
import { ComplaintStatusTag, OverdueTag } from './ComplaintStatusTag';
import { useComplaintAction } from './useComplaintAction';

/** One complaint with its reporter (staff only) and the action its status allows. */
export function ComplaintDrawer({ complaintId, onClose }: { complaintId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const categoryLabel = useComplaintCategoryLabel();
  const [dialog, setDialog] = useState<'assign' | 'reply' | null>(null);
  const { data: complaint, error, isPending, refetch } = useQuery({ queryKey: complaintQueryKey(complaintId), queryFn: () => getComplaint(complaintId) });
  const investigate = useComplaintAction((id: string) => investigateComplaint(id));
  const close = useComplaintAction((id: string) => closeComplaint(id));
  const handler = can(me.role, 'complaints.handle');

  const act = (mutation: typeof investigate, done: string) =>
    mutation.mutate({ key: complaintId, arg: undefined }, { onSuccess: () => void message.success(done), onError: (e) => void message.error(e.message) });

  const footer = complaint && handler && complaint.status !== 'closed' && (
    <Flex justify="flex-end" gap={8} wrap>
      {complaint.status === 'received' && (
        <Button type="primary" onClick={() => setDialog('assign')}>
          {t('complaints.actions.assign')}
        </Button>
      )}
      {complaint.status === 'assigned' && (
        <Button type="primary" loading={investigate.isPending} onClick={() => act(investigate, t('complaints.investigatingDone'))}>
          {t('complaints.actions.investigate')}
        </Button>
      )}
      {complaint.status === 'investigating' && (
        <FileCaseButton source="complaint" sourceId={complaint.id} unitName={complaint.unitName ?? complaint.subject} />
      )}
      {complaint.status === 'investigating' && (
        <Button type="primary" onClick={() => setDialog('reply')}>
          {t('complaints.actions.reply')}
        </Button>
      )}
      {complaint.status === 'replied' && (
        <Button type="primary" loading={close.isPending} onClick={() => act(close, t('complaints.closedDone'))}>
          {t('complaints.actions.close')}
        </Button>
      )}
    </Flex>
  );

  return (
    <Drawer
      open
      title={complaint ? t('complaints.detailTitle', { code: complaint.trackingCode }) : t('complaints.title')}
      onClose={onClose}
      size={screens.md ? 600 : '100%'}
      loading={isPending}
      footer={footer || undefined}
    >
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      {complaint && <ComplaintDescriptions complaint={complaint} categoryLabel={categoryLabel} />}
      {complaint && dialog === 'assign' && <AssignComplaintModal complaint={complaint} onClose={() => setDialog(null)} />}
      {complaint && dialog === 'reply' && <ReplyComplaintModal complaint={complaint} onClose={() => setDialog(null)} />}
    </Drawer>
  );
}

function ComplaintDescriptions({ complaint, categoryLabel }: { complaint: Complaint; categoryLabel: ReturnType<typeof useComplaintCategoryLabel> }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const reporter = complaint.anonymous
    ? t('complaints.anonymousReporter')
    : [complaint.reporterName, complaint.reporterPhone].filter(Boolean).join(' ') || none;
  return (
    <Descriptions
      data-testid="complaint-detail"
      size="small"
      bordered
      column={1}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={[
        { key: 'status', label: t('complaints.status'), children: <ComplaintStatusTag status={complaint.status} /> },
        { key: 'channel', label: t('complaints.channel'), children: t(`complaints.channels.${complaint.channel}`) },
        { key: 'division', label: t('complaints.division'), children: complaint.divisionName },
        { key: 'category', label: t('complaints.category'), children: categoryLabel(complaint.category) },
        { key: 'subject', label: t('complaints.subject'), children: complaint.subject },
        { key: 'content', label: t('complaints.content'), children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{complaint.content}</Typography.Paragraph> },
        { key: 'location', label: t('complaints.location'), children: complaint.location ?? none },
        { key: 'unit', label: t('complaints.unit'), children: complaint.unitName ?? none },
        { key: 'reporter', label: t('complaints.reporter'), children: reporter },
        { key: 'receivedAt', label: t('complaints.receivedAt'), children: formatDateTime(complaint.receivedAt) },
        {
          key: 'replyDueOn',
          label: t('complaints.replyDueOn'),
          children: (
            <Space size={4}>
              {complaint.replyDueOn}
              <OverdueTag overdue={complaint.overdue} />
            </Space>
          ),
        },
        { key: 'assignee', label: t('complaints.assignee'), children: complaint.assigneeName ?? none },
        {
          key: 'reply',
          label: t('complaints.reply'),
          children: complaint.reply ? (
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{complaint.reply}</Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">{t('complaints.awaitingReply')}</Typography.Text>
          ),
        },
        { key: 'repliedAt', label: t('complaints.repliedAt'), children: formatDateTime(complaint.repliedAt) ?? none },
        { key: 'closedAt', label: t('complaints.closedAt'), children: formatDateTime(complaint.closedAt) ?? none },
      ]}
    />
  );
}
