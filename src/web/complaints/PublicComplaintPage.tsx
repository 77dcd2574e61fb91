import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Result, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reportFormError } from '../api/formErrors';
import { submitPublicComplaint, type ComplaintFields, type ComplaintReceipt } from './api';
import { cleanComplaintFields, ComplaintFormFields } from './ComplaintFormFields';
import { PublicTrackBox } from './PublicTrackBox';

/** 投诉举报 for the public: no sign-in, phone-first; submit, then track by code. */
export default function PublicComplaintPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<ComplaintFields>();
  const [formError, setFormError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<ComplaintReceipt | null>(null);
  const mutation = useMutation({
    mutationFn: (values: ComplaintFields) => submitPublicComplaint(cleanComplaintFields(values)),
    onMutate: () => setFormError(null),
    onSuccess: (answer) => {
      setReceipt(answer);
      form.resetFields();
    },
    onError: (error) => reportFormError(form, error, setFormError),
  });

  return (
    <Flex vertical align="center" gap={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('complaints.publicTitle')}
      </Typography.Title>
      <Card style={cardStyle} title={t('complaints.submitTitle')}>
        {receipt ? (
          <Result
            status="success"
            title={t('complaints.submitted')}
            subTitle={t('complaints.receiptHint')}
            extra={<Button onClick={() => setReceipt(null)}>{t('complaints.submitAnother')}</Button>}
          >
            <Flex vertical align="center" gap={8}>
              <Typography.Text>{t('complaints.trackingCode')}</Typography.Text>
              <Typography.Text data-testid="tracking-code" copyable strong style={{ fontSize: 24, letterSpacing: 2 }}>
                {receipt.trackingCode}
              </Typography.Text>
              <Typography.Text data-testid="reply-due-on">{t('complaints.replyDueOnText', { date: receipt.replyDueOn })}</Typography.Text>
            </Flex>
          </Result>
        ) : (
          <Form<ComplaintFields>
            form={form}
            layout="vertical"
            initialValues={{ anonymous: false }}
            onFinish={(values) => mutation.mutate(values)}
            disabled={mutation.isPending}
            requiredMark
          >
            <Typography.Paragraph type="secondary">{t('complaints.publicIntro')}</Typography.Paragraph>
            {formError && <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} />}
            <ComplaintFormFields phoneRequired divisionSource="public" />
            <Button type="primary" htmlType="submit" block size="large" loading={mutation.isPending}>
              {t('complaints.submit')}
            </Button>
          </Form>
        )}
      </Card>
      <Card style={cardStyle} title={t('complaints.trackTitle')}>
        <PublicTrackBox initialCode={receipt?.trackingCode} />
      </Card>
    </Flex>
  );
}

const cardStyle = { width: '100%', maxWidth: 560 } as const;
