import { App, Form, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_CHANNELS } from '../../core/complaints.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { FormModal } from '../shared/FormModal';
import { createComplaint, type Complaint, type CreateComplaintBody } from './api';
import { cleanComplaintFields, ComplaintFormFields } from './ComplaintFormFields';

const STAFF_CHANNELS = COMPLAINT_CHANNELS.filter((channel): channel is CreateComplaintBody['channel'] => channel !== 'web');

/** Staff record a complaint received by phone (or letter, visit, transfer). */
export function HotlineComplaintModal({ onClose, onCreated }: { onClose: () => void; onCreated: (complaint: Complaint) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CreateComplaintBody>();

  async function submit(values: CreateComplaintBody) {
    const complaint = await createComplaint(cleanComplaintFields(values));
    await queryClient.invalidateQueries({ queryKey: ['complaints'] });
    void message.success(t('complaints.createdDone', { code: complaint.trackingCode }));
    onCreated(complaint);
  }

  return (
    <FormModal<CreateComplaintBody>
      title={t('complaints.createHotline')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      initialValues={{ channel: 'hotline', anonymous: false, divisionCode: me.org.divisionCode }}
    >
      <Form.Item name="channel" label={t('complaints.channel')} rules={[{ required: true }]}>
        <Select options={STAFF_CHANNELS.map((channel) => ({ value: channel, label: t(`complaints.channels.${channel}`) }))} />
      </Form.Item>
      <ComplaintFormFields phoneRequired={false} divisionSource="scope" />
    </FormModal>
  );
}
