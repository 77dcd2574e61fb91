import { Alert, App, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal';
import { escalateRectification, type Rectification } from './api';

interface EscalateValues {
  reason: string;
}

export function EscalateModal({ rectification, onClose }: { rectification: Rectification; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EscalateValues>();
  const mutation = useMutation({
    mutationFn: (reason: string) => escalateRectification(rectification.id, reason),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['rectifications'] }),
        queryClient.invalidateQueries({ queryKey: ['units', 'history'] }),
      ]),
  });

  async function submit({ reason }: EscalateValues) {
    await mutation.mutateAsync(reason.trim());
    void message.success(t('rectifications.escalated'));
  }

  return (
    <FormModal<EscalateValues>
      title={t('rectifications.escalateTitle', { name: rectification.unitName })}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      okText={t('rectifications.escalate')}
      okDanger
    >
      <Alert type="warning" showIcon title={t('rectifications.escalateHint')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="reason"
        label={t('rectifications.escalateReason')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('rectifications.escalateReason') }) }, { max: 300 }]}
      >
        <Input.TextArea rows={3} maxLength={300} showCount />
      </Form.Item>
    </FormModal>
  );
}
