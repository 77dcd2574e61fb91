import { useState } from 'react';
import { Button, Descriptions, Drawer, Flex, Grid, Steps, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { allowedCaseActions, isCaseOpen, missingDocuments, type CaseAction } from '../../core/cases.js';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { LoadError } from '../shared/LoadError';
import { caseDocumentsQueryKey, caseQueryKey, getCase, listCaseDocuments, type Case } from './api';
import { CaseDocuments } from './CaseDocuments';
import { CaseStatusTag } from './CaseTags';
import { CaseStepModal } from './CaseStepModal';

const STAGES = ['filed', 'investigating', 'decided', 'executing', 'closed'] as const;
const money = (yuan: number | null) => (yuan === null ? null : yuan.toFixed(2));

/** One case: its stages, details, documents, and the steps the core allows from its status. */
export function CaseDrawer({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const [acting, setActing] = useState<CaseAction | null>(null);
  const { data: kase, error, isPending, refetch } = useQuery({ queryKey: caseQueryKey(caseId), queryFn: () => getCase(caseId) });
  const { data: documents } = useQuery({ queryKey: caseDocumentsQueryKey(caseId), queryFn: () => listCaseDocuments(caseId) });
  const canManage = can(me.role, 'cases.manage');
  const attached = (documents ?? []).map((d) => d.kind);
  const actions = kase && canManage ? allowedCaseActions(kase.status) : [];
  const missing = (action: CaseAction) => (kase ? missingDocuments(action, attached, { amountPaid: kase.amountPaid }) : []);
  // The way forward is the first allowed step; what it still lacks is said up front and offered for upload.
  const nextMissing = actions[0] ? missing(actions[0]) : [];

  return (
    <Drawer
      open
      title={kase ? `${t('cases.detailTitle')} ${kase.caseNo}` : t('cases.detailTitle')}
      onClose={onClose}
      size={screens.md ? 640 : '100%'}
      loading={isPending}
      footer={
        actions.length > 0 ? (
          <Flex justify="flex-end" gap={8} wrap>
            {actions.map((action) => {
              const lacking = missing(action);
              const button = (
                <Button key={action} type={action === 'dismiss' ? 'default' : 'primary'} danger={action === 'dismiss'} disabled={lacking.length > 0} onClick={() => setActing(action)}>
                  {t(`cases.actions.${action}`)}
                </Button>
              );
              return lacking.length > 0 ? (
                <Tooltip key={action} title={t('cases.needsDocuments', { kinds: lacking.map((k) => t(`cases.documentKinds.${k}`)).join('、') })}>{button}</Tooltip>
              ) : button;
            })}
          </Flex>
        ) : undefined
      }
    >
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      {kase && (
        <Flex vertical gap={16}>
          {/* A dismissed case left the way of the stages; its status is in the details below. */}
          {kase.status !== 'dismissed' && (
            <Steps size="small" current={STAGES.indexOf(kase.status)} items={STAGES.map((s) => ({ title: t(`cases.statuses.${s}`) }))} responsive />
          )}
          {nextMissing.length > 0 && (
            <Typography.Text type="warning" data-testid="missing-documents">
              {t('cases.needsDocuments', { kinds: nextMissing.map((k) => t(`cases.documentKinds.${k}`)).join('、') })}
            </Typography.Text>
          )}
          <CaseDetails kase={kase} />
          <CaseDocuments kase={kase} editable={canManage && isCaseOpen(kase.status)} suggested={nextMissing[0]} />
        </Flex>
      )}
      {acting && kase && <CaseStepModal kase={kase} action={acting} onClose={() => setActing(null)} />}
    </Drawer>
  );
}

function CaseDetails({ kase }: { kase: Case }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const item = (key: string, label: string, children: React.ReactNode) => ({ key, label, children: children ?? none });
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={[
        item('status', t('cases.status'), <span data-testid="case-status"><CaseStatusTag status={kase.status} /></span>),
        item('party', t('cases.party'), kase.partyName),
        item('unit', t('cases.caseUnit'), kase.unitId ? <Link to={`/units/${kase.unitId}`}>{kase.unitName}</Link> : null),
        item('area', t('cases.area'), t(`cases.areas.${kase.area}`)),
        item('cause', t('cases.cause'), kase.cause),
        item('source', t('cases.caseSource'), t(`cases.caseSources.${kase.source}`)),
        item('handlers', t('cases.handlers'), kase.handlers.map((h) => h.name).join('、')),
        item('filedOn', t('cases.filedOn'), kase.filedOn),
        item('investigatedOn', t('cases.investigatedOn'), kase.investigatedOn),
        ...(kase.decidedOn
          ? [
              item('decidedOn', t('cases.decidedOn'), kase.decidedOn),
              item('penalties', t('cases.penaltyTypes'), (kase.penaltyTypes ?? []).map((p) => t(`cases.penalties.${p}`)).join('、')),
              item('fine', t('cases.fineAmount'), money(kase.fineAmount)),
              item('confiscation', t('cases.confiscationAmount'), money(kase.confiscationAmount)),
              item('violationBasis', t('cases.violationBasis'), kase.violationBasis),
              item('penaltyBasis', t('cases.penaltyBasis'), kase.penaltyBasis),
              item('discretion', t('cases.discretion'), kase.discretion && t(`cases.discretions.${kase.discretion}`)),
            ]
          : []),
        ...(kase.executedOn ? [item('executedOn', t('cases.executedOn'), kase.executedOn), item('paid', t('cases.amountPaid'), money(kase.amountPaid))] : []),
        ...(kase.closedOn ? [item('closedOn', t('cases.closedOn'), kase.closedOn), item('summary', t('cases.summary'), kase.closingSummary)] : []),
        ...(kase.dismissedOn ? [item('dismissedOn', t('cases.dismissedOn'), kase.dismissedOn), item('reason', t('cases.reason'), kase.dismissalReason)] : []),
      ]}
    />
  );
}
