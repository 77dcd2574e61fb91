import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Flex, Grid, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { gradingActionProblem, type GradingAction } from '../../core/gradingWorkflow.js';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { LoadError } from '../shared/LoadError';
import { toDateString, todayInShanghai } from '../shared/dates';
import { discardGrading, getGrading, gradingQueryKey, type GradingSetup } from './api';
import { GradeTag } from './GradeTag';
import { DecideAppealModal, TextStepModal, type TextAction } from './StepModals';
import { useGradingStep } from './useGradingStep';

const SEGMENTS: Record<GradingAction, 'publish' | 'discard' | TextAction | 'decide-appeal'> = {
  publish: 'publish', discard: 'discard', reply: 'reply', appeal: 'appeal', decideAppeal: 'decide-appeal', requestRegrade: 'request-regrade',
};
const pre = (text: string) => <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{text}</Typography.Paragraph>;

/** One grading; a manager sees the steps the core allows today. A grader is not offered the appeal's decision. */
export function GradingDrawer({ gradingId, setup, onClose }: { gradingId: string; setup: GradingSetup; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const [asking, setAsking] = useState<TextAction | 'decide-appeal' | null>(null);
  const { data: grading, error, isPending, refetch } = useQuery({ queryKey: gradingQueryKey(gradingId), queryFn: () => getGrading(gradingId) });
  const step = useGradingStep();
  const discard = useMutation({ mutationFn: () => discardGrading(gradingId), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['grading', 'list'] }) });
  const none = t('common.none');
  const today = toDateString(todayInShanghai());

  const allowed = grading && can(me.role, 'grading.manage')
    ? (Object.keys(SEGMENTS) as GradingAction[]).filter((action) =>
      gradingActionProblem(action, grading, today, setup.appealDays) === null && !(action === 'decideAppeal' && grading.graders.some((g) => g.id === me.id)))
    : [];

  function run(action: GradingAction) {
    const segment = SEGMENTS[action];
    if (segment === 'discard') {
      const done = () => discard.mutateAsync().then(() => { void message.success(t('grading.stepDone', { action: t('grading.actions.discard') })); onClose(); }, (e: Error) => void message.error(e.message));
      return void modal.confirm({ title: t('grading.discardConfirm'), okText: t('grading.actions.discard'), okButtonProps: { danger: true }, onOk: done });
    }
    if (segment !== 'publish') return setAsking(segment);
    step.mutateAsync({ key: gradingId, arg: { action: 'publish' } }).then(
      () => void message.success(t('grading.stepDone', { action: t('grading.actions.publish') })),
      (e: Error) => void message.error(e.message),
    );
  }

  const checklist = grading && setup.checklists.find((c) => c.category === grading.category);
  return (
    <Drawer
      open
      rootClassName="grading-drawer"
      title={grading ? `${t('grading.detailTitle')}：${grading.unitName}` : t('grading.detailTitle')}
      onClose={onClose}
      size={screens.md ? 600 : '100%'}
      loading={isPending}
      footer={allowed.length > 0 ? (
        <Flex justify="flex-end" gap={8} wrap>
          {allowed.map((action) => (
            <Button key={action} type={action === 'publish' ? 'primary' : 'default'} danger={action === 'discard'} loading={step.isPending || discard.isPending} onClick={() => run(action)}>
              {t(`grading.actions.${SEGMENTS[action]}`)}
            </Button>
          ))}
        </Flex>
      ) : undefined}
    >
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      {grading && (
        <Descriptions size="small" bordered column={1} styles={{ label: { whiteSpace: 'nowrap' } }} items={[
          { key: 'grade', label: t('grading.grade'), children: <Flex gap={8} align="center"><GradeTag grade={grading.grade} /><span>{grading.total}</span></Flex> },
          { key: 'capped', label: t('grading.cappedBy'), children: grading.cappedBy?.itemLabel ?? none },
          { key: 'status', label: t('grading.status'), children: t(`grading.statuses.${grading.status}`) },
          { key: 'unit', label: t('grading.unit'), children: <Link to={`/units/${grading.unitId}`}>{grading.unitName}</Link> },
          { key: 'inspectedOn', label: t('grading.inspectedOn'), children: grading.inspectedOn },
          { key: 'graders', label: t('grading.graders'), children: grading.graders.map((g) => g.name).join('、') },
          { key: 'publishedOn', label: t('grading.publishedOn'), children: grading.publishedOn ?? none },
          { key: 'appealDeadline', label: t('grading.appealDeadline'), children: grading.appealDeadline ?? none },
          { key: 'reply', label: t('grading.fields.reply'), children: grading.reply ? pre(grading.reply) : none },
          { key: 'appeal', label: t('grading.appeal'), children: grading.appealStatus ? pre(`${t(`grading.appealStatuses.${grading.appealStatus}`)}（${grading.appealedOn}）：${grading.appealGrounds}`) : none },
          ...(grading.appealDecidedOn ? [{ key: 'decision', label: t('grading.fields.note'), children: pre(`${grading.appealDecidedBy?.name ?? ''} ${grading.appealDecidedOn}：${grading.appealNote}`) }] : []),
          { key: 'regrade', label: t('grading.regrade'), children: grading.regradeRequestedOn ? pre(`${grading.regradeRequestedOn}：${grading.regradeReason}`) : none },
          ...(checklist ? checklist.items.map((item) => ({ key: item.code, label: item.label, children: grading.scoreSheet[item.code] === null ? t('grading.notApplicable') : `${grading.scoreSheet[item.code]} / ${item.max}` })) : []),
        ]} />
      )}
      {grading && asking === 'decide-appeal' && <DecideAppealModal grading={grading} setup={setup} onClose={() => setAsking(null)} />}
      {grading && asking && asking !== 'decide-appeal' && <TextStepModal grading={grading} action={asking} onClose={() => setAsking(null)} />}
    </Drawer>
  );
}
