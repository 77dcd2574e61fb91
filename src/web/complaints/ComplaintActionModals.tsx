import { App, Form, Input, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/CurrentUser';
import { FormModal } from '../shared/FormModal';
import { assignComplaint, inspectorsQueryKey, listInspectors, replyComplaint, type Complaint } from './api';
import { useComplaintAction } from './useComplaintAction';

interface ModalProps {
  complaint: Complaint;
  onClose: () => void;
}

/** Choose the inspector who handles it: the enabled inspectors in the user's scope. */
export function AssignComplaintModal({ complaint, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<{ assigneeId: string }>();
  const { data: inspectors = [], isPending } = useQuery({ queryKey: inspectorsQueryKey, queryFn: listInspectors });
  const mutation = useComplaintAction((id: string, assigneeId: string) => assignComplaint(id, assigneeId));

  async function submit({ assigneeId }: { assigneeId: string }) {
    await mutation.mutateAsync({ key: complaint.id, arg: assigneeId });
    void message.success(t('complaints.assignedDone'));
  }

  return (
    <FormModal<{ assigneeId: string }>
      title={t('complaints.assignTitle', { code: complaint.trackingCode })}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      okText={t('complaints.actions.assign')}
    >
      <Form.Item
        name="assigneeId"
        label={t('complaints.assignee')}
        rules={[{ required: true, message: t('common.requiredSelect', { field: t('complaints.assignee') }) }]}
      >
        <Select
          loading={isPending}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('complaints.assigneePlaceholder')}
          options={inspectors.map((user) => ({
            value: user.id,
            label: user.id === me.id ? t('complaints.assigneeSelf', { name: user.displayName }) : t('complaints.assigneeOption', { name: user.displayName, org: user.orgName }),
          }))}
        />
      </Form.Item>
    </FormModal>
  );
}

/** The answer the public reads with the tracking code. */
export function ReplyComplaintModal({ complaint, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reply: string }>();
  const mutation = useComplaintAction((id: string, reply: string) => replyComplaint(id, reply));

  async function submit({ reply }: { reply: string }) {
    await mutation.mutateAsync({ key: complaint.id, arg: reply.trim() });
    void message.success(t('complaints.repliedDone'));
  }

  return (
    <FormModal<{ reply: string }>
      title={t('complaints.replyTitle', { code: complaint.trackingCode })}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      okText={t('complaints.actions.reply')}
    >
      <Form.Item
        name="reply"
        label={t('complaints.reply')}
        extra={t('complaints.replyHint')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('complaints.reply') }) }, { max: 2000 }]}
      >
        <Input.TextArea rows={5} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
