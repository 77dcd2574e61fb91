import { useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Drawer, Form, Grid, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ORG_KINDS } from '../../core/orgs.js';
import { reportFormError } from '../api/formErrors';
import { DATE_FORMAT } from '../shared/dates';
import { createDataSet, updateDataSet, type DataSetWithFields, type PeriodType } from './api';
import { FieldRows, type FieldRow } from './FieldRows';

interface Values {
  code: string;
  name: string;
  description?: string;
  periodType: PeriodType;
  reportingOrgKind: (typeof ORG_KINDS)[number];
  deadlineDays: number;
  startsOn?: Dayjs;
  endsOn?: Dayjs | null;
  fields: FieldRow[];
}

const half = { xs: 24, sm: 12 } as const;
const toFields = (rows: FieldRow[]) =>
  rows.map((f) => ({ id: f.id, code: f.code, name: f.name, group: f.group ?? '', unit: f.unit, decimals: f.decimals ?? 0, target: f.target }));

/** Create a custom data set, or edit one: name, deadline, end date and the fields table. */
export function DataSetFormDrawer({ dataSet, onClose }: { dataSet?: DataSetWithFields; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const editing = dataSet !== undefined;
  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const endsOn = v.endsOn ? v.endsOn.format(DATE_FORMAT) : null;
      return dataSet
        ? updateDataSet(dataSet.id, { name: v.name, description: v.description ?? '', deadlineDays: v.deadlineDays, endsOn, fields: toFields(v.fields) })
        : createDataSet({ ...v, description: v.description ?? '', startsOn: v.startsOn?.format(DATE_FORMAT), endsOn, fields: toFields(v.fields) });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dataSets'] }),
  });

  async function submit(values: Values) {
    setFormError(null);
    try {
      await mutation.mutateAsync(values);
      void message.success(editing ? t('dataSets.updated') : t('dataSets.created'));
      onClose();
    } catch (error) {
      reportFormError(form, error, setFormError);
    }
  }

  const label = (key: 'code' | 'name' | 'deadlineDays') => t(`dataSets.${key}`);
  const required = (key: 'code' | 'name' | 'deadlineDays') => [{ required: true, message: t('common.required', { field: label(key) }) }];
  const initialValues: Partial<Values> = dataSet
    ? {
      code: dataSet.code, name: dataSet.name, description: dataSet.description, periodType: dataSet.periodType, reportingOrgKind: dataSet.reportingOrgKind,
      deadlineDays: dataSet.deadlineDays, endsOn: dataSet.endsOn ? dayjs(dataSet.endsOn) : null, fields: dataSet.fields,
    }
    : { periodType: 'month', reportingOrgKind: 'station', deadlineDays: 10, fields: [{ code: '', name: '', group: '', unit: '', decimals: 0, target: { kind: 'none', min: null, max: null } }] };

  return (
    <Drawer
      open
      width={screens.md ? 960 : '100%'}
      title={editing ? t('dataSets.editTitle', { name: dataSet.name }) : t('dataSets.createTitle')}
      onClose={onClose}
      extra={<Button type="primary" loading={mutation.isPending} onClick={() => form.submit()}>{t('common.save')}</Button>}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void submit(v)}>
        {formError && <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} />}
        <Row gutter={16}>
          <Col {...half}><Form.Item name="code" label={label('code')} extra={t('dataSets.codeHint')} rules={required('code')}><Input disabled={editing} maxLength={40} /></Form.Item></Col>
          <Col {...half}><Form.Item name="name" label={label('name')} rules={required('name')}><Input maxLength={100} /></Form.Item></Col>
          <Col xs={24}><Form.Item name="description" label={t('dataSets.description')}><Input.TextArea rows={2} maxLength={500} /></Form.Item></Col>
          <Col {...half}>
            <Form.Item name="periodType" label={t('dataSets.periodType')}>
              <Select disabled={editing} options={(['month', 'quarter'] as const).map((p) => ({ value: p, label: t(`dataSets.periodTypes.${p}`) }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="reportingOrgKind" label={t('dataSets.reportingOrgKind')}>
              <Select disabled={editing} options={ORG_KINDS.map((k) => ({ value: k, label: t(`orgKinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col {...half}><Form.Item name="deadlineDays" label={label('deadlineDays')} rules={required('deadlineDays')}><InputNumber min={0} max={366} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
          {!editing && <Col {...half}><Form.Item name="startsOn" label={t('dataSets.startsOn')}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>}
          <Col {...half}><Form.Item name="endsOn" label={t('dataSets.endsOn')}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Form.Item label={t('dataSets.fields')} required>
          <FieldRows />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
