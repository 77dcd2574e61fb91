import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal';
import type { ReviewAction } from '../api';

interface CommentValues {
  comment?: string;
}

interface CommentModalProps {
  action: ReviewAction;
  title: string;
  onConfirm: (comment: string | undefined) => Promise<unknown>;
  onClose: () => void;
}

/** Return and reopen need a comment the station will read; accepting takes an optional one. */
export function CommentModal({ action, title, onConfirm, onClose }: CommentModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CommentValues>();
  const required = action !== 'accept';
  const label = t('submissions.commentLabel');

  async function submit(values: CommentValues) {
    await onConfirm(values.comment?.trim() || undefined);
    void message.success(t('submissions.done', { action: t(`submissions.actions.${action}`) }));
  }

  return (
    <FormModal<CommentValues> title={title} form={form} onSubmit={submit} onClose={onClose} okText={t(`submissions.actions.${action}`)} okDanger={action !== 'accept'}>
      {action === 'accept' && <p>{t('submissions.acceptConfirm')}</p>}
      <Form.Item name="comment" label={label} rules={[{ required, whitespace: true, message: t('common.required', { field: label }) }, { max: 500 }]}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={required ? t('submissions.commentPlaceholder') : undefined} />
      </Form.Item>
    </FormModal>
  );
}
