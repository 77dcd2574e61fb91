import { App, DatePicker, Form, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/CurrentUser';
import { DATE_FORMAT, isAfterToday, todayInShanghai, toDateString } from '../shared/dates';
import { getUnit, unitQueryKey } from '../units/api';
import { UnitSelect } from '../units/UnitSelect';
import { listUsers } from '../users/api';
import { FormModal } from '../shared/FormModal';
import { createGrading, type GradingSetup } from './api';
import { fullMarks, ScoreSheetFields, toScoreSheet, type ScoreValues } from './ScoreSheetFields';

interface NewGradingValues extends ScoreValues {
  unitId: string;
  inspectedOn: Dayjs;
  graderIds: string[];
}

/** A new grading: the unit, the day of the inspection, the graders and the unit's checklist. */
export function NewGradingModal({ setup, onClose, onCreated }: { setup: GradingSetup; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewGradingValues>();
  const unitId = Form.useWatch('unitId', form);
  const unit = useQuery({ queryKey: unitQueryKey(unitId ?? ''), queryFn: () => getUnit(unitId!), enabled: Boolean(unitId) });
  const inspectors = useQuery({ queryKey: ['users', 'inspectors'], queryFn: () => listUsers({ role: 'inspector', enabled: true, page: 1, pageSize: 100 }) });
  const checklist = unit.data ? setup.checklists.find((c) => c.category === unit.data.category) : undefined;
  const mutation = useMutation({ mutationFn: createGrading, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['grading'] }) });

  async function submit(values: NewGradingValues) {
    if (!checklist) return;
    const created = await mutation.mutateAsync({
      unitId: values.unitId, inspectedOn: toDateString(values.inspectedOn), graderIds: values.graderIds, scoreSheet: toScoreSheet(checklist, values),
    });
    void message.success(t('grading.created'));
    onCreated(created.id);
  }

  return (
    <FormModal<NewGradingValues>
      title={t('grading.newTitle')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      okText={t('grading.saveDraft')}
      initialValues={{ inspectedOn: todayInShanghai(), graderIds: me.role === 'inspector' ? [me.id] : [] }}
    >
      <Form.Item name="unitId" label={t('grading.unit')} rules={[{ required: true, message: t('common.required', { field: t('grading.unit') }) }]}>
        <UnitSelect onChange={(_id, picked) => {
          // Form.Item stores the id; a new unit starts from full marks on its own checklist.
          const next = picked && setup.checklists.find((c) => c.category === picked.category);
          if (next) form.setFieldsValue(fullMarks(next) as Partial<NewGradingValues>);
        }} />
      </Form.Item>
      <Form.Item name="inspectedOn" label={t('grading.inspectedOn')} rules={[{ required: true, message: t('common.required', { field: t('grading.inspectedOn') }) }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} inputReadOnly disabledDate={isAfterToday} />
      </Form.Item>
      <Form.Item name="graderIds" label={t('grading.graders')} extra={t('grading.gradersHint')} rules={[{ required: true, message: t('common.required', { field: t('grading.graders') }) }]}>
        <Select mode="multiple" maxCount={2} loading={inspectors.isFetching} options={(inspectors.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName }))} />
      </Form.Item>
      {unit.data && !checklist && <Form.Item><span role="alert">{t('grading.notGradedCategory')}</span></Form.Item>}
      {checklist && <ScoreSheetFields checklist={checklist} setup={setup} form={form} />}
    </FormModal>
  );
}
