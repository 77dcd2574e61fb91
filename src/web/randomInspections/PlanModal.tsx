import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/CurrentUser';
import { DivisionCodePicker } from '../divisions/DivisionCascader';
import { FormModal } from '../shared/FormModal';
import { toDateString, todayInShanghai } from '../shared/dates';
import { createPlan, listItems, randomInspectionKeys } from './api';

interface PlanValues {
  itemId: string;
  countyCode?: string;
  title: string;
  year: number;
  batch: number;
  window: [Dayjs, Dayjs];
  unitCount?: number | null;
  inspectorsPerUnit: number;
}

/** A new draft plan: the item, (for a city or the province) the county, the window and how many to draw. */
export function PlanModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PlanValues>();
  const items = useQuery({ queryKey: randomInspectionKeys.items(), queryFn: listItems });
  const ownLevel = me.org.divisionPath.at(-1)?.level;
  const aboveCounty = ownLevel === 'city' || ownLevel === 'province';
  const today = todayInShanghai();

  async function submit(values: PlanValues) {
    const created = await createPlan({
      itemId: values.itemId, countyCode: values.countyCode, title: values.title, year: values.year, batch: values.batch,
      windowStart: toDateString(values.window[0]), windowEnd: toDateString(values.window[1]), unitCount: values.unitCount ?? null, inspectorsPerUnit: values.inspectorsPerUnit,
    });
    await queryClient.invalidateQueries({ queryKey: randomInspectionKeys.all });
    onCreated(created.id);
  }
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });

  return (
    <FormModal<PlanValues>
      title={t('randomInspections.newPlan')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      initialValues={{ year: today.year(), batch: 1, inspectorsPerUnit: 2, window: [today, today.add(3, 'month')] }}
    >
      <Form.Item name="itemId" label={t('randomInspections.item')} rules={[required(t('randomInspections.item'))]}>
        <Select loading={items.isFetching} options={(items.data ?? []).filter((i) => i.active).map((i) => ({ value: i.id, label: `${i.name}（${i.ratio}%）` }))} />
      </Form.Item>
      {aboveCounty && (
        <Form.Item name="countyCode" label={t('randomInspections.county')} rules={[required(t('randomInspections.county'))]}>
          <DivisionCodePicker pickLevel="county" placeholder={t('randomInspections.countyPlaceholder')} />
        </Form.Item>
      )}
      <Form.Item name="title" label={t('randomInspections.planTitle')} rules={[required(t('randomInspections.planTitle')), { max: 200 }]}><Input maxLength={200} /></Form.Item>
      <Form.Item label={t('randomInspections.year')} style={{ marginBottom: 0 }}>
        <Form.Item name="year" rules={[required(t('randomInspections.year'))]} style={{ display: 'inline-block', marginRight: 16 }}><InputNumber min={2000} max={2100} aria-label={t('randomInspections.year')} /></Form.Item>
        <Form.Item name="batch" label={t('randomInspections.batch')} style={{ display: 'inline-block' }}><InputNumber min={1} max={99} /></Form.Item>
      </Form.Item>
      <Form.Item name="window" label={t('randomInspections.window')} rules={[required(t('randomInspections.window'))]}><DatePicker.RangePicker /></Form.Item>
      <Form.Item name="unitCount" label={t('randomInspections.unitCount')} extra={t('randomInspections.unitCountHint')}><InputNumber min={1} /></Form.Item>
      <Form.Item name="inspectorsPerUnit" label={t('randomInspections.inspectorsPerUnit')} rules={[required(t('randomInspections.inspectorsPerUnit'))]}><InputNumber min={1} max={10} /></Form.Item>
    </FormModal>
  );
}
