import { Alert, Col, DatePicker, Divider, Form, Input, Row, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { requiredLicence } from '../../../core/unitCategories.js';
import { DATE_FORMAT, isAfterToday } from '../../shared/dates';
import { useDictionaryLabels } from '../labels';

const half = { xs: 24, sm: 12 } as const;

/**
 * The licence section of the unit form. When the sub-category needs a licence (requiredLicence) its
 * number and expiry are marked required; leaving them empty warns rather than blocks, because an
 * unlicensed business still has to be filed (it is itself a finding).
 */
export function LicenceFields({ category, subCategory }: { category?: string; subCategory?: string }) {
  const { t } = useTranslation();
  const labels = useDictionaryLabels();
  const licence = category && subCategory ? requiredLicence(category, subCategory) : null;

  const missingWarning = (field: 'licenceNo' | 'licenceExpiresOn'): FormRule => ({
    warningOnly: true,
    validator: async (_rule, value: unknown) => {
      if (licence && (value === undefined || value === null || value === '')) {
        throw new Error(t('units.licenceMissing', { field: t(`units.${field}`) }));
      }
    },
  });

  return (
    <>
      <Divider titlePlacement="start" plain>
        {t('units.sections.licence')}
      </Divider>
      {category && subCategory && (
        <Alert
          type={licence ? 'info' : 'success'}
          showIcon
          title={licence ? t('units.licenceRequired', { licence: labels.label(licence, licence.zh) }) : t('units.licenceNotRequired')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={12}>
        <Col {...half}>
          <Form.Item name="licenceType" label={t('units.licenceType')} rules={[{ max: 50 }]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="licenceNo"
            label={t('units.licenceNo')}
            required={Boolean(licence)}
            rules={[{ max: 50 }, missingWarning('licenceNo')]}
            dependencies={['subCategory']}
          >
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="licenceIssuedOn" label={t('units.licenceIssuedOn')}>
            <DatePicker format={DATE_FORMAT} disabledDate={isAfterToday} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="licenceExpiresOn"
            label={t('units.licenceExpiresOn')}
            required={Boolean(licence)}
            dependencies={['subCategory', 'licenceIssuedOn']}
            rules={[
              missingWarning('licenceExpiresOn'),
              ({ getFieldValue }) => ({
                validator: async (_rule, value: Dayjs | null | undefined) => {
                  const issued = getFieldValue('licenceIssuedOn') as Dayjs | null | undefined;
                  if (value && issued && value.isBefore(issued, 'day')) throw new Error(t('units.licenceExpiresBeforeIssue'));
                },
              }),
            ]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
