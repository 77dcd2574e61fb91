import { Alert, Card, Descriptions, Flex, Form, Input, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { FullPageSpin } from '../shared/FullPageSpin';
import { LoadError } from '../shared/LoadError';
import { formatDateTime } from '../shared/dates';
import { DetailHeader } from '../units/components/DetailHeader';
import { getSubmission, submissionQueryKey, type SubmissionDetail } from './api';
import { SubmissionStatusTag, TimelinessTag } from './components/SubmissionStatusTag';
import { FiguresCard } from './FiguresCard';
import { SubmissionActions, type FormValues } from './SubmissionActions';
import { ValuesFields } from './ValuesFields';

/** One org's submission for one period: fill in and submit, or review; with the figures and the history. */
export default function SubmissionDetailPage() {
  const { dataSetId = '', orgId = '', period = '' } = useParams();
  const key = { dataSetId, orgId, period };
  const { data, error, isPending, refetch } = useQuery({ queryKey: submissionQueryKey(key), queryFn: () => getSubmission(key) });
  if (isPending) return <FullPageSpin />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  // Keyed by the last change, so the form starts again from the stored values after every save or review.
  return <DetailView key={data.updatedAt ?? 'new'} detail={data} />;
}

function DetailView({ detail }: { detail: SubmissionDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const editable = detail.actions.includes('save');
  const none = t('common.none');
  const initialValues: FormValues = {
    values: Object.fromEntries(detail.fields.map((f) => [f.code, f.value])),
    narrative: detail.narrative ?? undefined,
  };
  const narrativeLabel = detail.dataSet.kind === 'quarterly_summary' ? t('submissions.quarterlyNarrative') : t('submissions.narrative');

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960, margin: '0 auto' }}>
      <Card>
        <DetailHeader
          title={t('submissions.detailTitle', { org: detail.org.name, period: detail.period.label })}
          backTo="/submissions"
          tags={<><SubmissionStatusTag status={detail.status} /><TimelinessTag onTime={detail.onTime} /></>}
          actions={<SubmissionActions detail={detail} form={form} />}
        />
        {editable && !detail.periodEnded && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('submissions.notEnded', { period: detail.period.label })} />}
        {detail.reviewComment && (detail.status === 'returned' || detail.status === 'reopened') && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('submissions.commentLine', { comment: detail.reviewComment })} />
        )}
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'dataSet', label: t('submissions.dataSet'), children: detail.dataSet.name },
            { key: 'due', label: t('submissions.dueDate'), children: detail.dueDate },
            { key: 'first', label: t('submissions.firstSubmittedAt'), children: formatDateTime(detail.firstSubmittedAt) ?? none },
            { key: 'submitted', label: t('submissions.submittedAt'), children: formatDateTime(detail.submittedAt) ?? none },
            { key: 'reviewed', label: t('submissions.reviewedAt'), children: formatDateTime(detail.reviewedAt) ?? none },
            { key: 'comment', label: t('submissions.reviewComment'), children: detail.reviewComment ?? none },
          ]}
        />
      </Card>
      {detail.figures && <FiguresCard detail={detail} />}
      <Form<FormValues> form={form} layout="vertical" initialValues={initialValues} disabled={!editable}>
        <Flex vertical gap={16}>
          {detail.dataSet.kind === 'custom' && (
            <Card size="small" title={t('submissions.valuesTitle')}>
              <ValuesFields fields={detail.fields} previousLabel={detail.previousPeriod.label} disabled={!editable} />
            </Card>
          )}
          {(editable || detail.narrative) && (
            <Card size="small" title={narrativeLabel}>
              <Form.Item name="narrative" style={{ marginBottom: 0 }}>
                <Input.TextArea rows={6} maxLength={5000} showCount placeholder={t('submissions.narrativePlaceholder')} />
              </Form.Item>
            </Card>
          )}
        </Flex>
      </Form>
      <Card size="small" title={t('submissions.history')}>
        {detail.history.length === 0 ? (
          <Typography.Text type="secondary">{t('submissions.historyEmpty')}</Typography.Text>
        ) : (
          <Timeline items={detail.history.map((h) => ({ key: `${h.at}-${h.action}`, content: `${formatDateTime(h.at)} · ${h.actorUsername} · ${h.summary}` }))} />
        )}
      </Card>
    </Flex>
  );
}
