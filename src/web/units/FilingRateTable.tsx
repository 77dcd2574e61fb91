import { Flex, Progress, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { filingRate, formatRate, type Rate } from '../../core/indicators.js';
import { LoadError } from '../shared/LoadError';
import { filingRateQueryKey, getFilingRates, type FilingRateRow } from './api';

/** A rate as text with a bar; the bar is capped at 100% for drawing only, the text is not. */
export function RateCell({ rate }: { rate: Rate }) {
  return (
    <Flex align="center" gap={8}>
      <Progress
        percent={rate.value === null ? 0 : Math.min(rate.value, 100)}
        showInfo={false}
        size="small"
        status={rate.value !== null && rate.value >= 100 ? 'success' : 'normal'}
        style={{ width: 80, margin: 0 }}
      />
      <Typography.Text strong>{formatRate(rate)}</Typography.Text>
    </Flex>
  );
}

/** 建档率 per station, with the total over the stations the user sees. */
export function FilingRateTable() {
  const { t } = useTranslation();
  const { data = [], error, isFetching, refetch } = useQuery({ queryKey: filingRateQueryKey, queryFn: getFilingRates });
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const known = data.reduce((sum, row) => sum + row.unitsKnown, 0);
  const complete = data.reduce((sum, row) => sum + row.unitsWithCompleteFile, 0);

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('units.filingRateHint')}</Typography.Text>
      <Table<FilingRateRow>
        rowKey="orgId"
        size="small"
        loading={isFetching}
        dataSource={data}
        pagination={false}
        scroll={{ x: 520 }}
        columns={[
          { title: t('units.station'), dataIndex: 'orgName' },
          { title: t('units.unitsKnown'), dataIndex: 'unitsKnown', width: 90, align: 'right' },
          { title: t('units.unitsWithCompleteFile'), dataIndex: 'unitsWithCompleteFile', width: 100, align: 'right' },
          { title: t('units.filingRate'), key: 'rate', width: 190, render: (_value, row) => <RateCell rate={row.rate} /> },
        ]}
        summary={() =>
          data.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('units.filingTotal')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {known}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {complete}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3}>
                <RateCell rate={filingRate({ unitsWithCompleteFile: complete, unitsKnown: known })} />
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Flex>
  );
}
