import { useState } from 'react';
import { App, Button, Flex, Form, Input, Popconfirm, Select, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { FormModal } from '../shared/FormModal';
import { LoadError } from '../shared/LoadError';
import { UnitSelect } from '../units/UnitSelect';
import { listUsers } from '../users/api';
import { createConflict, deleteConflict, listConflicts, randomInspectionKeys, type Conflict } from './api';

/** Declared conflicts of interest (回避): that inspector is never drawn for that unit. */
export function ConflictsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const { data, error, isFetching, refetch } = useQuery({ queryKey: randomInspectionKeys.conflicts(), queryFn: listConflicts });
  const [adding, setAdding] = useState(false);
  const remove = useMutation({ mutationFn: deleteConflict, onSuccess: () => queryClient.invalidateQueries({ queryKey: randomInspectionKeys.conflicts() }) });
  const manage = can(me.role, 'randomInspections.manage');

  const columns: TableColumnsType<Conflict> = [
    { title: t('randomInspections.inspector'), dataIndex: 'inspectorName' },
    { title: t('randomInspections.unit'), dataIndex: 'unitName' },
    { title: t('randomInspections.reason'), dataIndex: 'reason' },
    ...(manage ? [{
      title: t('common.actions'), key: 'actions',
      render: (_: unknown, conflict: Conflict) => (
        <Popconfirm title={t('randomInspections.removeConflictConfirm')} onConfirm={() => remove.mutateAsync(conflict.id).catch((e: Error) => void message.error(e.message))}>
          <Button size="small" danger>{t('randomInspections.removeConflict')}</Button>
        </Popconfirm>
      ),
    }] : []),
  ];

  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('randomInspections.conflictsHint')}</Typography.Text>
        {manage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('randomInspections.newConflict')}</Button>}
      </Flex>
      <Table<Conflict> rowKey="id" size="small" columns={columns} dataSource={data ?? []} loading={isFetching} pagination={false} locale={{ emptyText: t('randomInspections.conflictsEmpty') }} />
      {adding && <ConflictModal onClose={() => setAdding(false)} />}
    </Flex>
  );
}

interface ConflictValues {
  inspectorId: string;
  unitId: string;
  reason: string;
}

function ConflictModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ConflictValues>();
  const inspectors = useQuery({ queryKey: ['users', { role: 'inspector', enabled: true }], queryFn: () => listUsers({ role: 'inspector', enabled: true, page: 1, pageSize: 100 }) });
  async function submit(values: ConflictValues) {
    await createConflict(values);
    await queryClient.invalidateQueries({ queryKey: randomInspectionKeys.conflicts() });
  }
  const required = (field: string) => ({ required: true, message: t('common.requiredSelect', { field }) });
  return (
    <FormModal<ConflictValues> title={t('randomInspections.newConflict')} form={form} onSubmit={submit} onClose={onClose}>
      <Form.Item name="inspectorId" label={t('randomInspections.inspector')} rules={[required(t('randomInspections.inspector'))]}>
        <Select showSearch optionFilterProp="label" loading={inspectors.isFetching} options={(inspectors.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.orgName}）` }))} />
      </Form.Item>
      <Form.Item name="unitId" label={t('randomInspections.unit')} rules={[required(t('randomInspections.unit'))]}><UnitSelect /></Form.Item>
      <Form.Item name="reason" label={t('randomInspections.reason')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('randomInspections.reason') }) }, { max: 500 }]}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
