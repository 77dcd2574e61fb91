import { Alert, Table, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Patrol } from '../patrols/api';
import { OutcomeTag } from '../patrols/components/OutcomeTag';
import type { Rectification } from '../rectifications/api';
import { DeadlineTag } from '../rectifications/DeadlineTag';
import { RectificationStatusTag } from '../rectifications/RectificationStatusTag';
import type { Report } from '../reports/api';
import { OnTimeTag, ReportStatusTag } from '../reports/components/ReportStatusTag';
import { useReportCategoryLabel } from '../reports/useReportCategories';
import { formatDateTime } from '../shared/dates';
import { getUnitHistory, unitHistoryQueryKey } from './api';

/** Everything done at a unit: patrols, rectification orders, information reports. */
export function UnitHistory({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const categoryLabel = useReportCategoryLabel();
  const { data, error, isPending } = useQuery({ queryKey: unitHistoryQueryKey(unitId), queryFn: () => getUnitHistory(unitId) });
  if (error) return <Alert type="warning" showIcon title={t('units.historyUnavailable', { message: error.message })} />;

  const patrols = data?.patrols ?? [];
  const rectifications = data?.rectifications ?? [];
  const reports = data?.reports ?? [];

  return (
    <Tabs
      items={[
        {
          key: 'patrols',
          label: `${t('units.historyPatrols')} (${patrols.length})`,
          children: (
            <Table<Patrol>
              rowKey="id"
              size="small"
              loading={isPending}
              dataSource={patrols}
              pagination={patrols.length > 10 ? { pageSize: 10 } : false}
              locale={{ emptyText: t('units.noPatrols') }}
              scroll={{ x: 640 }}
              columns={[
                { title: t('patrols.patrolledOn'), dataIndex: 'patrolledOn', width: 110, render: (date: string, patrol) => <Link to={`/patrols/${patrol.id}`}>{date}</Link> },
                { title: t('patrols.outcome'), dataIndex: 'outcome', width: 120, render: (_o, patrol) => <OutcomeTag outcome={patrol.outcome} /> },
                { title: t('patrols.problems'), dataIndex: 'problems', ellipsis: true, render: (text: string) => text || t('common.none') },
                { title: t('patrols.patroller'), dataIndex: 'patrollerName', width: 100 },
              ]}
            />
          ),
        },
        {
          key: 'rectifications',
          label: `${t('units.historyRectifications')} (${rectifications.length})`,
          children: (
            <Table<Rectification>
              rowKey="id"
              size="small"
              loading={isPending}
              dataSource={rectifications}
              pagination={false}
              locale={{ emptyText: t('units.noRectifications') }}
              scroll={{ x: 640 }}
              columns={[
                { title: t('rectifications.requiredOn'), dataIndex: 'requiredOn', width: 110, render: (date: string, r) => <Link to={`/patrols/${r.patrolId}`}>{date}</Link> },
                { title: t('rectifications.problems'), dataIndex: 'problems', ellipsis: true },
                { title: t('rectifications.deadline'), dataIndex: 'deadline', width: 110 },
                {
                  title: t('rectifications.status'),
                  dataIndex: 'status',
                  width: 170,
                  render: (_s, r) => (
                    <>
                      <RectificationStatusTag status={r.status} />
                      <DeadlineTag rectification={r} />
                    </>
                  ),
                },
              ]}
            />
          ),
        },
        {
          key: 'reports',
          label: `${t('units.historyReports')} (${reports.length})`,
          children: (
            <Table<Report>
              rowKey="id"
              size="small"
              loading={isPending}
              dataSource={reports}
              pagination={false}
              locale={{ emptyText: t('units.noReports') }}
              scroll={{ x: 640 }}
              columns={[
                { title: t('reports.foundAt'), dataIndex: 'foundAt', width: 160, render: (at: string) => formatDateTime(at) },
                { title: t('reports.category'), dataIndex: 'category', width: 150, render: (_c, r) => categoryLabel(r.category, r.subCategory) },
                { title: t('reports.content'), dataIndex: 'content', ellipsis: true },
                {
                  title: t('reports.status'),
                  dataIndex: 'status',
                  width: 150,
                  render: (_s, r) => (
                    <>
                      <ReportStatusTag status={r.status} />
                      <OnTimeTag onTime={r.onTime} />
                    </>
                  ),
                },
                { title: t('reports.result'), dataIndex: 'result', ellipsis: true, render: (result: string | null) => result ?? <Typography.Text type="secondary">{t('common.none')}</Typography.Text> },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
