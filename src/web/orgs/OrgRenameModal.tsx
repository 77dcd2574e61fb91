import { App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal';
import { DATE_FORMAT, notAfterDayOrFuture, toDateString, todayInShanghai } from '../shared/dates';
import { renameOrg, type Org } from './api';
import { useOrgMutation } from './useOrgMutation';

interface RenameOrgValues {
  name: string;
  effectiveFrom: Dayjs;
}

export function OrgRenameModal({ org, onClose }: { org: Org; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RenameOrgValues>();
  const mutation = useOrgMutation(renameOrg);

  async function submit(values: RenameOrgValues) {
    await mutation.mutateAsync({
      id: org.id,
      body: { name: values.name.trim(), effectiveFrom: toDateString(values.effectiveFrom) },
    });
    void message.success(t('orgs.renamed'));
  }

  return (
    <FormModal<RenameOrgValues>
      title={t('orgs.renameTitle', { name: org.name })}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      initialValues={{ name: org.name, effectiveFrom: todayInShanghai() }}
    >
      <Form.Item
        name="name"
        label={t('orgs.newName')}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('orgs.newName') }) },
          { max: 100 },
        ]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="effectiveFrom"
        label={t('orgs.effectiveFrom')}
        rules={[{ required: true, message: t('common.requiredSelect', { field: t('orgs.effectiveFrom') }) }]}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={notAfterDayOrFuture(org.validFrom)} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
