import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal';
import { closeReport, type Report } from './api';
import { useReportAction } from './useReportAction';
import { useReportCategoryLabel } from './useReportCategories';

interface CloseReportValues {
  result: string;
}

export function CloseReportModal({ report, onClose }: { report: Report; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const categoryLabel = useReportCategoryLabel();
  const [form] = Form.useForm<CloseReportValues>();
  const mutation = useReportAction((id: string, result: string) => closeReport(id, result));

  async function submit({ result }: CloseReportValues) {
    await mutation.mutateAsync({ key: report.id, arg: result.trim() });
    void message.success(t('reports.closedDone'));
  }

  return (
    <FormModal<CloseReportValues>
      title={t('reports.closeTitle', { category: categoryLabel(report.category, report.subCategory) })}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      okText={t('reports.close')}
    >
      <Form.Item
        name="result"
        label={t('reports.result')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('reports.result') }) }, { max: 1000 }]}
      >
        <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t('reports.resultPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
