import { useState } from 'react';
import { App, Breadcrumb, Button, DatePicker, Flex, Select } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dataSetsQueryKey, listDataSets, type DataSet } from '../dataSets/api';
import { FullPageSpin } from '../shared/FullPageSpin';
import { LoadError } from '../shared/LoadError';
import { todayInShanghai } from '../shared/dates';
import { downloadSummary, getGrid, gridQueryKey, type GridFilter } from './api';
import { keyOfPicked, latestEndedKey, pickedOfKey } from './periods';
import { SubmissionGridTable } from './SubmissionGridTable';
import { SummaryCard } from './SummaryCard';

const FILTERS: readonly GridFilter[] = ['missing', 'submitted', 'accepted', 'returned', 'late'];

/** Reviewers: a data set and period (the latest ended by default), the counts up the tree, and the grid of orgs. */
export function ReviewPanel() {
  const { t } = useTranslation();
  const dataSets = useQuery({ queryKey: dataSetsQueryKey, queryFn: listDataSets });
  const [chosen, setChosen] = useState<{ dataSet: DataSet; period: string } | null>(null);
  const current = chosen ?? (dataSets.data?.[0] ? { dataSet: dataSets.data[0], period: latestEndedKey(dataSets.data[0].periodType) } : null);
  if (dataSets.error) return <LoadError error={dataSets.error} onRetry={() => void dataSets.refetch()} />;
  if (!current) return <FullPageSpin />;

  const { dataSet, period } = current;
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        <Select
          style={{ minWidth: 240, flex: '1 1 240px', maxWidth: 420 }}
          value={dataSet.id}
          aria-label={t('submissions.chooseDataSet')}
          options={dataSets.data?.map((d) => ({ value: d.id, label: d.name }))}
          onChange={(id: string) => {
            const next = dataSets.data!.find((d) => d.id === id)!;
            setChosen({ dataSet: next, period: latestEndedKey(next.periodType) });
          }}
        />
        <DatePicker
          picker={dataSet.periodType}
          value={pickedOfKey(period)}
          allowClear={false}
          aria-label={t('submissions.period')}
          disabledDate={(day) => day.isAfter(todayInShanghai(), 'month')}
          onChange={(value) => value && setChosen({ dataSet, period: keyOfPicked(value, dataSet.periodType) })}
        />
      </Flex>
      <AreaView key={`${dataSet.id}/${period}`} dataSetId={dataSet.id} period={period} />
    </Flex>
  );
}

function AreaView({ dataSetId, period }: { dataSetId: string; period: string }) {
  const { t } = useTranslation();
  const [areas, setAreas] = useState<{ code: string; name: string }[]>([]);
  const [state, setState] = useState<GridFilter | undefined>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const area = areas[areas.length - 1]?.code;
  const params = { dataSetId, period, area, state, ...page };
  const grid = useQuery({ queryKey: gridQueryKey(params), queryFn: () => getGrid(params), placeholderData: keepPreviousData });
  const { message } = App.useApp();
  const exportFile = useMutation({
    mutationFn: () => downloadSummary({ dataSetId, period, area }, t('submissions.exportFileName')),
    onError: (error) => void message.error(error.message),
  });

  return (
    <Flex vertical gap={16}>
      {areas.length > 0 && (
        <Breadcrumb
          items={[
            { title: <a onClick={() => setAreas([])}>{t('submissions.backToArea')}</a> },
            ...areas.map((a, i) => ({ title: <a onClick={() => setAreas(areas.slice(0, i + 1))}>{a.name}</a> })),
          ]}
        />
      )}
      <SummaryCard dataSetId={dataSetId} period={period} area={area} onDrillDown={(node) => { setAreas([...areas, { code: node.code, name: node.name }]); setPage({ ...page, page: 1 }); }} />
      <Flex gap={8} wrap justify="space-between">
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('submissions.filter')}
          value={state}
          options={FILTERS.map((f) => ({ value: f, label: t(`submissions.filters.${f}`) }))}
          onChange={(value?: GridFilter) => { setState(value); setPage({ ...page, page: 1 }); }}
        />
        <Button icon={<DownloadOutlined />} loading={exportFile.isPending} onClick={() => exportFile.mutate()}>{t('submissions.export')}</Button>
      </Flex>
      {grid.error ? (
        <LoadError error={grid.error} onRetry={() => void grid.refetch()} />
      ) : (
        <SubmissionGridTable
          grid={grid.data}
          loading={grid.isFetching}
          pagination={{ current: page.page, pageSize: page.pageSize, total: grid.data?.total ?? 0, showSizeChanger: true }}
          onPageChange={(next, pageSize) => setPage({ page: next, pageSize })}
        />
      )}
    </Flex>
  );
}
