import { useState, type ReactNode } from 'react';
import { App, Form, Modal, type FormInstance } from 'antd';
import { reportFormError } from '../api/formErrors';

interface FormModalProps<Values> {
  title: ReactNode;
  form: FormInstance<Values>;
  /**
   * Resolve to close the dialog; resolve `false` to keep it open (the user backed out of a
   * confirmation); throw (an ApiError) to keep it open with the errors shown.
   */
  onSubmit: (values: Values) => Promise<void | false>;
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
 * opening starts from `initialValues`. Server field errors land next to their fields.
 */
export function FormModal<Values>({
  title,
  form,
  onSubmit,
  onClose,
  initialValues,
  okText,
  okDanger = false,
  closable = true,
  children,
}: FormModalProps<Values>) {
  const { message } = App.useApp();
  const [submitting, setSubmitting] = useState(false);

  async function handleFinish(values: Values) {
    setSubmitting(true);
    try {
      const outcome = await onSubmit(values);
      if (outcome !== false) onClose();
    } catch (error) {
      reportFormError(form, error, (text) => void message.error(text));
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
        {children}
      </Form>
    </Modal>
  );
}
