import { App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal';
import { DATE_FORMAT, isAfterToday, toDateString, todayInShanghai } from '../shared/dates';
import { closeUnit, type Unit } from './api';

interface CloseUnitValues {
  date: Dayjs;
  reason: string;
}

export function UnitCloseModal({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CloseUnitValues>();
  const mutation = useMutation({
    mutationFn: (values: CloseUnitValues) => closeUnit(unit.id, { date: toDateString(values.date), reason: values.reason.trim() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }),
  });

  async function confirm(values: CloseUnitValues): Promise<boolean> {
    const confirmed: boolean = await modal.confirm({
      title: t('units.closeConfirmTitle'),
      content: t('units.closeConfirm', { name: unit.name, date: toDateString(values.date) }),
      okText: t('units.close'),
      okButtonProps: { danger: true },
    });
    return confirmed;
  }

  async function submit(values: CloseUnitValues) {
    await mutation.mutateAsync(values);
    void message.success(t('units.closed'));
  }

  return (
    <FormModal<CloseUnitValues>
      title={t('units.closeTitle', { name: unit.name })}
      form={form}
      onSubmit={submit}
      confirm={confirm}
      onClose={onClose}
      okText={t('units.close')}
      okDanger
      initialValues={{ date: todayInShanghai() }}
    >
      <Form.Item name="date" label={t('units.closeDate')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('units.closeDate') }) }]}>
        <DatePicker format={DATE_FORMAT} disabledDate={isAfterToday} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('units.closeReason')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('units.closeReason') }) }, { max: 200 }]}
      >
        <Input.TextArea rows={3} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
