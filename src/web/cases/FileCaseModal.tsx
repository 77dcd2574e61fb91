import { App, DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CASE_AREAS, CASE_SOURCES, MIN_CASE_HANDLERS, type CaseArea, type CaseSource } from '../../core/cases.js';
import { FormModal } from '../shared/FormModal';
import { DATE_FORMAT, isAfterToday, toDateString, todayInShanghai } from '../shared/dates';
import { UnitSelect } from '../units/UnitSelect';
import { createCase } from './api';
import { OfficerSelect } from './OfficerSelect';

/** The record a case is filed from: an order of the institute or a rectification a station escalated. */
export interface CaseOrigin {
  source: CaseSource;
  sourceId: string;
  unitName: string;
}

interface FileCaseValues {
  unitId?: string;
  partyName?: string;
  area: CaseArea;
  cause: string;
  source: CaseSource;
  handlerIds: string[];
  filedOn: Dayjs;
}

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** 立案: the party (a filed unit or a name), area, cause, source and at least two handling officers. */
export function FileCaseModal({ origin, onClose, onFiled }: { origin?: CaseOrigin; onClose: () => void; onFiled: (id: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FileCaseValues>();
  const unitId = Form.useWatch('unitId', form);
  const mutation = useMutation({
    mutationFn: createCase,
    onSuccess: () => Promise.all(['cases', 'inspections', 'rectifications'].map((key) => queryClient.invalidateQueries({ queryKey: [key] }))),
  });

  async function submit(values: FileCaseValues) {
    const created = await mutation.mutateAsync({
      unitId: origin ? undefined : values.unitId,
      partyName: blankToUndefined(values.partyName),
      area: values.area,
      cause: values.cause.trim(),
      source: origin?.source ?? values.source,
      sourceId: origin?.sourceId,
      handlerIds: values.handlerIds,
      filedOn: toDateString(values.filedOn),
    });
    void message.success(t('cases.filed', { no: created.caseNo }));
    onFiled(created.id);
  }

  return (
    <FormModal<FileCaseValues>
      title={t('cases.fileTitle')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      okText={t('cases.file')}
      initialValues={{ filedOn: todayInShanghai(), source: 'inspection', handlerIds: [] }}
    >
      {origin ? (
        <Typography.Paragraph>
          {t(`cases.caseSources.${origin.source}`)}：{origin.unitName}
        </Typography.Paragraph>
      ) : (
        <>
          <Form.Item name="unitId" label={t('cases.caseUnit')}>
            <UnitSelect allowClear aria-label={t('cases.caseUnit')} />
          </Form.Item>
          <Form.Item name="source" label={t('cases.caseSource')} rules={[{ required: true }]}>
            <Select options={CASE_SOURCES.filter((s) => s !== 'rectification').map((s) => ({ value: s, label: t(`cases.caseSources.${s}`) }))} />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="partyName"
        label={t('cases.party')}
        extra={t('cases.partyHint')}
        rules={[{ required: !unitId && !origin, whitespace: true, message: t('common.required', { field: t('cases.party') }) }, { max: 200 }]}
      >
        <Input maxLength={200} autoComplete="off" aria-label={t('cases.party')} />
      </Form.Item>
      <Form.Item name="area" label={t('cases.area')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('cases.area') }) }]}>
        <Select aria-label={t('cases.area')} options={CASE_AREAS.map((a) => ({ value: a, label: t(`cases.areas.${a}`) }))} />
      </Form.Item>
      <Form.Item name="cause" label={t('cases.cause')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('cases.cause') }) }, { max: 500 }]}>
        <Input.TextArea rows={2} maxLength={500} aria-label={t('cases.cause')} />
      </Form.Item>
      <Form.Item
        name="handlerIds"
        label={t('cases.handlers')}
        extra={t('cases.handlersHint')}
        rules={[{ type: 'array', min: MIN_CASE_HANDLERS, required: true, message: t('cases.handlersHint') }]}
      >
        <OfficerSelect aria-label={t('cases.handlers')} />
      </Form.Item>
      <Form.Item name="filedOn" label={t('cases.filedOn')} rules={[{ required: true }]}>
        <DatePicker format={DATE_FORMAT} disabledDate={isAfterToday} allowClear={false} inputReadOnly style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
