import { App, Button, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatRate } from '../../core/indicators.js';
import { downloadFile } from '../units/files';
import type { Figures, SubmissionDetail } from './api';

const COUNTS = ['patrols', 'unitsPatrolled', 'patrolsWithProblems', 'reports', 'reportsOnTime', 'activeUnits'] as const;

/** The month's (or quarter's) register figures from the records, the snapshot sent, and the two registers to check. */
export function FiguresCard({ detail }: { detail: SubmissionDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const snapshot = detail.status && detail.status !== 'draft' ? (detail.snapshot as Figures | null) : null;
  const download = (path: string, name: string) => void downloadFile(path, undefined, `${name}-${detail.period.key}.xlsx`).catch((e: Error) => void message.error(e.message));

  return (
    <Card size="small" title={t('submissions.figuresTitle')}>
      {detail.dataSet.kind === 'registers' && <Typography.Paragraph type="secondary">{t('submissions.registerHint')}</Typography.Paragraph>}
      {detail.figures && <FigureRow figures={detail.figures} />}
      {snapshot && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('submissions.snapshotTitle')}</Typography.Title>
          <FigureRow figures={snapshot} />
        </>
      )}
      {detail.downloads && (
        <Space wrap style={{ marginTop: 16 }}>
          <Button icon={<FileExcelOutlined />} onClick={() => download(detail.downloads!.patrols, t('submissions.patrolRegister'))}>{t('submissions.patrolRegister')}</Button>
          <Button icon={<FileExcelOutlined />} onClick={() => download(detail.downloads!.reports, t('submissions.reportRegister'))}>{t('submissions.reportRegister')}</Button>
        </Space>
      )}
    </Card>
  );
}

function FigureRow({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      {COUNTS.filter((key) => figures[key] !== undefined).map((key) => (
        <Col key={key} xs={12} sm={8} md={6}><Statistic title={t(`submissions.figures.${key}`)} value={figures[key]} /></Col>
      ))}
      {figures.coverage && (
        <Col xs={12} sm={8} md={6}><Statistic title={t('submissions.figures.coverage')} value={formatRate(figures.coverage)} /></Col>
      )}
    </Row>
  );
}
