import { App, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_REASON_LENGTH, PUBLIC_PLACE_LICENCE_YEARS } from '../../core/licensing.js';
import { FormModal } from '../shared/FormModal';
import type { LicenceApplication } from './api';
import { useLicensingStep } from './useLicensingStep';

interface StepModalProps {
  application: LicenceApplication;
  onClose: () => void;
}

/** 不予许可: the decision must give its reason. */
export function RefuseModal({ application, onClose }: StepModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const step = useLicensingStep(application.id);
  const label = t('licensing.actions.refuse');
  return (
    <FormModal<{ reason: string }>
      title={t('licensing.refuseTitle', { no: application.applicationNo })}
      form={form}
      onClose={onClose}
      okText={label}
      okDanger
      onSubmit={async ({ reason }) => {
        await step.mutateAsync({ action: 'refuse', body: { reason: reason.trim() } });
        void message.success(t('licensing.stepDone', { action: label }));
      }}
    >
      <Form.Item
        name="reason"
        label={t('licensing.reason')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('licensing.reason') }) }, { max: MAX_REASON_LENGTH }]}
      >
        <Input.TextArea rows={4} maxLength={MAX_REASON_LENGTH} showCount placeholder={t('licensing.reasonPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}

interface IssueValues {
  licenceNo: string;
  validYears: number;
}

/** 批准并发证: the licence number and how many years it runs (four for a 公共场所卫生许可证). */
export function IssueModal({ application, onClose }: StepModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<IssueValues>();
  const step = useLicensingStep(application.id);
  const label = t('licensing.actions.issue');
  return (
    <FormModal<IssueValues>
      title={t('licensing.issueTitle', { no: application.applicationNo })}
      form={form}
      onClose={onClose}
      okText={label}
      initialValues={{ validYears: PUBLIC_PLACE_LICENCE_YEARS }}
      onSubmit={async ({ licenceNo, validYears }) => {
        await step.mutateAsync({ action: 'issue', body: { licenceNo: licenceNo.trim(), validYears } });
        void message.success(t('licensing.stepDone', { action: label }));
      }}
    >
      <Form.Item
        name="licenceNo"
        label={t('licensing.licenceNo')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('licensing.licenceNo') }) }, { max: 50 }]}
      >
        <Input maxLength={50} autoComplete="off" />
      </Form.Item>
      <Form.Item name="validYears" label={t('licensing.validYears')} rules={[{ required: true, message: t('common.required', { field: t('licensing.validYears') }) }]}>
        <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
