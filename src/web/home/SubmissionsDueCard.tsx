import { Card, List, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { isEditable } from '../../core/submissions.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { getMySubmissions, mySubmissionsQueryKey, submissionLink } from '../submissions/api';
import { DueHint, SubmissionStatusTag } from '../submissions/components/SubmissionStatusTag';

/** How many pending periods the home page shows; the rest are one click away on the submissions page. */
const SHOWN = 5;

/** 报送待办: the periods the user's own org still has to submit, the most urgent first. */
export function SubmissionsDueCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const enabled = can(me.role, 'submissions.submit');
  const { data } = useQuery({ queryKey: mySubmissionsQueryKey, queryFn: getMySubmissions, enabled });
  if (!enabled || !data) return null;
  const pending = data.items
    .flatMap(({ dataSet, periods }) => periods.filter((p) => isEditable(p.status ?? undefined)).map((p) => ({ dataSet, p })))
    .sort((a, b) => a.p.daysLeft - b.p.daysLeft);
  if (pending.length === 0) return null;

  return (
    <Card size="small" title={t('home.submissionsDue', { count: pending.length })} extra={<Link to="/submissions">{t('home.allSubmissions')}</Link>}>
      <List
        size="small"
        dataSource={pending.slice(0, SHOWN)}
        renderItem={({ dataSet, p }) => (
          <List.Item actions={[<Link key="open" to={submissionLink({ dataSetId: dataSet.id, orgId: data.orgId, period: p.period.key })}>{t('submissions.open')}</Link>]}>
            <Space size={8} wrap>
              <Typography.Text strong>{dataSet.name}</Typography.Text>
              <Typography.Text>{p.period.label}</Typography.Text>
              <SubmissionStatusTag status={p.status} />
              <DueHint daysLeft={p.daysLeft} pending />
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
