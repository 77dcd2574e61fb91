import { useState } from 'react';
import { Button, Card, Tabs, Typography } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { ReportDrawer } from '../reports/ReportDrawer';
import { ComplaintDrawer } from './ComplaintDrawer';
import { ComplaintList } from './ComplaintList';
import { HotlineComplaintModal } from './HotlineComplaintModal';
import { InboxList } from './InboxList';

/**
 * 投诉举报 for staff: the inbox of complaints and station reports, the complaint list, hotline
 * entry, and the drawers to handle either. `?open=<id>` (a notification's link) opens a complaint.
 */
export default function ComplaintsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const [reportId, setReportId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const complaintId = searchParams.get('open');
  const openComplaint = (id: string | null) => setSearchParams(id ? { open: id } : {}, { replace: true });

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('complaints.title')}</Typography.Title>}
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
      extra={
        can(me.role, 'complaints.handle') && (
          <Button type="primary" icon={<PhoneOutlined />} onClick={() => setCreating(true)}>
            {t('complaints.createHotline')}
          </Button>
        )
      }
    >
      <Tabs
        items={[
          {
            key: 'inbox',
            label: t('inbox.tab'),
            children: <InboxList onOpen={(item) => (item.kind === 'complaint' ? openComplaint(item.id) : setReportId(item.id))} />,
          },
          { key: 'complaints', label: t('complaints.allTab'), children: <ComplaintList onOpen={openComplaint} /> },
        ]}
      />
      {complaintId && <ComplaintDrawer complaintId={complaintId} onClose={() => openComplaint(null)} />}
      {reportId && <ReportDrawer reportId={reportId} onClose={() => setReportId(null)} />}
      {creating && <HotlineComplaintModal onClose={() => setCreating(false)} onCreated={(complaint) => openComplaint(complaint.id)} />}
    </Card>
  );
}
