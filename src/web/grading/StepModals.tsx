import { App, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_GRADING_TEXT } from '../../core/gradingWorkflow.js';
import { FormModal } from '../shared/FormModal';
import type { Grading, GradingSetup, GradingStep } from './api';
import { ScoreSheetFields, toScoreSheet, type ScoreValues } from './ScoreSheetFields';
import { useGradingStep } from './useGradingStep';

export type TextAction = 'reply' | 'appeal' | 'request-regrade';
const FIELD: Record<TextAction, 'reply' | 'grounds' | 'reason'> = { reply: 'reply', appeal: 'grounds', 'request-regrade': 'reason' };

interface StepModalProps {
  grading: Grading;
  onClose: () => void;
}

/** The steps that take one text: the unit's reply, its appeal grounds, its re-grading request. */
export function TextStepModal({ grading, action, onClose }: StepModalProps & { action: TextAction }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const step = useGradingStep();
  const field = FIELD[action];
  const label = t(`grading.fields.${field}`);
  return (
    <FormModal<{ text: string }>
      title={`${t(`grading.actions.${action}`)}：${grading.unitName}`}
      form={form}
      onClose={onClose}
      okText={t(`grading.actions.${action}`)}
      initialValues={{ text: action === 'reply' ? (grading.reply ?? '') : '' }}
      onSubmit={async ({ text }) => {
        await step.mutateAsync({ key: grading.id, arg: { action, body: { [field]: text.trim() } } as GradingStep });
        void message.success(t('grading.stepDone', { action: t(`grading.actions.${action}`) }));
      }}
    >
      <Form.Item name="text" label={label} extra={t(`grading.hints.${field}`)} rules={[{ required: true, whitespace: true, message: t('common.required', { field: label }) }, { max: MAX_GRADING_TEXT }]}>
        <Input.TextArea rows={4} maxLength={MAX_GRADING_TEXT} showCount />
      </Form.Item>
    </FormModal>
  );
}

interface DecideValues extends ScoreValues {
  decision: 'upheld' | 'dismissed';
  note: string;
}

/** 复核申诉: dismissed, or upheld with a new score sheet starting from the original scores. */
export function DecideAppealModal({ grading, setup, onClose }: StepModalProps & { setup: GradingSetup }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecideValues>();
  const decision = Form.useWatch('decision', form);
  const step = useGradingStep();
  const checklist = setup.checklists.find((c) => c.category === grading.category)!;
  const scores = Object.fromEntries(Object.entries(grading.scoreSheet).map(([code, points]) => [code, points]));
  const na = Object.fromEntries(Object.entries(grading.scoreSheet).map(([code, points]) => [code, points === null]));
  const label = t('grading.actions.decide-appeal');
  return (
    <FormModal<DecideValues>
      title={`${label}：${grading.unitName}`}
      form={form}
      onClose={onClose}
      okText={label}
      initialValues={{ decision: 'dismissed', scores, na }}
      onSubmit={async (values) => {
        const body = { decision: values.decision, note: values.note.trim(), ...(values.decision === 'upheld' ? { scoreSheet: toScoreSheet(checklist, values) } : {}) };
        await step.mutateAsync({ key: grading.id, arg: { action: 'decide-appeal', body } });
        void message.success(t('grading.stepDone', { action: label }));
      }}
    >
      <Form.Item name="decision" label={t('grading.fields.decision')}>
        <Radio.Group options={[{ value: 'dismissed', label: t('grading.appealStatuses.dismissed') }, { value: 'upheld', label: t('grading.appealStatuses.upheld') }]} />
      </Form.Item>
      <Form.Item name="note" label={t('grading.fields.note')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('grading.fields.note') }) }, { max: MAX_GRADING_TEXT }]}>
        <Input.TextArea rows={3} maxLength={MAX_GRADING_TEXT} showCount />
      </Form.Item>
      {decision === 'upheld' && <ScoreSheetFields checklist={checklist} setup={setup} form={form} />}
    </FormModal>
  );
}
