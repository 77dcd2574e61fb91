import { App, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LICENCE_VALID_YEARS, MAX_REASON_LENGTH, type LicenceType } from '../../core/licensing.js';
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
  licenceNo?: string;
}

/**
 * The grant. 新办 asks for the new licence number; 延续 and 变更 re-issue under the number on file,
 * 注销 ends it: for those the dialog only says what will happen.
 */
export function IssueModal({ application, onClose }: StepModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<IssueValues>();
  const step = useLicensingStep(application.id);
  const label = t(`licensing.grants.${application.kind}`);
  const years = LICENCE_VALID_YEARS[application.licenceType as LicenceType] ?? 4;
  return (
    <FormModal<IssueValues>
      title={`${label}：${application.applicationNo}`}
      form={form}
      onClose={onClose}
      okText={label}
      okDanger={application.kind === 'cancellation'}
      onSubmit={async ({ licenceNo }) => {
        await step.mutateAsync({ action: 'issue', body: application.kind === 'new' ? { licenceNo: licenceNo!.trim() } : {} });
        void message.success(t('licensing.stepDone', { action: label }));
      }}
    >
      {application.kind === 'new' ? (
        <Form.Item
          name="licenceNo"
          label={t('licensing.licenceNo')}
          extra={t('licensing.validFor', { years })}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('licensing.licenceNo') }) }, { max: 50 }]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
      ) : (
        <Typography.Paragraph>{t(`licensing.grantEffects.${application.kind}`, { no: application.licenceNo, years })}</Typography.Paragraph>
      )}
    </FormModal>
  );
}
