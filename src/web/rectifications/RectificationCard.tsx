import { Button, Card, Flex, Space, Typography, theme } from 'antd';
import { AlertOutlined, CompassOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Rectification } from './api';
import { DeadlineTag } from './DeadlineTag';
import { RectificationStatusTag } from './RectificationStatusTag';

interface RectificationCardProps {
  rectification: Rectification;
  /** Omitted for readers: no 复查 or 上报 buttons. */
  onReinspect?: (rectification: Rectification) => void;
  onEscalate?: (rectification: Rectification) => void;
  /** For the institute (cases.manage): 立案 from an escalated rectification. */
  onFileCase?: (rectification: Rectification) => void;
}

/** One follow-up: the unit, the problems, the deadline (red once passed) and what to do next. */
export function RectificationCard({ rectification: r, onReinspect, onEscalate, onFileCase }: RectificationCardProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const overdue = r.status === 'open' && r.overdue;
  return (
    <Card
      size="small"
      data-testid={`rectification-${r.id}`}
      style={overdue ? { borderColor: token.colorError, background: token.colorErrorBg } : undefined}
      title={
        <Space wrap size={4}>
          <Link to={`/units/${r.unitId}`}>{r.unitName}</Link>
          <RectificationStatusTag status={r.status} />
          <DeadlineTag rectification={r} />
        </Space>
      }
    >
      <Flex vertical gap={8}>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{r.problems}</Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('rectifications.requiredOn')} {r.requiredOn} · {t('rectifications.deadline')}{' '}
          <Typography.Text type={overdue ? 'danger' : undefined} strong={overdue} style={{ fontSize: 13 }}>
            {r.deadline}
          </Typography.Text>{' '}
          · {r.orgName}
        </Typography.Text>
        {r.status === 'closed' && r.closedOn && <Typography.Text type="success">{t('rectifications.closedOn', { date: r.closedOn })}</Typography.Text>}
        {r.status === 'escalated' && (
          <Typography.Text type="danger">{t('rectifications.escalatedOn', { date: r.escalatedOn ?? '', reason: r.escalationReason ?? '' })}</Typography.Text>
        )}
        {r.caseNo && <Typography.Text strong data-testid="rectification-case">{t('rectifications.caseFiled', { no: r.caseNo })}</Typography.Text>}
        <Flex gap={8} wrap align="center">
          <Link to={`/patrols/${r.patrolId}`}>{t('rectifications.viewPatrol')}</Link>
          {r.status === 'escalated' && !r.caseNo && onFileCase && (
            <Button danger style={{ marginLeft: 'auto' }} onClick={() => onFileCase(r)}>
              {t('rectifications.fileCase')}
            </Button>
          )}
          {r.closingPatrolId && <Link to={`/patrols/${r.closingPatrolId}`}>{t('rectifications.viewClosingPatrol')}</Link>}
          {r.status === 'open' && onReinspect && onEscalate && (
            <Flex gap={8} style={{ marginLeft: 'auto' }}>
              <Button danger icon={<AlertOutlined />} onClick={() => onEscalate(r)}>
                {t('rectifications.escalate')}
              </Button>
              <Button type="primary" icon={<CompassOutlined />} onClick={() => onReinspect(r)}>
                {t('rectifications.reinspect')}
              </Button>
            </Flex>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
