import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { INSPECTION_RESULTS, INSPECTION_SOURCES, REINSPECTION_RESULTS, type InspectionResult, type InspectionSource } from '../../core/inspections.js';
import { FormModal } from '../shared/FormModal';
import { DATE_FORMAT, isAfterToday, toDateString, todayInShanghai } from '../shared/dates';
import { UnitSelect } from '../units/UnitSelect';
import { createInspection, type Inspection } from './api';
import { OfficerSelect } from './OfficerSelect';

interface InspectionValues {
  unitId: string;
  inspectedOn: Dayjs;
  inspectorIds: string[];
  source: InspectionSource;
  findings?: string;
  result: InspectionResult;
  deadline?: Dayjs;
}

/** Records an inspection; given an order, a re-inspection of its unit whose result closes, extends or files it. */
export function InspectionModal({ order, onClose }: { order?: Inspection; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<InspectionValues>();
  const result = Form.useWatch('result', form);
  const mutation = useMutation({
    mutationFn: createInspection,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['inspections'] }), queryClient.invalidateQueries({ queryKey: ['cases'] })]),
  });
  const results = order ? REINSPECTION_RESULTS : INSPECTION_RESULTS;

  async function submit(values: InspectionValues) {
    await mutation.mutateAsync({
      unitId: order?.unitId ?? values.unitId,
      inspectedOn: toDateString(values.inspectedOn),
      inspectorIds: values.inspectorIds,
      source: order ? 'rectification' : values.source,
      findings: values.findings?.trim() ?? '',
      result: values.result,
      ...(values.result === 'rectify' && values.deadline ? { deadline: toDateString(values.deadline) } : {}),
      ...(order ? { followUpOf: order.id } : {}),
    });
    void message.success(t('cases.recorded'));
  }

  return (
    <FormModal<InspectionValues>
      title={order ? t('cases.reinspectTitle', { name: order.unitName }) : t('cases.recordTitle')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      initialValues={{ inspectedOn: todayInShanghai(), source: 'routine', result: 'compliant', inspectorIds: order?.inspectors.map((i) => i.id) ?? [] }}
    >
      {!order && (
        <Form.Item name="unitId" label={t('cases.unit')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('cases.unit') }) }]}>
          <UnitSelect aria-label={t('cases.unit')} />
        </Form.Item>
      )}
      <Form.Item name="inspectedOn" label={t('cases.inspectedOn')} rules={[{ required: true }]}>
        <DatePicker format={DATE_FORMAT} disabledDate={isAfterToday} allowClear={false} inputReadOnly style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="inspectorIds" label={t('cases.inspectors')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('cases.inspectors') }) }]}>
        <OfficerSelect aria-label={t('cases.inspectors')} />
      </Form.Item>
      {!order && (
        <Form.Item name="source" label={t('cases.source')} rules={[{ required: true }]}>
          <Select options={INSPECTION_SOURCES.map((s) => ({ value: s, label: t(`cases.sources.${s}`) }))} />
        </Form.Item>
      )}
      <Form.Item name="findings" label={t('cases.findings')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="result" label={t('cases.result')} rules={[{ required: true }]}>
        <Select
          aria-label={t('cases.result')}
          options={results.map((r) => ({ value: r, label: order ? t(`cases.reinspectResults.${r as (typeof REINSPECTION_RESULTS)[number]}`) : t(`cases.results.${r}`) }))}
        />
      </Form.Item>
      {result === 'rectify' && (
        <Form.Item name="deadline" label={t('cases.deadline')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('cases.deadline') }) }]}>
          <DatePicker format={DATE_FORMAT} inputReadOnly style={{ width: '100%' }} />
        </Form.Item>
      )}
    </FormModal>
  );
}
