import { useState } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/CurrentUser';
import { RegisterDownloadModal } from '../patrols/components/RegisterDownloadModal';
import { LoadError } from '../shared/LoadError';
import { usePagedQueryParams } from '../shared/usePagedQueryParams';
import { downloadReportRegister, listReports, reportsQueryKey, type ReportFilters } from './api';
import { canReport } from './permissions';
import { ReportDrawer } from './ReportDrawer';
import { ReportFilterBar } from './ReportFilterBar';
import { ReportIndicatorsCard } from './ReportIndicatorsCard';
import { ReportTable } from './ReportTable';

const REPORT_REGISTER_KEEPERS = ['station', 'info_point'] as const;

export default function ReportsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { filters, params, setFilters, setPage, pagination } = usePagedQueryParams<ReportFilters>({});
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: reportsQueryKey(params),
    queryFn: () => listReports(params),
    placeholderData: keepPreviousData,
  });
  const [openId, setOpenId] = useState<string | null>(null);
  const [registerOpen, setRegisterOpen] = useState(false);

  return (
    <Flex vertical gap={16}>
      <ReportIndicatorsCard />
      <Card
        title={<Typography.Title level={4} style={{ margin: 0 }}>{t('reports.title')}</Typography.Title>}
        styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
        extra={
          <Flex gap={8} wrap justify="flex-end">
            <Button icon={<FileExcelOutlined />} onClick={() => setRegisterOpen(true)}>
              {t('reports.register')}
            </Button>
            {canReport(me.role) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/reports/new')}>
                {t('reports.create')}
              </Button>
            )}
          </Flex>
        }
      >
        <Flex vertical gap={16}>
          <ReportFilterBar value={filters} onChange={setFilters} />
          {error ? (
            <LoadError error={error} onRetry={() => void refetch()} />
          ) : (
            <ReportTable
              reports={data?.items ?? []}
              loading={isFetching}
              pagination={pagination(data?.total ?? 0)}
              onPageChange={setPage}
              onOpen={(report) => setOpenId(report.id)}
            />
          )}
        </Flex>
      </Card>
      {openId && <ReportDrawer reportId={openId} onClose={() => setOpenId(null)} />}
      {registerOpen && (
        <RegisterDownloadModal
          title={t('reports.registerTitle')}
          orgKinds={REPORT_REGISTER_KEEPERS}
          download={(registerParams) => downloadReportRegister(registerParams, t('reports.registerFileName', { month: registerParams.month }))}
          onClose={() => setRegisterOpen(false)}
        />
      )}
    </Flex>
  );
}
