import { Card, Empty, Flex, List, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isEditable } from '../../core/submissions.js';
import { FullPageSpin } from '../shared/FullPageSpin';
import { LoadError } from '../shared/LoadError';
import { getMySubmissions, mySubmissionsQueryKey, submissionLink, type MinePeriod } from './api';
import { DueHint, SubmissionStatusTag, TimelinessTag } from './components/SubmissionStatusTag';

/** 本单位报送: each data set the org reports, its recent periods with state, due date and days left. */
export function MySubmissions() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery({ queryKey: mySubmissionsQueryKey, queryFn: getMySubmissions });
  if (isPending) return <FullPageSpin />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (data.items.length === 0) return <Empty description={t('submissions.mineEmpty')} />;

  return (
    <Flex vertical gap={16}>
      {data.items.map(({ dataSet, periods }) => (
        <Card key={dataSet.id} size="small" title={dataSet.name}>
          <List<MinePeriod>
            size="small"
            dataSource={periods}
            renderItem={(item) => {
              const pending = isEditable(item.status ?? undefined);
              const link = submissionLink({ dataSetId: dataSet.id, orgId: data.orgId, period: item.period.key });
              return (
                <List.Item actions={[<Link key="open" to={link}>{pending ? t('submissions.open') : t('submissions.view')}</Link>]}>
                  <Flex vertical gap={2} style={{ minWidth: 0 }}>
                    <Space size={4} wrap>
                      <Typography.Text strong>{item.period.label}</Typography.Text>
                      <SubmissionStatusTag status={item.status} />
                      <TimelinessTag onTime={item.onTime} />
                    </Space>
                    <Space size={8} wrap>
                      <Typography.Text type="secondary">{t('submissions.dueDate')} {item.dueDate}</Typography.Text>
                      <DueHint daysLeft={item.daysLeft} pending={pending} />
                    </Space>
                    {item.reviewComment && (
                      <Typography.Text type={item.status === 'returned' || item.status === 'reopened' ? 'danger' : 'secondary'}>
                        {t('submissions.commentLine', { comment: item.reviewComment })}
                      </Typography.Text>
                    )}
                  </Flex>
                </List.Item>
              );
            }}
          />
        </Card>
      ))}
    </Flex>
  );
}
