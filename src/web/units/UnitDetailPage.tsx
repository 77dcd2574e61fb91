import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { CompassOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { canRecordPatrols } from '../patrols/permissions';
import { FullPageSpin } from '../shared/FullPageSpin';
import { LoadError } from '../shared/LoadError';
import { formatDateTime } from '../shared/dates';
import { getUnit, unitQueryKey } from './api';
import { DetailHeader } from './components/DetailHeader';
import { FileStatusTag } from './components/FileStatusTag';
import { LicenceExpiry } from './components/LicenceExpiry';
import { UnitStatusTag } from './components/UnitStatusTag';
import { useDictionaryLabels } from './labels';
import { UnitCloseModal } from './UnitCloseModal';
import { UnitFormDrawer } from './UnitFormDrawer';
import { UnitHistory } from './UnitHistory';

export default function UnitDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const labels = useDictionaryLabels();
  const [dialog, setDialog] = useState<'edit' | 'close' | null>(null);
  const { data: unit, error, isPending, refetch } = useQuery({ queryKey: unitQueryKey(id), queryFn: () => getUnit(id) });

  if (isPending) return <FullPageSpin />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const open = unit.status !== 'closed';
  const none = t('common.none');

  return (
    <Flex vertical gap={16}>
      <Card>
        <DetailHeader
          title={unit.name}
          backTo="/units"
          tags={
            <>
              <UnitStatusTag status={unit.status} />
              <FileStatusTag complete={unit.fileComplete} gaps={unit.fileGaps} />
            </>
          }
          actions={
            <>
              {open && canRecordPatrols(me.role) && (
                <Button type="primary" icon={<CompassOutlined />} onClick={() => void navigate(`/patrols/new?unitId=${unit.id}`)}>
                  {t('units.recordPatrol')}
                </Button>
              )}
              {open && can(me.role, 'units.manage') && (
                <>
                  <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                    {t('common.edit')}
                  </Button>
                  <Button danger icon={<StopOutlined />} onClick={() => setDialog('close')}>
                    {t('units.close')}
                  </Button>
                </>
              )}
            </>
          }
        />
        <Descriptions
          size="small"
          bordered
          styles={{ label: { whiteSpace: 'nowrap' } }}
          column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
          items={[
            { key: 'category', label: t('units.category'), children: `${labels.category(unit.category)} / ${labels.subCategory(unit.category, unit.subCategory)}` },
            { key: 'creditCode', label: t('units.creditCode'), children: unit.creditCode ? <Typography.Text code>{unit.creditCode}</Typography.Text> : none },
            { key: 'station', label: t('units.station'), children: unit.orgName },
            { key: 'township', label: t('units.township'), children: unit.townshipName },
            { key: 'address', label: t('units.address'), children: unit.address },
            {
              key: 'coordinates',
              label: t('units.coordinates'),
              children: unit.latitude !== null && unit.longitude !== null ? `${unit.latitude}, ${unit.longitude}` : none,
            },
            { key: 'person', label: t('units.personInCharge'), children: unit.personInCharge ?? none },
            { key: 'phone', label: t('units.phone'), children: unit.phone ?? none },
            { key: 'licenceType', label: t('units.licenceType'), children: unit.licenceType ?? none },
            { key: 'licenceNo', label: t('units.licenceNo'), children: unit.licenceNo ?? none },
            { key: 'licenceIssuedOn', label: t('units.licenceIssuedOn'), children: unit.licenceIssuedOn ?? none },
            { key: 'licenceExpiresOn', label: t('units.licenceExpiresOn'), children: unit.licenceExpiresOn ? <LicenceExpiry expiresOn={unit.licenceExpiresOn} /> : none },
            { key: 'employees', label: t('units.employees'), children: unit.employees ?? none },
            { key: 'certified', label: t('units.employeesCertified'), children: unit.employeesCertified ?? none },
            { key: 'risk', label: t('units.riskLevel'), children: unit.riskLevel ? t(`units.riskLevels.${unit.riskLevel}`) : none },
            { key: 'grade', label: t('units.hygieneGrade'), children: unit.hygieneGrade ?? none },
            ...(unit.closedOn ? [{ key: 'closedOn', label: t('units.closedOn'), children: unit.closedOn }] : []),
            { key: 'updatedAt', label: t('units.updatedAt'), children: formatDateTime(unit.updatedAt) },
          ]}
        />
      </Card>
      <Card title={t('units.history')}>
        <UnitHistory unitId={unit.id} />
      </Card>
      {dialog === 'edit' && <UnitFormDrawer unit={unit} onClose={() => setDialog(null)} />}
      {dialog === 'close' && <UnitCloseModal unit={unit} onClose={() => setDialog(null)} />}
    </Flex>
  );
}
