import { DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal';
import { DATE_FORMAT, isAfterToday, toDateString, todayInShanghai } from '../shared/dates';
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
  deadline?: Dayjs;
  summary?: string;
}

/** The result is also recorded as the inspectors' 监督检查; 责令整改 opens an order with its deadline. */
export function ResultModal({ planId, task, onClose }: { planId: string; task: Task; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ResultValues>();
  const ordersRectification = Form.useWatch('result', form) === 'rectification';
  async function submit(values: ResultValues) {
    await recordResult(planId, task.id, {
      result: values.result, resultOn: toDateString(values.resultOn), summary: values.summary?.trim() || undefined,
      deadline: values.result === 'rectification' && values.deadline ? toDateString(values.deadline) : undefined,
    });
    await queryClient.invalidateQueries({ queryKey: randomInspectionKeys.all });
    await queryClient.invalidateQueries({ queryKey: ['inspections'] });
  }
  return (
    <FormModal<ResultValues>
      title={t('randomInspections.recordTitle', { unit: task.unitName })}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      initialValues={{
        result: task.result ?? 'no_problem', resultOn: task.resultOn ? dayjs(task.resultOn) : todayInShanghai(),
        deadline: task.deadline ? dayjs(task.deadline) : undefined, summary: task.summary ?? undefined,
      }}
    >
      <Typography.Paragraph type="secondary">{t('randomInspections.recordHint')}</Typography.Paragraph>
      <Form.Item name="result" label={t('randomInspections.result')} rules={[{ required: true }]}>
        <Select aria-label={t('randomInspections.result')} options={TASK_RESULTS.map((r) => ({ value: r, label: t(`randomInspections.results.${r}`) }))} />
      </Form.Item>
      <Form.Item name="resultOn" label={t('randomInspections.resultOn')} rules={[{ required: true }]}>
        <DatePicker format={DATE_FORMAT} disabledDate={isAfterToday} allowClear={false} inputReadOnly style={{ width: '100%' }} />
      </Form.Item>
      {ordersRectification && (
        <Form.Item name="deadline" label={t('randomInspections.deadline')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('randomInspections.deadline') }) }]}>
          <DatePicker format={DATE_FORMAT} inputReadOnly style={{ width: '100%' }} aria-label={t('randomInspections.deadline')} />
        </Form.Item>
      )}
      <Form.Item name="summary" label={t('randomInspections.summary')} rules={[{ max: 1000 }]}><Input.TextArea rows={3} maxLength={1000} /></Form.Item>
    </FormModal>
  );
}
