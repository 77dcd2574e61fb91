import { useCallback, useMemo } from 'react';
import { App, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal';
import { DATE_FORMAT, notAfterDayOrFuture, toDateString, todayInShanghai } from '../shared/dates';
import { mergeOrg, type Org } from './api';
import { OrgTreeSelect } from './OrgTreeSelect';
import { subtreeIds } from './orgTree';
import { useOrgMutation } from './useOrgMutation';
import { useOrgs } from './useOrgs';

interface MergeOrgValues {
  intoId: string;
  date: Dayjs;
}

export function OrgMergeModal({ org, onClose }: { org: Org; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<MergeOrgValues>();
  const mutation = useOrgMutation(mergeOrg);
  const { data: orgs = [] } = useOrgs(false);
  const ownSubtree = useMemo(() => subtreeIds(orgs, org.id), [orgs, org.id]);
  // Merge into a peer: same kind, not this organisation or anything under it.
  const canMergeInto = useCallback(
    (candidate: Org) => candidate.kind === org.kind && !ownSubtree.has(candidate.id),
    [org.kind, ownSubtree],
  );

  /** antd's confirm resolves to true (OK) or false (cancel). */
  async function confirm(values: MergeOrgValues): Promise<boolean> {
    const into = orgs.find((candidate) => candidate.id === values.intoId)?.name ?? values.intoId;
    const confirmed: boolean = await modal.confirm({
      title: t('orgs.mergeConfirmTitle'),
      content: t('orgs.mergeConfirm', { name: org.name, into, date: toDateString(values.date) }),
      okText: t('orgs.merge'),
      okButtonProps: { danger: true },
    });
    return confirmed;
  }

  async function submit(values: MergeOrgValues) {
    await mutation.mutateAsync({ id: org.id, body: { intoId: values.intoId, date: toDateString(values.date) } });
    void message.success(t('orgs.merged'));
  }

  return (
    <FormModal<MergeOrgValues>
      title={t('orgs.mergeTitle', { name: org.name })}
      form={form}
      onSubmit={submit}
      confirm={confirm}
      onClose={onClose}
      okText={t('orgs.merge')}
      okDanger
      initialValues={{ date: todayInShanghai() }}
    >
      <Form.Item
        name="intoId"
        label={t('orgs.mergeInto')}
        rules={[{ required: true, message: t('common.requiredSelect', { field: t('orgs.mergeInto') }) }]}
      >
        <OrgTreeSelect isSelectable={canMergeInto} />
      </Form.Item>
      <Form.Item
        name="date"
        label={t('orgs.mergeDate')}
        rules={[{ required: true, message: t('common.requiredSelect', { field: t('orgs.mergeDate') }) }]}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={notAfterDayOrFuture(org.validFrom)} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
