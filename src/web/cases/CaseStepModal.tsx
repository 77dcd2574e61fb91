import { App, Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CASE_ACTIONS, DISCRETION_LEVELS, PENALTY_TYPES, type CaseAction, type DiscretionLevel, type PenaltyType } from '../../core/cases.js';
import { FormModal } from '../shared/FormModal';
import { DATE_FORMAT, toDateString, todayInShanghai } from '../shared/dates';
import { takeCaseStep, type Case } from './api';

interface StepValues {
  date: Dayjs;
  penaltyTypes?: PenaltyType[];
  fineAmount?: number;
  confiscationAmount?: number;
  violationBasis?: string;
  penaltyBasis?: string;
  discretion?: DiscretionLevel;
  amountPaid?: number;
  summary?: string;
  reason?: string;
}

/** The latest date the case already has: a step cannot be dated before it. */
const latestDate = (c: Case) => [c.filedOn, c.investigatedOn, c.decidedOn, c.executedOn].filter((d): d is string => d !== null).sort().at(-1)!;

/** One step of a case with the fields that step records: the date always, the decision, the payment, the summary or the reason. */
export function CaseStepModal({ kase, action, onClose }: { kase: Case; action: CaseAction; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<StepValues>();
  const types = Form.useWatch('penaltyTypes', form) ?? [];
  const label = t(`cases.actions.${action}`);
  const step = useMutation({
    mutationFn: (body: Record<string, string | number | string[] | undefined>) => takeCaseStep(kase.id, action, body),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['cases'] }), queryClient.invalidateQueries({ queryKey: ['inspections'] })]),
  });
  const earliest = latestDate(kase);
  const today = todayInShanghai();
  const required = (field: 'cases.violationBasis' | 'cases.penaltyBasis' | 'cases.summary' | 'cases.reason') => ({ required: true, whitespace: true, message: t('common.required', { field: t(field) }) });

  async function submit({ date, ...values }: StepValues) {
    const fields = action === 'decide'
      ? {
          penaltyTypes: values.penaltyTypes ?? [],
          fineAmount: types.includes('fine') ? values.fineAmount : undefined,
          confiscationAmount: types.includes('confiscation') ? values.confiscationAmount : undefined,
          violationBasis: values.violationBasis?.trim(), penaltyBasis: values.penaltyBasis?.trim(), discretion: values.discretion,
        }
      : { amountPaid: values.amountPaid, summary: values.summary?.trim(), reason: values.reason?.trim() };
    await step.mutateAsync({ [CASE_ACTIONS[action].dateField]: toDateString(date), ...fields });
    void message.success(t('cases.stepDone', { action: label }));
  }

  return (
    <FormModal<StepValues>
      title={t('cases.stepTitle', { action: label, no: kase.caseNo })}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      okText={label}
      okDanger={action === 'dismiss'}
      initialValues={{ date: today, penaltyTypes: [], amountPaid: action === 'execute' ? (kase.fineAmount ?? 0) + (kase.confiscationAmount ?? 0) : undefined }}
    >
      <Form.Item name="date" label={t(`cases.${CASE_ACTIONS[action].dateField}`)} rules={[{ required: true }]}>
        <DatePicker
          format={DATE_FORMAT}
          disabledDate={(d) => d.isAfter(today, 'day') || toDateString(d) < earliest}
          allowClear={false}
          inputReadOnly
          style={{ width: '100%' }}
        />
      </Form.Item>
      {action === 'decide' && (
        <>
          <Form.Item name="penaltyTypes" label={t('cases.penaltyTypes')} rules={[{ type: 'array', min: 1, required: true, message: t('common.requiredSelect', { field: t('cases.penaltyTypes') }) }]}>
            <Checkbox.Group options={PENALTY_TYPES.map((p) => ({ value: p, label: t(`cases.penalties.${p}`) }))} />
          </Form.Item>
          {types.includes('fine') && (
            <Form.Item name="fineAmount" label={t('cases.fineAmount')} rules={[{ required: true, message: t('common.required', { field: t('cases.fineAmount') }) }]}>
              <InputNumber min={0.01} precision={2} style={{ width: '100%' }} aria-label={t('cases.fineAmount')} />
            </Form.Item>
          )}
          {types.includes('confiscation') && (
            <Form.Item name="confiscationAmount" label={t('cases.confiscationAmount')} rules={[{ required: true, message: t('common.required', { field: t('cases.confiscationAmount') }) }]}>
              <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          )}
          <Form.Item name="violationBasis" label={t('cases.violationBasis')} rules={[required('cases.violationBasis'), { max: 1000 }]}>
            <Input.TextArea rows={2} maxLength={1000} aria-label={t('cases.violationBasis')} />
          </Form.Item>
          <Form.Item name="penaltyBasis" label={t('cases.penaltyBasis')} rules={[required('cases.penaltyBasis'), { max: 1000 }]}>
            <Input.TextArea rows={2} maxLength={1000} aria-label={t('cases.penaltyBasis')} />
          </Form.Item>
          <Form.Item name="discretion" label={t('cases.discretion')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('cases.discretion') }) }]}>
            <Select aria-label={t('cases.discretion')} options={DISCRETION_LEVELS.map((d) => ({ value: d, label: t(`cases.discretions.${d}`) }))} />
          </Form.Item>
        </>
      )}
      {action === 'execute' && (
        <Form.Item name="amountPaid" label={t('cases.amountPaid')} rules={[{ required: true }]}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} aria-label={t('cases.amountPaid')} />
        </Form.Item>
      )}
      {action === 'close' && (
        <Form.Item name="summary" label={t('cases.summary')} rules={[required('cases.summary'), { max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} aria-label={t('cases.summary')} />
        </Form.Item>
      )}
      {action === 'dismiss' && (
        <Form.Item name="reason" label={t('cases.reason')} rules={[required('cases.reason'), { max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} aria-label={t('cases.reason')} />
        </Form.Item>
      )}
    </FormModal>
  );
}
