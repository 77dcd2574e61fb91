import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Flex, Grid, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { LICENSING_ACTIONS, type LicensingAction, type LicensingStatus } from '../../core/licensing.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { LoadError } from '../shared/LoadError';
import { applicationQueryKey, getApplication } from './api';
import { DueDate, LicensingStatusTag } from './StatusTag';
import { IssueModal, RefuseModal } from './StepModals';
import { useLicensingStep } from './useLicensingStep';

/** Order of the buttons: the way forward first, then refusal and withdrawal. */
const ACTION_ORDER: readonly LicensingAction[] = ['reviewDocuments', 'passDocuments', 'passSite', 'issue', 'refuse', 'withdraw'];
const FORWARD: ReadonlySet<LicensingAction> = new Set(['reviewDocuments', 'passDocuments', 'passSite', 'issue']);

/** One application; a manager sees the steps the core allows from its status. */
export function LicensingDrawer({ applicationId, onClose }: { applicationId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const me = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const [asking, setAsking] = useState<'refuse' | 'issue' | null>(null);
  const { data: application, error, isPending, refetch } = useQuery({ queryKey: applicationQueryKey(applicationId), queryFn: () => getApplication(applicationId) });
  const step = useLicensingStep(applicationId);
  const none = t('common.none');

  // The core's transitions decide which steps show; a refusal's reason is asked for in its dialog.
  const allowed =
    application && can(me.role, 'licensing.manage')
      ? ACTION_ORDER.filter((action) => (LICENSING_ACTIONS[action].from as readonly LicensingStatus[]).includes(application.status))
      : [];

  function run(action: LicensingAction) {
    if (action === 'refuse' || action === 'issue') return setAsking(action);
    const label = t(`licensing.actions.${action}`);
    const go = () =>
      step.mutateAsync({ action }).then(
        () => void message.success(t('licensing.stepDone', { action: label })),
        (e: Error) => void message.error(e.message),
      );
    if (action === 'withdraw') void modal.confirm({ title: t('licensing.withdrawConfirm'), okText: label, okButtonProps: { danger: true }, onOk: go });
    else void go();
  }

  return (
    <Drawer
      open
      rootClassName="licensing-drawer"
      title={application ? `${t('licensing.detailTitle')} ${application.applicationNo}` : t('licensing.detailTitle')}
      onClose={onClose}
      size={screens.md ? 560 : '100%'}
      loading={isPending}
      footer={
        allowed.length > 0 ? (
          <Flex justify="flex-end" gap={8} wrap>
            {allowed.map((action) => (
              <Button
                key={action}
                type={FORWARD.has(action) ? 'primary' : 'default'}
                danger={!FORWARD.has(action)}
                loading={step.isPending && step.variables.action === action}
                disabled={step.isPending}
                onClick={() => run(action)}
              >
                {action === 'issue' ? t(`licensing.grants.${application!.kind}`) : t(`licensing.actions.${action}`)}
              </Button>
            ))}
          </Flex>
        ) : undefined
      }
    >
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      {application && (
        <Descriptions
          size="small"
          bordered
          column={1}
          styles={{ label: { whiteSpace: 'nowrap' } }}
          items={[
            { key: 'status', label: t('licensing.status'), children: <LicensingStatusTag status={application.status} /> },
            { key: 'no', label: t('licensing.applicationNo'), children: application.applicationNo },
            { key: 'holder', label: t('licensing.holder'), children: application.applicantName },
            { key: 'unit', label: t('licensing.unit'), children: application.unitId ? <Link to={`/units/${application.unitId}`}>{application.unitName}</Link> : none },
            { key: 'phone', label: t('licensing.applicantPhone'), children: application.applicantPhone ?? none },
            { key: 'type', label: t('licensing.licenceType'), children: application.licenceType },
            { key: 'kind', label: t('licensing.kind'), children: t(`licensing.kinds.${application.kind}`) },
            { key: 'acceptedOn', label: t('licensing.acceptedOn'), children: application.acceptedOn },
            { key: 'dueOn', label: t('licensing.dueOn'), children: <DueDate dueOn={application.dueOn} overdue={application.overdue} /> },
            { key: 'decidedOn', label: t('licensing.decidedOn'), children: application.decidedOn ?? none },
            ...(application.refusalReason
              ? [{ key: 'reason', label: t('licensing.refusalReason'), children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{application.refusalReason}</Typography.Paragraph> }]
              : []),
            { key: 'licenceNo', label: t('licensing.licenceNo'), children: <span data-testid="licence-no">{application.licenceNo ?? none}</span> },
            { key: 'issuedOn', label: t('licensing.issuedOn'), children: application.issuedOn ?? none },
            { key: 'expiresOn', label: t('licensing.expiresOn'), children: application.expiresOn ?? none },
          ]}
        />
      )}
      {asking === 'refuse' && application && <RefuseModal application={application} onClose={() => setAsking(null)} />}
      {asking === 'issue' && application && <IssueModal application={application} onClose={() => setAsking(null)} />}
    </Drawer>
  );
}
