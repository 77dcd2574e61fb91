import { Alert, Button, Card, Descriptions, Flex, Space, Table, Tag, Tooltip } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { checklistFor, categoryByCode } from '../../core/unitCategories.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { FullPageSpin } from '../shared/FullPageSpin';
import { LoadError } from '../shared/LoadError';
import { formatDateTime } from '../shared/dates';
import { DetailHeader } from '../units/components/DetailHeader';
import { useDictionaryLabels } from '../units/labels';
import { getPatrol, patrolQueryKey, type ChecklistAnswer, type Patrol } from './api';
import { OutcomeTag } from './components/OutcomeTag';
import { PatrolPhotos } from './components/PatrolPhotos';

const RESULT_COLORS = { ok: 'green', problem: 'red', na: 'default' } as const;

export default function PatrolDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const justSaved = (location.state as { justSaved?: boolean } | null)?.justSaved === true;
  const { data: patrol, error, isPending, refetch } = useQuery({ queryKey: patrolQueryKey(id), queryFn: () => getPatrol(id) });

  if (isPending) return <FullPageSpin />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const none = t('common.none');

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960, margin: '0 auto' }}>
      {justSaved && (
        <Alert
          type="success"
          showIcon
          title={t('patrols.savedUploadPhotos')}
          action={
            <Space wrap>
              <Button size="small" onClick={() => void navigate('/patrols')}>
                {t('patrols.done')}
              </Button>
              <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/patrols/new')}>
                {t('patrols.recordAnother')}
              </Button>
            </Space>
          }
        />
      )}
      <Card>
        <DetailHeader title={patrol.unitName} backTo="/patrols" tags={<OutcomeTag outcome={patrol.outcome} />} />
        <PatrolDescriptions patrol={patrol} none={none} />
      </Card>
      <Card title={t('patrols.photos')}>
        <PatrolPhotos patrol={patrol} canUpload={patrol.patrollerId === me.id} />
      </Card>
      <Card title={t('patrols.checklistResults')}>
        <ChecklistResults patrol={patrol} />
      </Card>
    </Flex>
  );
}

function PatrolDescriptions({ patrol, none }: { patrol: Patrol; none: string }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      bordered
      styles={{ label: { whiteSpace: 'nowrap' } }}
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'unit', label: t('patrols.unit'), children: <Link to={`/units/${patrol.unitId}`}>{patrol.unitName}</Link> },
        { key: 'date', label: t('patrols.patrolledOn'), children: patrol.patrolledOn },
        { key: 'content', label: t('patrols.locationContent'), children: patrol.locationContent, span: 'filled' },
        { key: 'problems', label: t('patrols.problems'), children: patrol.problems || none, span: 'filled' },
        { key: 'outcome', label: t('patrols.outcome'), children: <OutcomeTag outcome={patrol.outcome} /> },
        {
          key: 'rectification',
          label: t('patrols.rectification'),
          children:
            patrol.rectificationId || patrol.outcome === 'rectification' ? (
              <Link to={`/rectifications?unitId=${patrol.unitId}`}>{t('patrols.viewRectifications')}</Link>
            ) : (
              none
            ),
        },
        { key: 'patroller', label: t('patrols.patroller'), children: patrol.patrollerName },
        { key: 'co', label: t('patrols.coPatrollers'), children: patrol.coPatrollers || none },
        { key: 'org', label: t('patrols.org'), children: patrol.orgName },
        {
          key: 'location',
          label: t('patrols.location'),
          children: patrol.latitude !== null && patrol.longitude !== null ? `${patrol.latitude}, ${patrol.longitude}` : none,
        },
        { key: 'captured', label: t('patrols.capturedAt'), children: formatDateTime(patrol.capturedAt) ?? none },
        {
          key: 'received',
          label: t('patrols.receivedAt'),
          children: (
            <Space size={4}>
              {formatDateTime(patrol.receivedAt)}
              {patrol.syncedLate && (
                <Tooltip title={t('patrols.syncedLateHint', { captured: formatDateTime(patrol.capturedAt), received: formatDateTime(patrol.receivedAt) })}>
                  <Tag color="gold">{t('patrols.syncedLate')}</Tag>
                </Tooltip>
              )}
            </Space>
          ),
        },
        { key: 'remark', label: t('patrols.remark'), children: patrol.remark || none, span: 'filled' },
      ]}
    />
  );
}

/** Answers in checklist order, with the item's wording from the dictionary (the code if it was since removed). */
function ChecklistResults({ patrol }: { patrol: Patrol }) {
  const { t } = useTranslation();
  const { label } = useDictionaryLabels();
  const known = categoryByCode(patrol.unitCategory) ? checklistFor(patrol.unitCategory) : [];
  const labelOf = (code: string) => label(known.find((item) => item.code === code), code);
  return (
    <Table<ChecklistAnswer>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={patrol.checklist}
      columns={[
        { title: t('patrols.item'), dataIndex: 'code', render: (code: string) => labelOf(code) },
        {
          title: t('patrols.result'),
          dataIndex: 'result',
          width: 90,
          render: (_r, answer) => <Tag color={RESULT_COLORS[answer.result]}>{t(`patrols.results.${answer.result}`)}</Tag>,
        },
        { title: t('patrols.note'), dataIndex: 'note', render: (note?: string) => note ?? '' },
      ]}
    />
  );
}
