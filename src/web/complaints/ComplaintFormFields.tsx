import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from '../../core/complaints.js';
import type { DivisionSource } from '../divisions/api';
import { DivisionCodePicker } from '../divisions/DivisionCascader';
import { useDictionaryLabels } from '../units/labels';

/** Category names: unit categories from the dictionary, "other" from the catalogue. */
export function useComplaintCategoryLabel() {
  const { t } = useTranslation();
  const { category } = useDictionaryLabels();
  return (code: ComplaintCategory) => (code === 'other' ? t('complaints.categoryOther') : category(code));
}

/**
 * The fields shared by the public form and hotline entry. Anonymous hides the name and phone;
 * `phoneRequired` is the public form's rule (a named complaint needs a number to call back). The
 * public picks the place from the whole tree, staff from their own scope.
 */
export function ComplaintFormFields({ phoneRequired, divisionSource }: { phoneRequired: boolean; divisionSource: DivisionSource }) {
  const { t } = useTranslation();
  const categoryLabel = useComplaintCategoryLabel();
  const anonymous = Form.useWatch<boolean | undefined>('anonymous');
  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });
  return (
    <>
      <Form.Item
        name="divisionCode"
        label={t('complaints.division')}
        extra={t('complaints.divisionHint')}
        rules={[{ required: true, message: t('common.requiredSelect', { field: t('complaints.division') }) }]}
      >
        <DivisionCodePicker source={divisionSource} placeholder={t('complaints.divisionPlaceholder')} />
      </Form.Item>
      <Form.Item name="category" label={t('complaints.category')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('complaints.category') }) }]}>
        <Select<ComplaintCategory>
          placeholder={t('complaints.category')}
          options={COMPLAINT_CATEGORIES.map((code) => ({ value: code, label: categoryLabel(code) }))}
        />
      </Form.Item>
      <Form.Item name="subject" label={t('complaints.subject')} rules={[required(t('complaints.subject')), { max: 200 }]}>
        <Input maxLength={200} placeholder={t('complaints.subjectPlaceholder')} />
      </Form.Item>
      <Form.Item name="content" label={t('complaints.content')} rules={[required(t('complaints.content')), { max: 2000 }]}>
        <Input.TextArea rows={5} maxLength={2000} showCount placeholder={t('complaints.contentPlaceholder')} />
      </Form.Item>
      <Form.Item name="location" label={t('complaints.location')} rules={[{ max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="anonymous" label={t('complaints.anonymous')} valuePropName="checked" extra={t('complaints.anonymousHint')}>
        <Switch />
      </Form.Item>
      {!anonymous && (
        <>
          <Form.Item name="reporterName" label={t('complaints.reporterName')} rules={[{ max: 64 }]}>
            <Input maxLength={64} autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="reporterPhone"
            label={t('complaints.reporterPhone')}
            rules={[
              ...(phoneRequired ? [required(t('complaints.reporterPhone'))] : []),
              { pattern: /^[0-9+\-\s]{5,20}$/, message: t('complaints.reporterPhoneInvalid') },
            ]}
          >
            <Input inputMode="tel" maxLength={20} autoComplete="tel" />
          </Form.Item>
        </>
      )}
    </>
  );
}

/** Leaves out blank optional fields, and the reporter when anonymous. */
export function cleanComplaintFields<T extends { anonymous?: boolean; location?: string; reporterName?: string; reporterPhone?: string }>(values: T): T {
  const blank = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const anonymous = values.anonymous ?? false;
  return {
    ...values,
    anonymous,
    location: blank(values.location),
    reporterName: anonymous ? undefined : blank(values.reporterName),
    reporterPhone: anonymous ? undefined : blank(values.reporterPhone),
  };
}
