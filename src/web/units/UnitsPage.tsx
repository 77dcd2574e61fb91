import { useState } from 'react';
import { App, Button, Card, Flex, Tabs, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { LoadError } from '../shared/LoadError';
import { usePagedQueryParams } from '../shared/usePagedQueryParams';
import { exportUnits, listUnits, unitsQueryKey, type Unit } from './api';
import { FilingRateTable } from './FilingRateTable';
import { UnitCloseModal } from './UnitCloseModal';
import { UnitFilterBar, toUnitFilters, type UnitFilterState } from './UnitFilterBar';
import { UnitFormDrawer } from './UnitFormDrawer';
import { UnitImportModal } from './UnitImportModal';
import { UnitTable } from './UnitTable';

type OpenDialog = { kind: 'create' } | { kind: 'edit'; unit: Unit } | { kind: 'close'; unit: Unit } | { kind: 'import' } | null;

export default function UnitsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canManage = can(me.role, 'units.manage');
  const [tab, setTab] = useState<'list' | 'filing'>('list');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const closeDialog = () => setDialog(null);

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('units.title')}</Typography.Title>}
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
      extra={canManage && (
        <Flex gap={8} wrap justify="flex-end">
          <Button icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
            {t('units.import')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            {t('units.create')}
          </Button>
        </Flex>
      )}
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as 'list' | 'filing')}
        items={[
          {
            key: 'list',
            label: t('units.listTab'),
            children: (
              <UnitList
                onEdit={canManage ? (unit) => setDialog({ kind: 'edit', unit }) : undefined}
                onClose={canManage ? (unit) => setDialog({ kind: 'close', unit }) : undefined}
              />
            ),
          },
          { key: 'filing', label: t('units.filingTab'), children: <FilingRateTable /> },
        ]}
      />
      {dialog?.kind === 'create' && <UnitFormDrawer onClose={closeDialog} />}
      {dialog?.kind === 'edit' && <UnitFormDrawer unit={dialog.unit} onClose={closeDialog} />}
      {dialog?.kind === 'close' && <UnitCloseModal unit={dialog.unit} onClose={closeDialog} />}
      {dialog?.kind === 'import' && <UnitImportModal onClose={closeDialog} />}
    </Card>
  );
}

function UnitList({ onEdit, onClose }: { onEdit?: (unit: Unit) => void; onClose?: (unit: Unit) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { filters, params, setFilters, setPage, pagination } = usePagedQueryParams<UnitFilterState>({});
  const query = { ...toUnitFilters(filters), page: params.page, pageSize: params.pageSize };
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: unitsQueryKey(query),
    queryFn: () => listUnits(query),
    placeholderData: keepPreviousData,
  });
  const exporting = useMutation({
    mutationFn: () => exportUnits(toUnitFilters(filters), t('units.exportFileName')),
    onError: (exportError) => void message.error(exportError.message),
  });

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} justify="space-between" align="flex-start">
        <div style={{ flex: 1, minWidth: 0 }}>
          <UnitFilterBar value={filters} onChange={setFilters} />
        </div>
        <Button icon={<DownloadOutlined />} loading={exporting.isPending} onClick={() => exporting.mutate()}>
          {t('units.export')}
        </Button>
      </Flex>
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <UnitTable
          units={data?.items ?? []}
          loading={isFetching}
          pagination={pagination(data?.total ?? 0)}
          onPageChange={setPage}
          onEdit={onEdit}
          onClose={onClose}
        />
      )}
    </Flex>
  );
}
