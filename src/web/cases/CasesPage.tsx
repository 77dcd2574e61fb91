import { useState } from 'react';
import { Card, Flex, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { CaseDrawer } from './CaseDrawer';
import { CaseIndicatorsCard } from './CaseIndicatorsCard';
import { CasesTab } from './CasesTab';
import { FileCaseModal, type CaseOrigin } from './FileCaseModal';
import { InspectionsTab } from './InspectionsTab';
import { originOf } from './links';

/**
 * 监督执法: the period's figures, the institute's inspections and orders, and the penalty cases.
 * `caseFilingLink` opens 立案 from another record: a rectification a station escalated, a complaint or
 * an information report.
 */
export default function CasesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const linkedOrigin = originOf(search);
  const [tab, setTab] = useState(search.get('tab') === 'cases' ? 'cases' : 'inspections');
  const [filing, setFiling] = useState<{ origin?: CaseOrigin } | null>(linkedOrigin ? { origin: linkedOrigin } : null);
  const [openId, setOpenId] = useState<string | null>(null);
  const canManageInspections = can(me.role, 'inspections.manage');
  const canManageCases = can(me.role, 'cases.manage');

  function closeFiling() {
    setFiling(null);
    if (linkedOrigin) setSearch({ tab: 'cases' }, { replace: true });
  }

  return (
    <Flex vertical gap={16}>
      <CaseIndicatorsCard />
      <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('cases.title')}</Typography.Title>}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'inspections',
              label: t('cases.tabInspections'),
              children: (
                <InspectionsTab
                  canManage={canManageInspections}
                  onFileCase={(order) => setFiling({ origin: { source: 'inspection', sourceId: order.id, unitName: order.unitName } })}
                />
              ),
            },
            { key: 'cases', label: t('cases.tabCases'), children: <CasesTab canManage={canManageCases} onFile={() => setFiling({})} onOpen={setOpenId} /> },
          ]}
        />
      </Card>
      {filing && (
        <FileCaseModal
          origin={filing.origin}
          onClose={closeFiling}
          onFiled={(id) => {
            setTab('cases');
            setOpenId(id);
          }}
        />
      )}
      {openId && <CaseDrawer caseId={openId} onClose={() => setOpenId(null)} />}
    </Flex>
  );
}
