import { useState } from 'react';
import { Alert, App, Button, Col, Divider, Drawer, Flex, Form, Grid, Input, InputNumber, Row, Select, type FormRule } from 'antd';
import { AimOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { creditCodeProblem, normalizeCreditCode } from '../../core/creditCode.js';
import { unitFileGaps } from '../../core/indicators.js';
import { categoryByCode, requiredLicence, UNIT_CATEGORIES, type UnitCategoryCode } from '../../core/unitCategories.js';
import { reportFormError } from '../api/formErrors';
import { useCurrentUser } from '../auth/CurrentUser';
import { createUnit, RISK_LEVELS, updateUnit, type Unit } from './api';
import { newClientId } from './clientId';
import { useGapLabels } from './components/FileStatusTag';
import { LicenceFields } from './components/LicenceFields';
import { PlacementCascader, placementOf } from './components/PlacementCascader';
import { useDictionaryLabels } from './labels';
import { PHONE_PATTERN, toCreateFields, toUnitFields, unitChanges, unitFormValues, withFormFieldNames, type UnitFormValues } from './unitForm';

interface UnitFormDrawerProps {
  /** The unit to edit; omitted to file a new one. */
  unit?: Unit;
  onClose: () => void;
  onSaved?: (unit: Unit) => void;
}

const half = { xs: 24, sm: 12 } as const;

export function UnitFormDrawer({ unit, onClose, onSaved }: UnitFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const labels = useDictionaryLabels();
  const gapLabels = useGapLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UnitFormValues>();
  const [clientId] = useState(newClientId);
  const [formError, setFormError] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);
  const values = Form.useWatch([], form) as UnitFormValues | undefined;
  const category = values?.category;
  const subCategory = values?.subCategory;
  const subCategories = category ? (categoryByCode(category)?.subCategories ?? []) : [];

  const mutation = useMutation({
    mutationFn: (formValues: UnitFormValues) =>
      unit ? updateUnit(unit.id, unitChanges(unit, formValues)) : createUnit({ ...toCreateFields(formValues), clientId }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['units', 'detail', saved.id], saved);
      return queryClient.invalidateQueries({ queryKey: ['units'] });
    },
  });

  async function submit(formValues: UnitFormValues) {
    if (unit && Object.keys(unitChanges(unit, formValues)).length === 0) {
      void message.info(t('units.nothingChanged'));
      return;
    }
    setFormError(null);
    try {
      const saved = await mutation.mutateAsync(formValues);
      void message.success(unit ? t('units.updated') : t('units.created'));
      onSaved?.(saved);
      onClose();
    } catch (error) {
      reportFormError(form, withFormFieldNames(error), setFormError);
    }
  }

  function locate() {
    if (!('geolocation' in navigator)) {
      void message.warning(t('units.locationFailed'));
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false);
        form.setFieldsValue({ latitude: Number(coords.latitude.toFixed(6)), longitude: Number(coords.longitude.toFixed(6)) });
      },
      () => {
        setLocating(false);
        void message.warning(t('units.locationFailed'));
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  }

  /** Picking a sub-category that needs a licence fills in the licence type, unless one was typed. */
  function onSubCategoryChange(sub: string | undefined) {
    const required = category && sub ? requiredLicence(category, sub) : null;
    const current = form.getFieldValue('licenceType') as string | undefined;
    const autoFilled = !current || UNIT_CATEGORIES.some((c) => c.subCategories.some((s) => s.licence?.zh === current));
    if (autoFilled) form.setFieldValue('licenceType', required?.zh ?? '');
  }

  const creditCodeRule: FormRule = {
    validator: async (_rule, value: string | undefined) => {
      const code = normalizeCreditCode(value ?? '');
      if (code === '') return;
      const problem = creditCodeProblem(code);
      if (problem) throw new Error(problem);
    },
  };
  // The same rule the server applies (src/core/indicators.ts), on what is typed so far.
  const gaps = values ? unitFileGaps(toUnitFields({ ...values, name: values.name ?? '', address: values.address ?? '' })) : [];

  return (
    <Drawer
      open
      title={unit ? t('units.editTitle', { name: unit.name }) : t('units.createTitle')}
      onClose={onClose}
      size={screens.md ? 640 : '100%'}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<UnitFormValues>
        form={form}
        layout="vertical"
        initialValues={unit ? unitFormValues(unit, me.org.divisionCode) : {}}
        onFinish={(formValues) => void submit(formValues)}
        disabled={mutation.isPending}
        requiredMark
      >
        {formError && <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} />}
        <Divider titlePlacement="start" plain>
          {t('units.sections.basic')}
        </Divider>
        <Form.Item
          name="name"
          label={t('units.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('units.name') }) }, { max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="creditCode" label={t('units.creditCode')} extra={t('units.creditCodeHint')} rules={[creditCodeRule]} validateDebounce={300} normalize={(value: string) => value.toUpperCase()}>
          <Input maxLength={30} autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="category" label={t('units.category')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('units.category') }) }]}>
              <Select<UnitCategoryCode>
                options={UNIT_CATEGORIES.map((c) => ({ value: c.code, label: labels.label(c, c.code) }))}
                onChange={() => {
                  form.setFieldValue('subCategory', undefined);
                  onSubCategoryChange(undefined);
                }}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="subCategory"
              label={t('units.subCategory')}
              rules={[{ required: true, message: t('common.requiredSelect', { field: t('units.subCategory') }) }]}
            >
              <Select<string>
                disabled={!category}
                options={subCategories.map((s) => ({ value: s.code, label: labels.label(s, s.code) }))}
                onChange={onSubCategoryChange}
              />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start" plain>
          {t('units.sections.location')}
        </Divider>
        <Form.Item
          name="placement"
          label={t('units.placement')}
          extra={t('units.placementHint')}
          rules={[
            { required: true, message: t('common.requiredSelect', { field: t('units.township') }) },
            {
              validator: async (_rule, path: string[] | undefined) => {
                if (path && !placementOf(path).townshipCode) throw new Error(t('units.placementNeedsTownship'));
              },
            },
          ]}
        >
          <PlacementCascader />
        </Form.Item>
        <Form.Item
          name="address"
          label={t('units.address')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('units.address') }) }, { max: 200 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12} align="bottom">
          <Col xs={12} sm={9}>
            <Form.Item name="latitude" label={t('units.latitude')}>
              <InputNumber min={3} max={54} step={0.000001} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={9}>
            <Form.Item name="longitude" label={t('units.longitude')}>
              <InputNumber min={73} max={136} step={0.000001} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={6}>
            <Form.Item>
              <Button icon={<AimOutlined />} loading={locating} onClick={locate} block>
                {t('units.useMyLocation')}
              </Button>
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start" plain>
          {t('units.sections.contact')}
        </Divider>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="personInCharge" label={t('units.personInCharge')} rules={[{ max: 32 }]}>
              <Input maxLength={32} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="phone" label={t('units.phone')} rules={[{ pattern: PHONE_PATTERN, message: t('units.phoneInvalid') }]}>
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
        </Row>

        <LicenceFields category={category} subCategory={subCategory} />

        <Divider titlePlacement="start" plain>
          {t('units.sections.staff')}
        </Divider>
        <Row gutter={12}>
          <Col xs={12} sm={8}>
            <Form.Item name="employees" label={t('units.employees')}>
              <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item
              name="employeesCertified"
              label={t('units.employeesCertified')}
              dependencies={['employees']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_rule, value: number | null | undefined) => {
                    const employees = getFieldValue('employees') as number | null | undefined;
                    if (typeof value === 'number' && typeof employees === 'number' && value > employees) {
                      throw new Error(t('units.employeesCertifiedTooMany'));
                    }
                  },
                }),
              ]}
            >
              <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="riskLevel" label={t('units.riskLevel')}>
              <Select allowClear options={RISK_LEVELS.map((level) => ({ value: level, label: t(`units.riskLevels.${level}`) }))} />
            </Form.Item>
          </Col>
          {unit && (
            <Col xs={12} sm={8}>
              <Form.Item name="status" label={t('units.status')}>
                <Select
                  options={(['operating', 'suspended'] as const).map((status) => ({ value: status, label: t(`units.statuses.${status}`) }))}
                />
              </Form.Item>
            </Col>
          )}
        </Row>
        {values && (
          <Alert
            type={gaps.length === 0 ? 'success' : 'warning'}
            showIcon
            title={gaps.length === 0 ? t('units.fileCompletePreview') : t('units.fileGapsPreview', { fields: gapLabels(gaps) })}
          />
        )}
      </Form>
    </Drawer>
  );
}
