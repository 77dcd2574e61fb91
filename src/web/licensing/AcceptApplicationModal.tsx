import { App, Form, Input, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal';
import { UnitSelect } from '../units/UnitSelect';
import { APPLICATION_KINDS, LICENCE_TYPES, createApplication, type CreateApplicationBody } from './api';

interface AcceptValues {
  unitId?: string;
  applicantName?: string;
  applicantPhone?: string;
  licenceType: CreateApplicationBody['licenceType'];
  kind: CreateApplicationBody['kind'];
}

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** 受理: a filed unit or the holder's name, the licence and the kind of application. */
export function AcceptApplicationModal({ onClose, onAccepted }: { onClose: () => void; onAccepted: (id: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AcceptValues>();
  const unitId = Form.useWatch('unitId', form);
  const mutation = useMutation({
    mutationFn: createApplication,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['licensing'] }),
  });

  async function submit(values: AcceptValues) {
    const created = await mutation.mutateAsync({
      licenceType: values.licenceType,
      kind: values.kind,
      unitId: values.unitId,
      applicantName: blankToUndefined(values.applicantName),
      applicantPhone: blankToUndefined(values.applicantPhone),
    });
    void message.success(t('licensing.accepted', { no: created.applicationNo }));
    onAccepted(created.id);
  }

  return (
    <FormModal<AcceptValues>
      title={t('licensing.acceptTitle')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      okText={t('licensing.accept')}
      initialValues={{ licenceType: LICENCE_TYPES[0], kind: 'new' }}
    >
      <Form.Item name="unitId" label={t('licensing.unit')} extra={t('licensing.unitHint')}>
        <UnitSelect allowClear />
      </Form.Item>
      <Form.Item
        name="applicantName"
        label={t('licensing.applicantName')}
        extra={t('licensing.applicantNameHint')}
        rules={[{ required: !unitId, whitespace: true, message: t('common.required', { field: t('licensing.applicantName') }) }, { max: 200 }]}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item name="applicantPhone" label={t('licensing.applicantPhone')} rules={[{ pattern: /^[0-9+\-\s]{5,20}$/ }]}>
        <Input maxLength={20} inputMode="tel" autoComplete="off" />
      </Form.Item>
      <Form.Item name="licenceType" label={t('licensing.licenceType')} rules={[{ required: true }]}>
        <Select options={LICENCE_TYPES.map((type) => ({ value: type, label: type }))} />
      </Form.Item>
      <Form.Item name="kind" label={t('licensing.kind')} extra={t('licensing.kindHint')} rules={[{ required: true }]}>
        <Select options={APPLICATION_KINDS.map((kind) => ({ value: kind, label: t(`licensing.kinds.${kind}`) }))} />
      </Form.Item>
    </FormModal>
  );
}
