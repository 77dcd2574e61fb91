import { Alert, App, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal';
import { passwordRules } from '../shared/passwordRules';
import { resetUserPassword, type User } from './api';

interface ResetPasswordValues {
  password: string;
}

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ResetPasswordValues>();
  const mutation = useMutation({
    mutationFn: (password: string) => resetUserPassword(user.id, password),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });

  async function submit({ password }: ResetPasswordValues) {
    await mutation.mutateAsync(password);
    void message.success(t('users.resetDone'));
  }

  return (
    <FormModal<ResetPasswordValues>
      title={t('users.resetPasswordTitle', { name: user.displayName })}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      okText={t('users.resetPassword')}
    >
      <Alert type="info" showIcon title={t('users.resetPasswordHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="password" label={t('auth.newPassword')} rules={passwordRules(t)}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
