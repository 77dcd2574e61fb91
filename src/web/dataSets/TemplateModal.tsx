import { App, Form, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal';
import { createDataSetFromTemplate, dataSetTemplatesQueryKey, listDataSetTemplates } from './api';

/** A shipped template (法定传染病报告月报) as a data set of the administrator's jurisdiction, from this month on. */
export function TemplateModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ templateCode: string }>();
  const queryClient = useQueryClient();
  const templates = useQuery({ queryKey: dataSetTemplatesQueryKey, queryFn: listDataSetTemplates });
  const mutation = useMutation({ mutationFn: createDataSetFromTemplate, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dataSets'] }) });
  const label = t('dataSets.template');

  async function submit({ templateCode }: { templateCode: string }) {
    const created = await mutation.mutateAsync(templateCode);
    void message.success(t('dataSets.templateCreated', { name: created.name }));
  }

  return (
    <FormModal title={t('dataSets.fromTemplate')} form={form} onSubmit={submit} onClose={onClose} initialValues={{ templateCode: templates.data?.[0]?.code }}>
      <Form.Item name="templateCode" label={label} rules={[{ required: true, message: t('common.requiredSelect', { field: label }) }]}>
        <Select
          loading={templates.isPending}
          options={templates.data?.map((tpl) => ({ value: tpl.code, label: t('dataSets.templateOption', { name: tpl.name, count: tpl.fieldCount }) }))}
        />
      </Form.Item>
    </FormModal>
  );
}
