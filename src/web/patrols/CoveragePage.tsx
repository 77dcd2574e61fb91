import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../core/dates.js';
import { patrolCoverageRate, quarterOf } from '../../core/indicators.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { LoadError } from '../shared/LoadError';
import { todayInShanghai } from '../shared/dates';
import { RateCell } from '../units/FilingRateTable';
import { useDictionaryLabels } from '../units/labels';
import { coverageQueryKey, getCoverage, listUnpatrolled, unpatrolledQueryKey, type CoverageRow, type QuarterParams, type UnpatrolledUnit } from './api';
import { canRecordPatrols } from './permissions';

const quarterStart = ({ year, quarter }: QuarterParams): Dayjs => dayjs(`${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`);
const quarterOfDay = (day: Dayjs): QuarterParams => ({ year: day.year(), quarter: Math.floor(day.month() / 3) + 1 });

/** 巡查覆盖率 per station for a quarter, and the units no one has patrolled in it yet. */
export default function CoveragePage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<QuarterParams>(() => {
    const { year, quarter } = quarterOf(localDate(new Date()));
    return { year, quarter };
  });
  const [station, setStation] = useState<CoverageRow | null>(null);
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: coverageQueryKey(period),
    queryFn: () => getCoverage(period),
    placeholderData: keepPreviousData,
  });
  const rows = data?.items ?? [];
  const active = rows.reduce((sum, row) => sum + row.activeUnits, 0);
  const patrolled = rows.reduce((sum, row) => sum + row.unitsPatrolled, 0);

  return (
    <Flex vertical gap={16}>
      <Card
        title={<Typography.Title level={4} style={{ margin: 0 }}>{t('patrols.coverageTitle')}</Typography.Title>}
        styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
        extra={
          <DatePicker
            picker="quarter"
            aria-label={t('patrols.quarter')}
            allowClear={false}
            inputReadOnly
            value={quarterStart(period)}
            disabledDate={(day) => day.isAfter(todayInShanghai(), 'day')}
            onChange={(day) => {
              if (!day) return;
              setPeriod(quarterOfDay(day));
              setStation(null);
            }}
          />
        }
      >
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            {t('patrols.coverageHint')}
            {data && ` · ${t('patrols.period', { start: data.period.start, end: data.period.end })}`}
          </Typography.Text>
          {error ? (
            <LoadError error={error} onRetry={() => void refetch()} />
          ) : (
            <Table<CoverageRow>
              rowKey="orgId"
              size="small"
              loading={isFetching}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 600 }}
              rowClassName={(row) => (row.orgId === station?.orgId ? 'ant-table-row-selected' : '')}
              columns={[
                { title: t('units.station'), dataIndex: 'orgName' },
                { title: t('patrols.activeUnits'), dataIndex: 'activeUnits', width: 90, align: 'right' },
                { title: t('patrols.unitsPatrolled'), dataIndex: 'unitsPatrolled', width: 80, align: 'right' },
                { title: t('patrols.rate'), key: 'rate', width: 180, render: (_v, row) => <RateCell rate={row.rate} /> },
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 110,
                  render: (_v, row) =>
                    row.unitsPatrolled < row.activeUnits ? (
                      <Button type="link" size="small" onClick={() => setStation(row)}>
                        {t('patrols.showUnpatrolled')}
                      </Button>
                    ) : null,
                },
              ]}
              summary={() =>
                rows.length > 1 ? (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <Typography.Text strong>{t('units.filingTotal')}</Typography.Text>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">
                      {active}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">
                      {patrolled}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3}>
                      <RateCell rate={patrolCoverageRate({ unitsPatrolled: patrolled, activeUnits: active })} />
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={4}>
                      {station && (
                        <Button type="link" size="small" onClick={() => setStation(null)}>
                          {t('patrols.allStations')}
                        </Button>
                      )}
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                ) : null
              }
            />
          )}
        </Flex>
      </Card>
      <UnpatrolledCard period={period} station={station} />
    </Flex>
  );
}

function UnpatrolledCard({ period, station }: { period: QuarterParams; station: CoverageRow | null }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const labels = useDictionaryLabels();
  const [page, setPage] = useState({ page: 1, pageSize: 20, key: '' });
  // Another quarter or station starts again at page 1.
  const key = `${period.year}-${period.quarter}-${station?.orgId ?? ''}`;
  const current = page.key === key ? page : { page: 1, pageSize: page.pageSize, key };
  const params = { ...period, orgId: station?.orgId, page: current.page, pageSize: current.pageSize };
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: unpatrolledQueryKey(params),
    queryFn: () => listUnpatrolled(params),
    placeholderData: keepPreviousData,
  });

  return (
    <Card title={station ? t('patrols.unpatrolledOf', { org: station.orgName }) : t('patrols.unpatrolled')}>
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<UnpatrolledUnit>
          rowKey="id"
          size="small"
          loading={isFetching}
          dataSource={data?.items ?? []}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('patrols.allPatrolled') }}
          pagination={{
            current: current.page,
            pageSize: current.pageSize,
            total: data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
          }}
          onChange={(next) => setPage({ page: next.current ?? 1, pageSize: next.pageSize ?? 20, key })}
          columns={[
            { title: t('units.name'), dataIndex: 'name', render: (name: string, unit) => <Link to={`/units/${unit.id}`}>{name}</Link> },
            { title: t('units.categoryAndSub'), key: 'category', width: 150, render: (_v, unit) => labels.subCategory(unit.category, unit.subCategory) },
            { title: t('units.address'), dataIndex: 'address', ellipsis: true },
            { title: t('units.station'), dataIndex: 'orgName', width: 200, ellipsis: true },
            {
              title: t('patrols.lastPatrolledOn'),
              dataIndex: 'lastPatrolledOn',
              width: 110,
              render: (date: string | null) => date ?? <Typography.Text type="danger">{t('patrols.neverPatrolled')}</Typography.Text>,
            },
            ...(canRecordPatrols(me.role)
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 100,
                    render: (_v: unknown, unit: UnpatrolledUnit) => (
                      <Button type="link" size="small" onClick={() => void navigate(`/patrols/new?unitId=${unit.id}`)}>
                        {t('patrols.record')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}
