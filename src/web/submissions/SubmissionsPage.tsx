import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { MySubmissions } from './MySubmissions';
import { ReviewPanel } from './ReviewPanel';

/** 上报与审核: stations fill in and submit their own; institutes and commissions review what is below them. */
export default function SubmissionsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const reviewer = can(me.role, 'submissions.review');
  const mine = { key: 'mine', label: t('submissions.mineTab'), children: <MySubmissions /> };
  const review = { key: 'review', label: t('submissions.reviewTab'), children: <ReviewPanel /> };
  // Reviewers start with what waits for them; their own org rarely reports (only custom data sets for institutes).
  const tabs = reviewer ? [review, mine] : [mine];
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('submissions.title')}</Typography.Title>}>
      <Tabs items={tabs} destroyOnHidden />
    </Card>
  );
}
