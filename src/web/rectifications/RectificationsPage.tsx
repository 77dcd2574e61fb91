import { caseFilingLink } from '../cases/links';
import { useState } from 'react';
import { Card, Checkbox, Empty, Flex, Pagination, Segmented, Spin, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { canRecordPatrols } from '../patrols/permissions';
import { LoadError } from '../shared/LoadError';
import { usePagedQueryParams } from '../shared/usePagedQueryParams';
import { listRectifications, RECTIFICATION_STATUSES, rectificationsQueryKey, type Rectification, type RectificationFilters, type RectificationStatus } from './api';
import { EscalateModal } from './EscalateModal';
import { RectificationCard } from './RectificationCard';

type StatusChoice = RectificationStatus | 'all';

/** The to-do list of a station: open rectifications first, overdue ones in red. */
export default function RectificationsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const unitId = search.get('unitId') ?? undefined;
  const { filters, params, setFilters, setPage } = usePagedQueryParams<RectificationFilters>({ status: unitId ? undefined : 'open' });
  const query = { ...params, unitId };
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: rectificationsQueryKey(query),
    queryFn: () => listRectifications(query),
    placeholderData: keepPreviousData,
  });
  const [escalating, setEscalating] = useState<Rectification | null>(null);
  const canAct = canRecordPatrols(me.role);
  const canFileCase = can(me.role, 'cases.manage');
  const items = data?.items ?? [];
  const unitName = unitId ? items[0]?.unitName : undefined;

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('rectifications.title')}</Typography.Title>}
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
      style={{ maxWidth: 960, margin: '0 auto' }}
    >
      <Flex vertical gap={12}>
        <Flex wrap gap={12} align="center">
          <Segmented<StatusChoice>
            value={filters.status ?? 'all'}
            onChange={(choice) => setFilters({ ...filters, status: choice === 'all' ? undefined : choice, overdue: choice === 'open' ? filters.overdue : undefined })}
            options={[
              ...RECTIFICATION_STATUSES.map((status) => ({ value: status, label: t(`rectifications.statuses.${status}`) })),
              { value: 'all' as const, label: t('rectifications.all') },
            ]}
          />
          {filters.status === 'open' && (
            <Checkbox checked={filters.overdue === true} onChange={(event) => setFilters({ ...filters, overdue: event.target.checked || undefined })}>
              {t('rectifications.overdueOnly')}
            </Checkbox>
          )}
          {unitId && (
            <Tag closable onClose={() => setSearch({})}>
              {unitName ?? t('rectifications.unit')}
            </Tag>
          )}
        </Flex>
        {error ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : (
          <Spin spinning={isFetching}>
            <Flex vertical gap={12} style={{ minHeight: 80 }}>
              {items.length === 0 && !isFetching && <Empty description={t('rectifications.empty')} />}
              {items.map((rectification) => (
                <RectificationCard
                  key={rectification.id}
                  rectification={rectification}
                  onReinspect={canAct ? (r) => void navigate(`/patrols/new?unitId=${r.unitId}&rectificationId=${r.id}`) : undefined}
                  onEscalate={canAct ? setEscalating : undefined}
                  onFileCase={canFileCase ? (r) => void navigate(caseFilingLink('rectification', r.id, r.unitName)) : undefined}
                />
              ))}
            </Flex>
          </Spin>
        )}
        {(data?.total ?? 0) > params.pageSize && (
          <Pagination
            align="center"
            current={params.page}
            pageSize={params.pageSize}
            total={data?.total ?? 0}
            onChange={setPage}
            showTotal={(total) => t('common.total', { total })}
          />
        )}
      </Flex>
      {escalating && <EscalateModal rectification={escalating} onClose={() => setEscalating(null)} />}
    </Card>
  );
}
