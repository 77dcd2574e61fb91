import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal';
import { toDateString, todayInShanghai } from '../shared/dates';
import { cancelPlan, randomInspectionKeys, recordResult, TASK_RESULTS, type Task, type TaskResult } from './api';

/** Cancelling before the draw needs a reason; after a commitment the seed is then published too. */
export function CancelPlanModal({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  async function submit(values: { reason: string }) {
    await cancelPlan(planId, values.reason);
    await queryClient.invalidateQueries({ queryKey: randomInspectionKeys.all });
  }
  return (
    <FormModal<{ reason: string }> title={t('randomInspections.steps.cancel')} form={form} onSubmit={submit} onClose={onClose} okDanger okText={t('randomInspections.steps.cancel')}>
      <Form.Item name="reason" label={t('randomInspections.cancelReason')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('randomInspections.cancelReason') }) }, { max: 500 }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

interface ResultValues {
  result: TaskResult;
  resultOn: Dayjs;
  summary?: string;
}

export function ResultModal({ planId, task, onClose }: { planId: string; task: Task; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ResultValues>();
  async function submit(values: ResultValues) {
    await recordResult(planId, task.id, { result: values.result, resultOn: toDateString(values.resultOn), summary: values.summary?.trim() || undefined });
    await queryClient.invalidateQueries({ queryKey: randomInspectionKeys.all });
  }
  return (
    <FormModal<ResultValues>
      title={t('randomInspections.recordTitle', { unit: task.unitName })}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      initialValues={{ result: task.result ?? 'no_problem', resultOn: todayInShanghai(), summary: task.summary ?? undefined }}
    >
      <Form.Item name="result" label={t('randomInspections.result')} rules={[{ required: true }]}>
        <Select options={TASK_RESULTS.map((r) => ({ value: r, label: t(`randomInspections.results.${r}`) }))} />
      </Form.Item>
      <Form.Item name="resultOn" label={t('randomInspections.resultOn')} rules={[{ required: true }]}><DatePicker /></Form.Item>
      <Form.Item name="summary" label={t('randomInspections.summary')} rules={[{ max: 1000 }]}><Input.TextArea rows={3} maxLength={1000} /></Form.Item>
    </FormModal>
  );
}
