import { Alert, App, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { changePassword, meQueryKey, type Me } from './api';
import { FormModal } from '../shared/FormModal';
import { passwordRules } from '../shared/passwordRules';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

interface ChangePasswordModalProps {
  /** The user must change the password before going on: the dialog cannot be dismissed. */
  forced: boolean;
  onClose: () => void;
}

export function ChangePasswordModal({ forced, onClose }: ChangePasswordModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ChangePasswordValues>();
  const mutation = useMutation({ mutationFn: changePassword });

  async function submit({ currentPassword, newPassword }: ChangePasswordValues) {
    await mutation.mutateAsync({ currentPassword, newPassword });
    queryClient.setQueryData<Me | null>(meQueryKey, (me) => (me ? { ...me, mustChangePassword: false } : me));
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
    void message.success(t('auth.passwordChanged'));
  }

  return (
    <FormModal<ChangePasswordValues>
      title={forced ? t('auth.mustChangeTitle') : t('auth.changePassword')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      closable={!forced}
    >
      {forced && <Alert type="warning" showIcon title={t('auth.mustChangeHint')} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="currentPassword"
        label={t('auth.currentPassword')}
        rules={[{ required: true, message: t('common.required', { field: t('auth.currentPassword') }) }]}
      >
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item name="newPassword" label={t('auth.newPassword')} rules={passwordRules(t)} hasFeedback>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        hasFeedback
        rules={[
          { required: true, message: t('common.required', { field: t('auth.confirmPassword') }) },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || getFieldValue('newPassword') === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('auth.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
