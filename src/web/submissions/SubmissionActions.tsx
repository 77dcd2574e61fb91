import { useState } from 'react';
import { App, Button, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { reportFormError } from '../api/formErrors';
import {
  reviewSubmission, saveSubmission, submitSubmission, type ReviewAction, type SaveBody, type SubmissionDetail, type SubmissionKey,
} from './api';
import { CommentModal } from './components/CommentModal';
import { useSubmissionAction } from './useSubmissionAction';

export interface FormValues {
  values?: Record<string, number | null | undefined>;
  narrative?: string;
}

/** The form as the API takes it: every field listed, blanks as null (a saved form replaces the last one). */
export function bodyOf(detail: SubmissionDetail, values: FormValues): SaveBody {
  const body: SaveBody = {};
  if (detail.dataSet.kind === 'custom') body.values = Object.fromEntries(detail.fields.map((f) => [f.code, values.values?.[f.code] ?? null]));
  if (values.narrative !== undefined) body.narrative = values.narrative;
  return body;
}

/** Save, submit (after a confirmation) and the review acts, as the server says the user may. */
export function SubmissionActions({ detail, form }: { detail: SubmissionDetail; form: FormInstance<FormValues> }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [review, setReview] = useState<ReviewAction | null>(null);
  const key: SubmissionKey = { dataSetId: detail.dataSet.id, orgId: detail.org.id, period: detail.period.key };
  const save = useSubmissionAction((k, body: SaveBody) => saveSubmission(k, body));
  const submit = useSubmissionAction((k, body: SaveBody) => submitSubmission(k, body));
  const act = useSubmissionAction((k, arg: { action: ReviewAction; comment?: string }) => reviewSubmission(k, arg.action, arg.comment));
  const fail = (error: unknown) => reportFormError(form, error, (text) => void message.error(text));

  async function onSave() {
    try {
      await save.mutateAsync({ key, arg: bodyOf(detail, form.getFieldsValue()) });
      void message.success(t('submissions.saved'));
    } catch (error) {
      fail(error);
    }
  }

  function onSubmit() {
    modal.confirm({
      title: t('submissions.actions.submit'),
      content: t('submissions.submitConfirm'),
      onOk: async () => {
        try {
          await submit.mutateAsync({ key, arg: bodyOf(detail, form.getFieldsValue()) });
          void message.success(t('submissions.done', { action: t('submissions.actions.submit') }));
        } catch (error) {
          fail(error);
        }
      },
    });
  }

  const has = (action: SubmissionDetail['actions'][number]) => detail.actions.includes(action);
  return (
    <>
      {has('save') && <Button loading={save.isPending} onClick={() => void onSave()}>{t('submissions.actions.save')}</Button>}
      {has('submit') && <Button type="primary" loading={submit.isPending} onClick={onSubmit}>{t('submissions.actions.submit')}</Button>}
      {(['accept', 'return', 'reopen'] as const).filter(has).map((action) => (
        <Button key={action} type={action === 'accept' ? 'primary' : 'default'} danger={action !== 'accept'} onClick={() => setReview(action)}>
          {t(`submissions.actions.${action}`)}
        </Button>
      ))}
      {review && (
        <CommentModal
          action={review}
          title={`${t(`submissions.actions.${review}`)} · ${detail.org.name} · ${detail.period.label}`}
          onConfirm={(comment) => act.mutateAsync({ key, arg: { action: review, comment } })}
          onClose={() => setReview(null)}
        />
      )}
    </>
  );
}
