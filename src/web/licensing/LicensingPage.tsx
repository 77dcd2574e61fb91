import { useState } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { LoadError } from '../shared/LoadError';
import { usePagedQueryParams } from '../shared/usePagedQueryParams';
import { AcceptApplicationModal } from './AcceptApplicationModal';
import { applicationsQueryKey, listApplications, type LicensingFilters } from './api';
import { LicensingDrawer } from './LicensingDrawer';
import { LicensingFilterBar } from './LicensingFilterBar';
import { LicensingIndicatorsCard } from './LicensingIndicatorsCard';
import { LicensingTable } from './LicensingTable';

/** 卫生行政许可: this year's figures, the applications in the user's area, 受理 and each step. */
export default function LicensingPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { filters, params, setFilters, setPage, pagination } = usePagedQueryParams<LicensingFilters>({});
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: applicationsQueryKey(params),
    queryFn: () => listApplications(params),
    placeholderData: keepPreviousData,
  });
  const [openId, setOpenId] = useState<string | null>(null);
  const [accepting, setAccepting] = useState(false);

  return (
    <Flex vertical gap={16}>
      <LicensingIndicatorsCard />
      <Card
        title={<Typography.Title level={4} style={{ margin: 0 }}>{t('licensing.title')}</Typography.Title>}
        styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
        extra={
          can(me.role, 'licensing.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAccepting(true)}>
              {t('licensing.accept')}
            </Button>
          )
        }
      >
        <Flex vertical gap={16}>
          <LicensingFilterBar value={filters} onChange={setFilters} />
          {error ? (
            <LoadError error={error} onRetry={() => void refetch()} />
          ) : (
            <LicensingTable
              applications={data?.items ?? []}
              loading={isFetching}
              pagination={pagination(data?.total ?? 0)}
              onPageChange={setPage}
              onOpen={(application) => setOpenId(application.id)}
            />
          )}
        </Flex>
      </Card>
      {openId && <LicensingDrawer applicationId={openId} onClose={() => setOpenId(null)} />}
      {accepting && <AcceptApplicationModal onClose={() => setAccepting(false)} onAccepted={setOpenId} />}
    </Flex>
  );
}
