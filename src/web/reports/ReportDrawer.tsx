import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Flex, Grid, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/CurrentUser';
import { FileCaseButton } from '../cases/FileCaseButton';
import { LoadError } from '../shared/LoadError';
import { formatDateTime } from '../shared/dates';
import { acceptReport, getReport, reportQueryKey, verifyReport } from './api';
import { CloseReportModal } from './CloseReportModal';
import { OnTimeTag, ReportStatusTag } from './components/ReportStatusTag';
import { canHandleReports } from './permissions';
import { useReportAction } from './useReportAction';
import { useReportCategoryLabel } from './useReportCategories';

/** One report; the reporter sees where it stands and the result, the institute acts on it. */
export function ReportDrawer({ reportId, onClose }: { reportId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const categoryLabel = useReportCategoryLabel();
  const [closing, setClosing] = useState(false);
  const { data: report, error, isPending, refetch } = useQuery({ queryKey: reportQueryKey(reportId), queryFn: () => getReport(reportId) });
  const accept = useReportAction((id: string) => acceptReport(id));
  const verify = useReportAction((id: string) => verifyReport(id));
  const handler = canHandleReports(me.role);
  const none = t('common.none');

  const act = (mutation: typeof accept, done: string) =>
    mutation.mutate({ key: reportId, arg: undefined }, { onSuccess: () => void message.success(done), onError: (e) => void message.error(e.message) });

  return (
    <Drawer
      open
      title={t('reports.detailTitle')}
      onClose={onClose}
      size={screens.md ? 560 : '100%'}
      loading={isPending}
      footer={
        report && handler && report.status !== 'closed' ? (
          <Flex justify="flex-end" gap={8} wrap>
            {report.status === 'submitted' && (
              <Button type="primary" loading={accept.isPending} onClick={() => act(accept, t('reports.acceptedDone'))}>
                {t('reports.accept')}
              </Button>
            )}
            {report.status === 'accepted' && (
              <Button loading={verify.isPending} onClick={() => act(verify, t('reports.verifyingDone'))}>
                {t('reports.verify')}
              </Button>
            )}
            {(report.status === 'accepted' || report.status === 'verifying') && (
              <FileCaseButton source="report" sourceId={report.id} unitName={report.unitName ?? ''} />
            )}
            {(report.status === 'accepted' || report.status === 'verifying') && (
              <Button type="primary" onClick={() => setClosing(true)}>
                {t('reports.close')}
              </Button>
            )}
          </Flex>
        ) : undefined
      }
    >
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      {report && (
        <Descriptions
          size="small"
          bordered
          styles={{ label: { whiteSpace: 'nowrap' } }}
          column={1}
          items={[
            { key: 'status', label: t('reports.status'), children: <ReportStatusTag status={report.status} /> },
            { key: 'category', label: t('reports.category'), children: categoryLabel(report.category, report.subCategory) },
            { key: 'content', label: t('reports.content'), children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{report.content}</Typography.Paragraph> },
            { key: 'location', label: t('reports.location'), children: report.location ?? none },
            { key: 'unit', label: t('reports.unit'), children: report.unitId ? <Link to={`/units/${report.unitId}`}>{report.unitName}</Link> : none },
            { key: 'foundAt', label: t('reports.foundAt'), children: formatDateTime(report.foundAt) },
            {
              key: 'reportedAt',
              label: t('reports.reportedAt'),
              children: (
                <Space size={4}>
                  {formatDateTime(report.reportedAt)}
                  <OnTimeTag onTime={report.onTime} />
                </Space>
              ),
            },
            { key: 'deadlineAt', label: t('reports.deadlineAt'), children: formatDateTime(report.deadlineAt) },
            { key: 'reporter', label: t('reports.reporter'), children: report.reporterName },
            { key: 'org', label: t('reports.org'), children: report.orgName },
            { key: 'acceptedAt', label: t('reports.acceptedAt'), children: formatDateTime(report.acceptedAt) ?? none },
            { key: 'closedAt', label: t('reports.closedAt'), children: formatDateTime(report.closedAt) ?? none },
            {
              key: 'result',
              label: t('reports.result'),
              children: report.result ?? <Typography.Text type="secondary">{t('reports.awaitingResult')}</Typography.Text>,
            },
            { key: 'receivedAt', label: t('reports.receivedAt'), children: formatDateTime(report.receivedAt) },
          ]}
        />
      )}
      {closing && report && <CloseReportModal report={report} onClose={() => setClosing(false)} />}
    </Drawer>
  );
}
