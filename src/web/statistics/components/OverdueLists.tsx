import { Card, Table, Tabs, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/dates';
import { useReportCategoryLabel } from '../../reports/useReportCategories';
import type { Dashboard } from '../api';

type Overdue = Dashboard['overdue'];

/** What is late right now in the area: rectifications past deadline, missing monthly registers, reports not yet accepted. */
export function OverdueLists({ overdue }: { overdue: Overdue }) {
  const { t } = useTranslation();
  const categoryLabel = useReportCategoryLabel();
  const { rectifications, registers, reports } = overdue;
  const oldest = (shown: number, total: number) =>
    total > shown ? <Typography.Text type="secondary">{t('statistics.listedOldest', { count: shown })}</Typography.Text> : null;
  const empty = { emptyText: t('statistics.nothingOverdue') };
  return (
    <Card title={t('statistics.overdue')}>
      <Tabs
        items={[
          {
            key: 'rectifications',
            label: t('statistics.overdueRectifications', { total: rectifications.total }),
            children: (
              <>
                {oldest(rectifications.items.length, rectifications.total)}
                <Table
                  rowKey="id" size="small" pagination={false} scroll={{ x: 640 }} locale={empty} dataSource={rectifications.items}
                  columns={[
                    { title: t('statistics.unit'), dataIndex: 'unitName', render: (name: string, row) => <Link to={`/units/${row.unitId}`}>{name}</Link> },
                    { title: t('statistics.station'), dataIndex: 'orgName', ellipsis: true },
                    { title: t('statistics.deadline'), dataIndex: 'deadline', width: 110 },
                    { title: t('statistics.daysOverdue'), dataIndex: 'daysOverdue', width: 90, align: 'right', render: (days: number) => <Typography.Text type="danger">{days}</Typography.Text> },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'registers',
            label: t('statistics.missingRegisters', { month: registers.month, total: registers.total }),
            children: (
              <>
                <Typography.Text type="secondary">{t('statistics.dueDate', { date: registers.dueDate })} </Typography.Text>
                {oldest(registers.items.length, registers.total)}
                <Table
                  rowKey="orgId" size="small" pagination={false} scroll={{ x: 400 }} locale={empty} dataSource={registers.items}
                  columns={[
                    { title: t('statistics.station'), dataIndex: 'orgName' },
                    { title: t('statistics.submissionStatus'), dataIndex: 'status', width: 110, render: (status: string | null) => t(status === 'returned' || status === 'reopened' ? 'statistics.returned' : 'statistics.notSubmitted') },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'reports',
            label: t('statistics.waitingReports', { total: reports.total }),
            children: (
              <>
                {oldest(reports.items.length, reports.total)}
                <Table
                  rowKey="id" size="small" pagination={false} scroll={{ x: 720 }} locale={empty} dataSource={reports.items}
                  columns={[
                    { title: t('statistics.reportContent'), key: 'content', ellipsis: true, render: (_v, row) => `${categoryLabel(row.category, null)}：${row.content}` },
                    { title: t('statistics.station'), dataIndex: 'orgName', width: 200, ellipsis: true },
                    { title: t('statistics.reportedAt'), dataIndex: 'reportedAt', width: 160, render: (at: string) => formatDateTime(at) },
                    { title: t('statistics.hoursWaiting'), dataIndex: 'hoursWaiting', width: 110, align: 'right' },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
