import { useState } from 'react';
import { App, Button, Flex, Form, Input, InputNumber, Popconfirm, Select, Switch, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { UNIT_CATEGORIES } from '../../core/unitCategories.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { FormModal } from '../shared/FormModal';
import { LoadError } from '../shared/LoadError';
import { useDictionaryLabels } from '../units/labels';
import { createItem, deleteItem, INSPECTION_FREQUENCIES, INSPECTION_METHODS, listItems, randomInspectionKeys, updateItem, type Item, type ItemBody } from './api';

/** 抽查事项清单: the county's own items and those of the city and province above (read-only here). */
export function ItemsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const labels = useDictionaryLabels();
  const queryClient = useQueryClient();
  const { data, error, isFetching, refetch } = useQuery({ queryKey: randomInspectionKeys.items(), queryFn: listItems });
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const remove = useMutation({ mutationFn: deleteItem, onSuccess: () => queryClient.invalidateQueries({ queryKey: randomInspectionKeys.all }) });
  const manage = can(me.role, 'randomInspections.manage');

  const columns: TableColumnsType<Item> = [
    { title: t('randomInspections.name'), dataIndex: 'name', render: (name: string, item) => <>{name} {!item.active && <Tag>{t('randomInspections.inactive')}</Tag>}</> },
    { title: t('randomInspections.legalBasis'), dataIndex: 'legalBasis', responsive: ['lg'] },
    { title: t('randomInspections.categories'), dataIndex: 'categories', render: (codes: string[]) => codes.map((c) => labels.category(c)).join('、') },
    { title: t('randomInspections.ratio'), dataIndex: 'ratio', align: 'right' },
    { title: t('randomInspections.frequency'), dataIndex: 'frequency', responsive: ['md'] },
    { title: t('randomInspections.method'), dataIndex: 'method', responsive: ['md'] },
    { title: t('randomInspections.owner'), dataIndex: 'orgName', responsive: ['lg'] },
    ...(manage ? [{
      title: t('common.actions'), key: 'actions',
      render: (_: unknown, item: Item) => item.editable && (
        <Flex gap={8}>
          <Button size="small" onClick={() => setEditing(item)}>{t('common.edit')}</Button>
          <Popconfirm title={t('randomInspections.removeItemConfirm')} onConfirm={() => remove.mutateAsync(item.id).catch((e: Error) => void message.error(e.message))}>
            <Button size="small" danger>{t('randomInspections.remove')}</Button>
          </Popconfirm>
        </Flex>
      ),
    }] : []),
  ];

  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  return (
    <Flex vertical gap={12}>
      {manage && (
        <Flex justify="flex-end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>{t('randomInspections.newItem')}</Button>
        </Flex>
      )}
      <Table<Item> rowKey="id" size="small" columns={columns} dataSource={data ?? []} loading={isFetching} pagination={false} locale={{ emptyText: t('randomInspections.itemsEmpty') }} scroll={{ x: true }} />
      {editing && <ItemModal item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} categoryOptions={UNIT_CATEGORIES.map((c) => ({ value: c.code, label: labels.category(c.code) }))} />}
    </Flex>
  );
}

function ItemModal({ item, onClose, categoryOptions }: { item: Item | null; onClose: () => void; categoryOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ItemBody>();
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  async function submit(values: ItemBody) {
    await (item ? updateItem(item.id, values) : createItem(values));
    await queryClient.invalidateQueries({ queryKey: randomInspectionKeys.all });
  }
  return (
    <FormModal<ItemBody>
      title={t(item ? 'randomInspections.editItem' : 'randomInspections.newItem')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      initialValues={item ? { ...item, frequency: item.frequency as ItemBody['frequency'], method: item.method as ItemBody['method'] } : { ratio: 5, frequency: INSPECTION_FREQUENCIES[0], method: INSPECTION_METHODS[0], active: true, categories: [] }}
    >
      <Form.Item name="name" label={t('randomInspections.name')} rules={[required(t('randomInspections.name')), { max: 200 }]}><Input maxLength={200} /></Form.Item>
      <Form.Item name="legalBasis" label={t('randomInspections.legalBasis')} rules={[required(t('randomInspections.legalBasis')), { max: 1000 }]}><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
      <Form.Item name="categories" label={t('randomInspections.categories')} rules={[required(t('randomInspections.categories'))]}><Select mode="multiple" options={categoryOptions} /></Form.Item>
      <Form.Item name="ratio" label={t('randomInspections.ratio')} rules={[required(t('randomInspections.ratio'))]}><InputNumber min={0} max={100} precision={2} step={0.5} style={{ width: 160 }} /></Form.Item>
      <Form.Item name="frequency" label={t('randomInspections.frequency')} rules={[required(t('randomInspections.frequency'))]}><Select options={INSPECTION_FREQUENCIES.map((f) => ({ value: f, label: f }))} /></Form.Item>
      <Form.Item name="method" label={t('randomInspections.method')} rules={[required(t('randomInspections.method'))]}><Select options={INSPECTION_METHODS.map((m) => ({ value: m, label: m }))} /></Form.Item>
      <Form.Item name="active" label={t('randomInspections.active')} valuePropName="checked"><Switch /></Form.Item>
    </FormModal>
  );
}
