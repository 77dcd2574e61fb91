import { useState } from 'react';
import { Button, Card, Flex, Switch, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../shared/LoadError';
import type { Org } from './api';
import { OrgCloseModal } from './OrgCloseModal';
import { OrgCreateModal } from './OrgCreateModal';
import { OrgDetailsDrawer } from './OrgDetailsDrawer';
import { OrgMergeModal } from './OrgMergeModal';
import { OrgRenameModal } from './OrgRenameModal';
import { OrgTable, type OrgAction } from './OrgTable';
import { useOrgs } from './useOrgs';

type OpenDialog = { kind: 'create' } | { kind: Exclude<OrgAction, 'details'>; org: Org } | null;

export default function OrgsPage() {
  const { t } = useTranslation();
  const [includeClosed, setIncludeClosed] = useState(false);
  const { data: orgs = [], error, isFetching, refetch } = useOrgs(includeClosed);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [detailsId, setDetailsId] = useState<string | null>(null);
  const closeDialog = () => setDialog(null);

  function handleAction(action: OrgAction, org: Org) {
    if (action === 'details') setDetailsId(org.id);
    else setDialog({ kind: action, org });
  }

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('orgs.title')}</Typography.Title>}
      extra={
        <Flex align="center" gap={16} wrap justify="flex-end">
          <label>
            <Flex align="center" gap={8}>
              <Switch size="small" checked={includeClosed} onChange={setIncludeClosed} />
              <span>{t('orgs.showClosed')}</span>
            </Flex>
          </label>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            {t('orgs.create')}
          </Button>
        </Flex>
      }
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
    >
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <OrgTable orgs={orgs} loading={isFetching} onAction={handleAction} />
      )}
      {dialog?.kind === 'create' && <OrgCreateModal onClose={closeDialog} />}
      {dialog?.kind === 'rename' && <OrgRenameModal org={dialog.org} onClose={closeDialog} />}
      {dialog?.kind === 'close' && <OrgCloseModal org={dialog.org} onClose={closeDialog} />}
      {dialog?.kind === 'merge' && <OrgMergeModal org={dialog.org} onClose={closeDialog} />}
      {detailsId && <OrgDetailsDrawer orgId={detailsId} orgs={orgs} onClose={() => setDetailsId(null)} />}
    </Card>
  );
}
