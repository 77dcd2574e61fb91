import { useState } from 'react';
import { App, Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../shared/LoadError';
import { dataSetsQueryKey, getDataSet, listDataSets, type DataSet, type DataSetWithFields } from './api';
import { DataSetFormDrawer } from './DataSetFormDrawer';
import { TemplateModal } from './TemplateModal';

type Dialog = { kind: 'create' } | { kind: 'edit'; dataSet: DataSetWithFields } | { kind: 'template' } | null;

/** 数据集: the built-in registers and quarterly summary, and the jurisdiction's own data sets. */
export default function DataSetsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, error, isFetching, refetch } = useQuery({ queryKey: dataSetsQueryKey, queryFn: listDataSets });
  const [dialog, setDialog] = useState<Dialog>(null);
  const edit = (dataSet: DataSet) =>
    getDataSet(dataSet.id).then((full) => setDialog({ kind: 'edit', dataSet: full }), (e: Error) => void message.error(e.message));

  const columns: TableColumnsType<DataSet> = [
    { title: t('dataSets.name'), dataIndex: 'name', render: (name: string, d) => <Flex gap={4} wrap>{name}<Tag>{d.builtIn ? t('dataSets.builtIn') : t('dataSets.custom')}</Tag></Flex> },
    { title: t('dataSets.code'), dataIndex: 'code', width: 170 },
    { title: t('dataSets.periodType'), dataIndex: 'periodType', width: 90, render: (p: DataSet['periodType']) => t(`dataSets.periodTypes.${p}`) },
    { title: t('dataSets.reportingOrgKind'), dataIndex: 'reportingOrgKind', width: 100, render: (k: DataSet['reportingOrgKind']) => t(`orgKinds.${k}`) },
    { title: t('dataSets.deadlineDays'), dataIndex: 'deadlineDays', width: 150 },
    { title: t('dataSets.startsOn'), dataIndex: 'startsOn', width: 110 },
    { title: t('dataSets.endsOn'), dataIndex: 'endsOn', width: 110, render: (d: string | null) => d ?? t('common.none') },
    {
      title: t('common.actions'), key: 'actions', width: 90,
      render: (_v, d) => (d.editable ? <Button size="small" onClick={() => void edit(d)}>{t('common.edit')}</Button> : null),
    },
  ];

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('dataSets.title')}</Typography.Title>}
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
      extra={
        <Flex gap={8} wrap>
          <Button onClick={() => setDialog({ kind: 'template' })}>{t('dataSets.fromTemplate')}</Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>{t('dataSets.create')}</Button>
        </Flex>
      }
    >
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<DataSet> rowKey="id" size="middle" columns={columns} dataSource={data ?? []} loading={isFetching} pagination={false} scroll={{ x: 900 }} locale={{ emptyText: t('dataSets.empty') }} />
      )}
      {dialog?.kind === 'create' && <DataSetFormDrawer onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <DataSetFormDrawer dataSet={dialog.dataSet} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'template' && <TemplateModal onClose={() => setDialog(null)} />}
    </Card>
  );
}
