import { App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal';
import { DATE_FORMAT, notAfterDayOrFuture, toDateString, todayInShanghai } from '../shared/dates';
import { closeOrg, type Org } from './api';
import { useOrgMutation } from './useOrgMutation';

interface CloseOrgValues {
  date: Dayjs;
  reason: string;
}

export function OrgCloseModal({ org, onClose }: { org: Org; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<CloseOrgValues>();
  const mutation = useOrgMutation(closeOrg);

  /** antd's confirm resolves to true (OK) or false (cancel). */
  async function confirm(values: CloseOrgValues): Promise<boolean> {
    const confirmed: boolean = await modal.confirm({
      title: t('orgs.closeConfirmTitle'),
      content: t('orgs.closeConfirm', { name: org.name, date: toDateString(values.date) }),
      okText: t('orgs.close'),
      okButtonProps: { danger: true },
    });
    return confirmed;
  }

  async function submit(values: CloseOrgValues) {
    await mutation.mutateAsync({ id: org.id, body: { date: toDateString(values.date), reason: values.reason.trim() } });
    void message.success(t('orgs.closed'));
  }

  return (
    <FormModal<CloseOrgValues>
      title={t('orgs.closeTitle', { name: org.name })}
      form={form}
      onSubmit={submit}
      confirm={confirm}
      onClose={onClose}
      okText={t('orgs.close')}
      okDanger
      initialValues={{ date: todayInShanghai() }}
    >
      <Form.Item
        name="date"
        label={t('orgs.closeDate')}
        rules={[{ required: true, message: t('common.requiredSelect', { field: t('orgs.closeDate') }) }]}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={notAfterDayOrFuture(org.validFrom)} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('orgs.closeReason')}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('orgs.closeReason') }) },
          { max: 200 },
        ]}
      >
        <Input.TextArea rows={3} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
