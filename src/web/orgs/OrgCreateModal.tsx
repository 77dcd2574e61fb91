import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { divisionLevelOf } from '../../core/divisions.js';
import { ORG_KINDS, ORG_KIND_LEVELS, type OrgKind } from '../../core/orgs.js';
import { DivisionCascader } from '../divisions/DivisionCascader';
import { FormModal } from '../shared/FormModal';
import { DATE_FORMAT, isAfterToday, toDateString, todayInShanghai } from '../shared/dates';
import { createOrg } from './api';
import { OrgTreeSelect } from './OrgTreeSelect';

interface CreateOrgValues {
  kind: OrgKind;
  name: string;
  /** Division codes from the top of scope down; the last one is the organisation's division. */
  divisionCode: string[];
  parentId?: string;
  validFrom?: Dayjs;
}

export function OrgCreateModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CreateOrgValues>();
  const mutation = useMutation({
    mutationFn: createOrg,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs'] }),
  });

  async function submit(values: CreateOrgValues) {
    await mutation.mutateAsync({
      kind: values.kind,
      name: values.name.trim(),
      divisionCode: values.divisionCode[values.divisionCode.length - 1] ?? '',
      parentId: values.parentId,
      validFrom: values.validFrom ? toDateString(values.validFrom) : undefined,
    });
    void message.success(t('orgs.created'));
  }

  const kindOptions = ORG_KINDS.map((kind) => ({ value: kind, label: t(`orgKinds.${kind}`) }));

  return (
    <FormModal<CreateOrgValues>
      title={t('orgs.createTitle')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      initialValues={{ validFrom: todayInShanghai() }}
    >
      <Form.Item name="kind" label={t('orgs.kind')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('orgs.kind') }) }]}>
        <Select options={kindOptions} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('orgs.name')}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('orgs.name') }) },
          { max: 100 },
        ]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="divisionCode"
        label={t('orgs.division')}
        dependencies={['kind']}
        rules={[
          { required: true, message: t('common.requiredSelect', { field: t('orgs.division') }) },
          ({ getFieldValue }) => ({
            validator: (_rule, path: string[] | undefined) => {
              const kind = getFieldValue('kind') as OrgKind | undefined;
              const code = path?.[path.length - 1];
              const level = code ? divisionLevelOf(code) : undefined;
              if (!kind || !level || ORG_KIND_LEVELS[kind].includes(level)) return Promise.resolve();
              const levels = ORG_KIND_LEVELS[kind].map((l) => t(`divisionLevels.${l}`)).join(t('orgs.levelSeparator'));
              return Promise.reject(new Error(t('orgs.levelMismatch', { kind: t(`orgKinds.${kind}`), levels })));
            },
          }),
        ]}
      >
        <DivisionCascader />
      </Form.Item>
      <Form.Item name="parentId" label={t('orgs.parent')}>
        <OrgTreeSelect allowClear placeholder={t('orgs.parentNone')} />
      </Form.Item>
      <Form.Item name="validFrom" label={t('orgs.validFrom')}>
        <DatePicker format={DATE_FORMAT} disabledDate={isAfterToday} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
