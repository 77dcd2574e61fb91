import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Grid, Input, Select, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ReportCategoryCode } from '../../core/reports.js';
import { reportFormError } from '../api/formErrors';
import { FullPageSpin } from '../shared/FullPageSpin';
import { LoadError } from '../shared/LoadError';
import { isAfterToday } from '../shared/dates';
import { newClientId } from '../units/clientId';
import { useDictionaryLabels } from '../units/labels';
import { UnitSelect } from '../units/UnitSelect';
import { useOnline } from '../offline/useOutbox';
import { createReportOrQueue, type ReportCategoryEntry } from './api';
import { DeadlineHint } from './components/DeadlineHint';
import { pickerValueToInstant, shanghaiNowForPicker } from './time';
import { useReportCategories } from './useReportCategories';

interface ReportFormValues {
  category?: ReportCategoryCode;
  subCategory?: string;
  foundAt: Dayjs;
  content: string;
  location?: string;
  unitId?: string;
}

export default function ReportFormPage() {
  const { data, error, isPending, refetch } = useReportCategories();
  if (isPending) return <FullPageSpin />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  return <ReportForm categories={data} />;
}

function ReportForm({ categories }: { categories: readonly ReportCategoryEntry[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const { label } = useDictionaryLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ReportFormValues>();
  const [clientId] = useState(newClientId);
  const [formError, setFormError] = useState<string | null>(null);
  const online = useOnline();
  const categoryCode = Form.useWatch('category', form);
  const foundAt = Form.useWatch('foundAt', form);
  const category = categories.find((c) => c.code === categoryCode);

  const mutation = useMutation({
    mutationFn: createReportOrQueue,
    // Without a network the record goes to the outbox; TanStack Query would otherwise pause the mutation.
    networkMode: 'always',
    onSuccess: (result) =>
      !result.queued &&
      Promise.all([queryClient.invalidateQueries({ queryKey: ['reports'] }), queryClient.invalidateQueries({ queryKey: ['units', 'history'] })]),
  });

  async function submit(values: ReportFormValues) {
    setFormError(null);
    try {
      const result = await mutation.mutateAsync({
        clientId,
        category: values.category!,
        subCategory: values.subCategory || undefined,
        content: values.content.trim(),
        location: values.location?.trim() || undefined,
        unitId: values.unitId || undefined,
        foundAt: pickerValueToInstant(values.foundAt).toISOString(),
        reportedAt: new Date().toISOString(),
      });
      if (result.queued) void message.info(t('offline.savedOffline'), 6);
      else if (result.record.onTime) void message.success(t('reports.submitted'));
      else void message.warning(t('reports.submittedLate'));
      void navigate('/reports');
    } catch (error) {
      reportFormError(form, error, setFormError);
    }
  }

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('reports.formTitle')}</Typography.Title>}
      style={{ maxWidth: 760, margin: '0 auto' }}
      styles={{ body: { padding: screens.md ? 24 : 12 } }}
    >
      <Form<ReportFormValues>
        form={form}
        layout="vertical"
        size={screens.md ? 'middle' : 'large'}
        initialValues={{ foundAt: shanghaiNowForPicker() }}
        onFinish={(values) => void submit(values)}
        disabled={mutation.isPending}
        requiredMark
        scrollToFirstError={{ behavior: 'smooth', block: 'center' }}
      >
        {formError && <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} />}
        {!online && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('offline.formOfflineHint')} />}
        <Form.Item name="category" label={t('reports.category')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('reports.category') }) }]}>
          <Select<ReportCategoryCode>
            aria-label={t('reports.category')}
            onChange={() => form.setFieldValue('subCategory', undefined)}
            options={categories.map((c) => ({
              value: c.code,
              label: (
                <Flex justify="space-between" gap={8}>
                  <span>{label(c, c.code)}</span>
                  {!c.official && <Tag style={{ marginInlineEnd: 0 }}>{t('reports.extension')}</Tag>}
                </Flex>
              ),
            }))}
          />
        </Form.Item>
        {category && category.subCategories.length > 0 && (
          <Form.Item name="subCategory" label={t('reports.subCategory')} extra={t('reports.subCategoryOptional')}>
            <Select allowClear options={category.subCategories.map((s) => ({ value: s.code, label: label(s, s.code) }))} />
          </Form.Item>
        )}
        <Form.Item name="foundAt" label={t('reports.foundAt')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('reports.foundAt') }) }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={isAfterToday} allowClear={false} inputReadOnly style={{ width: '100%' }} />
        </Form.Item>
        {category && foundAt && <DeadlineHint category={category.code} hours={category.deadlineHours} foundAt={pickerValueToInstant(foundAt)} />}
        <Form.Item
          name="content"
          label={t('reports.content')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('reports.content') }) }, { max: 1000 }]}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t('reports.contentPlaceholder')} />
        </Form.Item>
        <Form.Item name="location" label={t('reports.location')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="unitId" label={t('reports.unit')} extra={t('reports.unitOptional')}>
          <UnitSelect allowClear />
        </Form.Item>
        <Flex gap={8}>
          <Button onClick={() => void navigate(-1)} style={{ flex: 1 }}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={mutation.isPending} style={{ flex: 2 }}>
            {t('reports.submit')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
