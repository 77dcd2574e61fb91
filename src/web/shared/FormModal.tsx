import { useState, type ReactNode } from 'react';
import { Alert, Form, Modal, type FormInstance } from 'antd';
import { reportFormError } from '../api/formErrors';

interface FormModalProps<Values> {
  title: ReactNode;
  form: FormInstance<Values>;
  /** Resolve to close the dialog; throw (an ApiError) to keep it open with the errors shown. */
  onSubmit: (values: Values) => Promise<void>;
  /** Asked after the form validates and before `onSubmit`; resolving false keeps the dialog open. */
  confirm?: (values: Values) => Promise<boolean>;
  onClose: () => void;
  initialValues?: Partial<Values>;
  okText?: ReactNode;
  okDanger?: boolean;
  /** A dialog the user may not dismiss (forced password change). */
  closable?: boolean;
  children: ReactNode;
}

/**
 * A dialog holding one form. Mount it when it should show and unmount it on `onClose`, so every
 * opening starts from `initialValues`. Server field errors land next to their fields; any other
 * error (a conflict, a lost connection) stays visible at the top of the dialog until the next try.
 */
export function FormModal<Values>({
  title,
  form,
  onSubmit,
  onClose,
  confirm,
  initialValues,
  okText,
  okDanger = false,
  closable = true,
  children,
}: FormModalProps<Values>) {
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  async function handleFinish(values: Values) {
    if (confirm && !(await confirm(values))) return;
    setSubmitting(true);
    setFormError(null);
    try {
      await onSubmit(values);
      onClose();
    } catch (error) {
      reportFormError(form, error, setFormError);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Modal
      open
      title={title}
      onOk={() => form.submit()}
      onCancel={closable ? onClose : undefined}
      confirmLoading={submitting}
      okText={okText}
      okButtonProps={{ danger: okDanger }}
      cancelButtonProps={{ style: closable ? undefined : { display: 'none' } }}
      closable={closable}
      mask={{ closable: false }}
      keyboard={closable}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void handleFinish(values)}
        disabled={submitting}
        requiredMark
      >
        {formError && <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} />}
        {children}
      </Form>
    </Modal>
  );
}
