import { useRef, useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Grid, Input, Radio, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { checklistFor } from '../../core/unitCategories.js';
import { reportFormError } from '../api/formErrors';
import { listRectifications, type Rectification } from '../rectifications/api';
import { FullPageSpin } from '../shared/FullPageSpin';
import { LoadError } from '../shared/LoadError';
import { DATE_FORMAT, isAfterToday, toDateString, todayInShanghai } from '../shared/dates';
import { getUnit, unitQueryKey, type Unit } from '../units/api';
import { newClientId } from '../units/clientId';
import { useDictionaryLabels } from '../units/labels';
import { UnitSelect } from '../units/UnitSelect';
import { useOnline } from '../offline/useOutbox';
import { createPatrolOrQueue, PATROL_OUTCOMES, type PatrolOutcome } from './api';
import { ChecklistField, hasProblem, toChecklist, unansweredCount, type ChecklistAnswers } from './components/ChecklistField';
import { GeoStatus } from './components/GeoStatus';
import { useGeolocation } from './useGeolocation';

interface PatrolFormValues {
  unitId?: string;
  patrolledOn: Dayjs;
  locationContent: string;
  answers?: ChecklistAnswers;
  problems?: string;
  outcome?: PatrolOutcome;
  rectificationDeadline?: Dayjs;
  coPatrollers?: string;
  remark?: string;
}

const DEADLINE_PRESETS = [3, 7, 15, 30] as const;

/** `/patrols/new?unitId=…&rectificationId=…`: waits for the unit and the rectification being re-inspected. */
export default function PatrolFormPage() {
  const [search] = useSearchParams();
  const unitId = search.get('unitId') ?? undefined;
  const rectificationId = search.get('rectificationId') ?? undefined;
  const unit = useQuery({ queryKey: unitQueryKey(unitId ?? ''), queryFn: () => getUnit(unitId!), enabled: Boolean(unitId) });
  const rectificationParams = { unitId, page: 1, pageSize: 100 };
  const rectification = useQuery({
    queryKey: ['rectifications', rectificationParams],
    queryFn: () => listRectifications(rectificationParams),
    enabled: Boolean(unitId && rectificationId),
    select: (page) => page.items.find((item) => item.id === rectificationId) ?? null,
  });

  const error = unit.error ?? rectification.error;
  if (error) return <LoadError error={error} onRetry={() => void (unit.refetch(), rectification.refetch())} />;
  if ((unitId && unit.isPending) || (unitId && rectificationId && rectification.isPending)) return <FullPageSpin />;
  return <PatrolForm unit={unit.data} rectification={rectification.data ?? undefined} />;
}

function PatrolForm({ unit: initialUnit, rectification }: { unit?: Unit; rectification?: Rectification }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const labels = useDictionaryLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PatrolFormValues>();
  const [clientId] = useState(newClientId);
  const [formError, setFormError] = useState<string | null>(null);
  const [unit, setUnit] = useState<Unit | undefined>(initialUnit);
  const { geo, retry } = useGeolocation();
  const online = useOnline();
  const outcome = Form.useWatch('outcome', form);
  const answers = Form.useWatch('answers', form);
  const items = unit ? checklistFor(unit.category, unit.subCategory) : [];
  const problemsRequired = (outcome !== undefined && outcome !== 'no_problem') || hasProblem(answers);

  const defaultContent = (target: Unit) =>
    rectification
      ? t('patrols.defaultReinspectionContent', { address: target.address })
      : t('patrols.defaultLocationContent', { address: target.address, category: labels.category(target.category) });
  const [initialContent] = useState(() => (initialUnit ? defaultContent(initialUnit) : ''));
  /** The text last filled in for a unit: replaced when another unit is picked, unless it was edited. */
  const autoContent = useRef(initialContent);

  const mutation = useMutation({
    mutationFn: createPatrolOrQueue,
    // Without a network the record goes to the outbox; TanStack Query would otherwise pause the mutation.
    networkMode: 'always',
    onSuccess: (result) =>
      !result.queued &&
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['patrols'] }),
        queryClient.invalidateQueries({ queryKey: ['rectifications'] }),
        queryClient.invalidateQueries({ queryKey: ['units', 'history'] }),
      ]),
  });

  function pickUnit(next: Unit | undefined) {
    setUnit(next);
    form.setFieldValue('answers', {});
    const current = (form.getFieldValue('locationContent') as string | undefined) ?? '';
    if (next && (current.trim() === '' || current === autoContent.current)) {
      autoContent.current = defaultContent(next);
      form.setFieldValue('locationContent', autoContent.current);
    }
  }

  /** The quick choices under the deadline: so many days after the patrol. */
  function setDeadlineIn(days: number) {
    const patrolledOn = (form.getFieldValue('patrolledOn') as Dayjs | undefined) ?? todayInShanghai();
    form.setFieldValue('rectificationDeadline', patrolledOn.add(days, 'day'));
    void form.validateFields(['rectificationDeadline']);
  }

  async function submit(values: PatrolFormValues) {
    setFormError(null);
    try {
      const result = await mutation.mutateAsync({
        clientId,
        unitId: values.unitId!,
        patrolledOn: toDateString(values.patrolledOn),
        locationContent: values.locationContent.trim(),
        problems: values.problems?.trim() ?? '',
        remark: values.remark?.trim() || undefined,
        coPatrollers: values.coPatrollers?.trim() || undefined,
        checklist: toChecklist(items, values.answers),
        outcome: values.outcome!,
        rectificationDeadline: values.outcome === 'rectification' && values.rectificationDeadline ? toDateString(values.rectificationDeadline) : undefined,
        rectificationId: rectification?.id,
        ...(geo.status === 'located' ? { latitude: geo.latitude, longitude: geo.longitude } : {}),
        capturedAt: new Date().toISOString(),
      });
      if (result.queued) {
        void message.info(t('offline.savedOfflinePatrol'), 6);
        void navigate('/patrols');
        return;
      }
      void message.success(t('patrols.saved'));
      void navigate(`/patrols/${result.record.id}`, { state: { justSaved: true } });
    } catch (error) {
      reportFormError(form, error, setFormError);
    }
  }

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{rectification ? t('patrols.reinspectionTitle') : t('patrols.formTitle')}</Typography.Title>}
      style={{ maxWidth: 760, margin: '0 auto' }}
      styles={{ body: { padding: screens.md ? 24 : 12 } }}
    >
      <Form<PatrolFormValues>
        form={form}
        layout="vertical"
        size={screens.md ? 'middle' : 'large'}
        initialValues={{
          unitId: initialUnit?.id,
          patrolledOn: todayInShanghai(),
          locationContent: initialContent,
          answers: {},
        }}
        onFinish={(values) => void submit(values)}
        disabled={mutation.isPending}
        requiredMark
        scrollToFirstError={{ behavior: 'smooth', block: 'center' }}
      >
        {formError && <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} />}
        {!online && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('offline.formOfflineHint')} description={t('offline.photosAfterSync')} />
        )}
        {rectification && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('patrols.reinspectionOf', { problems: rectification.problems })}
            description={t('patrols.reinspectionDeadline', { deadline: rectification.deadline })}
          />
        )}
        <Form.Item name="unitId" label={t('patrols.unit')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('patrols.unit') }) }]}>
          <UnitSelect aria-label={t('patrols.unit')} disabled={Boolean(rectification)} onChange={(_id, picked) => pickUnit(picked)} />
        </Form.Item>
        <Form.Item name="patrolledOn" label={t('patrols.patrolledOn')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('patrols.patrolledOn') }) }]}>
          <DatePicker format={DATE_FORMAT} disabledDate={isAfterToday} allowClear={false} inputReadOnly style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="locationContent"
          label={t('patrols.locationContent')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('patrols.locationContent') }) }, { max: 300 }]}
        >
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
        <Form.Item
          name="answers"
          label={t('patrols.checklist')}
          required={items.length > 0}
          extra={!unit ? t('patrols.checklistPickUnit') : items.length === 0 ? t('patrols.checklistEmpty') : undefined}
          rules={[
            {
              validator: async (_rule, value: ChecklistAnswers | undefined) => {
                const remaining = unansweredCount(items, value);
                if (remaining > 0) throw new Error(t('patrols.checklistUnanswered', { count: remaining }));
              },
            },
          ]}
        >
          <ChecklistField items={items} />
        </Form.Item>
        <Form.Item
          name="outcome"
          label={t('patrols.outcome')}
          extra={rectification ? t('patrols.outcomeReinspectionHint') : undefined}
          dependencies={['answers']}
          rules={[
            { required: true, message: t('common.requiredSelect', { field: t('patrols.outcome') }) },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: PatrolOutcome | undefined) => {
                if (value === 'no_problem' && hasProblem(getFieldValue('answers') as ChecklistAnswers)) throw new Error(t('patrols.noProblemWithFindings'));
              },
            }),
          ]}
        >
          <Radio.Group style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8, width: '100%' }}>
            {PATROL_OUTCOMES.map((value) => (
              <Radio key={value} value={value} style={{ paddingBlock: 4 }}>
                {t(`patrols.outcomes.${value}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {outcome === 'rectification' && (
          <Form.Item
            name="rectificationDeadline"
            label={t('patrols.rectificationDeadline')}
            extra={
              <Flex gap={8} wrap style={{ marginTop: 8 }}>
                {DEADLINE_PRESETS.map((days) => (
                  <Button key={days} size="small" onClick={() => setDeadlineIn(days)}>
                    {t('patrols.deadlinePreset', { days })}
                  </Button>
                ))}
              </Flex>
            }
            dependencies={['patrolledOn']}
            rules={[
              { required: true, message: t('common.requiredSelect', { field: t('patrols.rectificationDeadline') }) },
              ({ getFieldValue }) => ({
                validator: async (_rule, value: Dayjs | undefined) => {
                  const patrolledOn = getFieldValue('patrolledOn') as Dayjs | undefined;
                  if (value && patrolledOn && !value.isAfter(patrolledOn, 'day')) throw new Error(t('patrols.deadlineAfterPatrol'));
                },
              }),
            ]}
          >
            <DatePicker
              format={DATE_FORMAT}
              inputReadOnly
              disabledDate={(day) => !day.isAfter((form.getFieldValue('patrolledOn') as Dayjs | undefined) ?? todayInShanghai(), 'day')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        )}
        <Form.Item
          name="problems"
          label={t('patrols.problems')}
          required={problemsRequired}
          dependencies={['outcome', 'answers']}
          rules={[
            { max: 1000 },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string | undefined) => {
                const chosen = getFieldValue('outcome') as PatrolOutcome | undefined;
                const needed = (chosen !== undefined && chosen !== 'no_problem') || hasProblem(getFieldValue('answers') as ChecklistAnswers);
                if (needed && !value?.trim()) throw new Error(t('patrols.problemsRequired'));
              },
            }),
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('patrols.problemsPlaceholder')} />
        </Form.Item>
        <Form.Item name="coPatrollers" label={t('patrols.coPatrollers')} rules={[{ max: 100 }]}>
          <Input maxLength={100} placeholder={t('patrols.coPatrollersPlaceholder')} />
        </Form.Item>
        <Form.Item name="remark" label={t('patrols.remark')} rules={[{ max: 300 }]}>
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <GeoStatus geo={geo} onRetry={retry} />
          <Flex gap={8}>
            <Button onClick={() => void navigate(-1)} style={{ flex: 1 }}>
              {t('common.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={mutation.isPending} style={{ flex: 2 }}>
              {t('patrols.submit')}
            </Button>
          </Flex>
        </Space>
      </Form>
    </Card>
  );
}
