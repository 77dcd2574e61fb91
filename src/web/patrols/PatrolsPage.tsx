import { useState } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { BarChartOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/CurrentUser';
import { LoadError } from '../shared/LoadError';
import { usePagedQueryParams } from '../shared/usePagedQueryParams';
import { downloadPatrolRegister, listPatrols, patrolsQueryKey, type PatrolFilters } from './api';
import { RegisterDownloadModal } from './components/RegisterDownloadModal';
import { PatrolFilterBar } from './PatrolFilterBar';
import { PatrolTable } from './PatrolTable';
import { canRecordPatrols } from './permissions';

export default function PatrolsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { filters, params, setFilters, setPage, pagination } = usePagedQueryParams<PatrolFilters>({});
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: patrolsQueryKey(params),
    queryFn: () => listPatrols(params),
    placeholderData: keepPreviousData,
  });
  const [registerOpen, setRegisterOpen] = useState(false);

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('patrols.title')}</Typography.Title>}
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
      extra={
        <Flex gap={8} wrap justify="flex-end">
          <Button icon={<BarChartOutlined />} onClick={() => void navigate('/patrols/coverage')}>
            {t('patrols.coverage')}
          </Button>
          <Button icon={<FileExcelOutlined />} onClick={() => setRegisterOpen(true)}>
            {t('patrols.register')}
          </Button>
          {canRecordPatrols(me.role) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/patrols/new')}>
              {t('patrols.record')}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <PatrolFilterBar value={filters} onChange={setFilters} />
        {error ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : (
          <PatrolTable
            patrols={data?.items ?? []}
            loading={isFetching}
            pagination={pagination(data?.total ?? 0)}
            onPageChange={setPage}
          />
        )}
      </Flex>
      {registerOpen && (
        <RegisterDownloadModal
          title={t('patrols.registerTitle')}
          download={(registerParams) => downloadPatrolRegister(registerParams, t('patrols.registerFileName', { month: registerParams.month }))}
          onClose={() => setRegisterOpen(false)}
        />
      )}
    </Card>
  );
}
