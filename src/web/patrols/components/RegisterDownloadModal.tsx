import { App, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OrgKind } from '../../../core/orgs.js';
import { useCurrentUser } from '../../auth/CurrentUser';
import { OrgTreeSelect } from '../../orgs/OrgTreeSelect';
import { FormModal } from '../../shared/FormModal';
import { todayInShanghai } from '../../shared/dates';

interface RegisterValues {
  orgId: string;
  month: Dayjs;
}

interface RegisterDownloadModalProps {
  title: string;
  /** Downloads the register of one station and month (`YYYY-MM`). */
  download: (params: { orgId: string; month: string }) => Promise<void>;
  /** Who keeps the register: stations (patrols), or stations and information points (reports). */
  orgKinds?: readonly OrgKind[];
  onClose: () => void;
}

/**
 * Station and month for a monthly register (巡查登记表, 信息报告登记表). A station's own people get their
 * station; the month defaults to the previous one, the one due for submission.
 */
export function RegisterDownloadModal({ title, download, orgKinds = ['station'], onClose }: RegisterDownloadModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<RegisterValues>();
  const stationsOnly = orgKinds.length === 1 && orgKinds[0] === 'station';
  const orgLabel = stationsOnly ? t('registers.station') : t('registers.org');

  async function submit(values: RegisterValues) {
    await download({ orgId: values.orgId, month: values.month.format('YYYY-MM') });
    void message.success(t('registers.downloaded'));
  }

  return (
    <FormModal<RegisterValues>
      title={title}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      okText={t('registers.download')}
      initialValues={{
        orgId: orgKinds.includes(me.org.kind) ? me.org.id : undefined,
        month: todayInShanghai().subtract(1, 'month').startOf('month'),
      }}
    >
      <Form.Item name="orgId" label={orgLabel} rules={[{ required: true, message: t('common.requiredSelect', { field: orgLabel }) }]}>
        <OrgTreeSelect
          placeholder={stationsOnly ? t('registers.stationPlaceholder') : t('registers.orgPlaceholder')}
          isSelectable={(org) => orgKinds.includes(org.kind)}
        />
      </Form.Item>
      <Form.Item name="month" label={t('registers.month')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('registers.month') }) }]}>
        <DatePicker picker="month" format="YYYY-MM" allowClear={false} disabledDate={(day) => day.isAfter(todayInShanghai(), 'month')} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
