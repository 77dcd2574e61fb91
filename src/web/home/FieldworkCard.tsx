import { Badge, Button, Card, Flex, Statistic } from 'antd';
import { CompassOutlined, FileTextOutlined, ScheduleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/CurrentUser';
import { canRecordPatrols } from '../patrols/permissions';
import { listRectifications, rectificationsQueryKey } from '../rectifications/api';
import { canReport } from '../reports/permissions';

const OPEN = { status: 'open', page: 1, pageSize: 1 } as const;
const OVERDUE = { status: 'open', overdue: true, page: 1, pageSize: 1 } as const;

/** The field worker's start of the day: what needs re-inspecting, and one tap to patrol or report. */
export function FieldworkCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const patrols = canRecordPatrols(me.role);
  const reports = canReport(me.role);
  const open = useQuery({ queryKey: rectificationsQueryKey(OPEN), queryFn: () => listRectifications(OPEN), enabled: patrols });
  const overdue = useQuery({ queryKey: rectificationsQueryKey(OVERDUE), queryFn: () => listRectifications(OVERDUE), enabled: patrols });
  if (!patrols && !reports) return null;

  return (
    <Card title={t('fieldwork.title')} size="small">
      <Flex wrap gap={24} align="center" justify="space-between">
        {patrols && (
          <Flex gap={32}>
            <Statistic title={t('fieldwork.openRectifications')} value={open.data?.total ?? '—'} loading={open.isPending} />
            <Statistic
              title={t('fieldwork.overdueRectifications')}
              value={overdue.data?.total ?? '—'}
              loading={overdue.isPending}
              styles={{ content: { color: overdue.data?.total ? '#cf1322' : undefined } }}
            />
          </Flex>
        )}
        <Flex wrap gap={8}>
          {patrols && (
            <>
              <Badge count={overdue.data?.total ?? 0}>
                <Button size="large" icon={<ScheduleOutlined />} onClick={() => void navigate('/rectifications')}>
                  {t('fieldwork.todo')}
                </Button>
              </Badge>
              <Button size="large" type="primary" icon={<CompassOutlined />} onClick={() => void navigate('/patrols/new')}>
                {t('fieldwork.recordPatrol')}
              </Button>
            </>
          )}
          {reports && (
            <Button size="large" icon={<FileTextOutlined />} onClick={() => void navigate('/reports/new')}>
              {t('fieldwork.reportInformation')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
