import { App, Breadcrumb, Button, Card, Col, Flex, Row, Spin, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { parsePeriod } from '../../core/periods.js';
import { formatDateTime } from '../shared/dates';
import { LoadError } from '../shared/LoadError';
import { dashboardQueryKey, downloadDashboard, getDashboard, type Dashboard, type DashboardParams } from './api';
import { CategoryTable } from './components/CategoryTable';
import { ChildrenPanel } from './components/ChildrenPanel';
import { DataSetFiguresCard } from './components/DataSetFiguresCard';
import { IndicatorCards } from './components/IndicatorCards';
import { OverdueLists } from './components/OverdueLists';
import { PeriodPicker } from './components/PeriodPicker';
import { SiblingRanking } from './components/SiblingRanking';
import { TrendChart } from './components/TrendChart';

/**
 * Dashboards for any area in the user's scope and any period, state in the URL
 * (/statistics?area=321281&period=2026Q1) so a view can be bookmarked, shared and gone back to.
 */
export default function StatisticsPage() {
  const [search, setSearch] = useSearchParams();
  const params: DashboardParams = { area: search.get('area') ?? undefined, period: search.get('period') ?? undefined };
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: dashboardQueryKey(params),
    queryFn: () => getDashboard(params),
    placeholderData: keepPreviousData,
  });

  const go = (next: DashboardParams) => {
    const merged = { ...params, ...next };
    const query = new URLSearchParams();
    if (merged.area) query.set('area', merged.area);
    if (merged.period) query.set('period', merged.period);
    setSearch(query);
  };

  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  return (
    <Flex vertical gap={16}>
      <Header data={data} loading={isFetching} onChange={go} />
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      <IndicatorCards indicators={data.indicators} />
      <ChildrenPanel rows={data.children} onDrill={(area) => go({ area })} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <SiblingRanking areaCode={data.area.code} siblings={data.siblings} onOpen={(area) => go({ area })} />
        </Col>
        <Col xs={24} xl={12}>
          <TrendChart trend={data.trend} />
        </Col>
        <Col xs={24} xl={12}>
          <CategoryTable rows={data.categories} />
        </Col>
        <Col xs={24} xl={12}>
          <OverdueLists overdue={data.overdue} />
        </Col>
      </Row>
      <DataSetFiguresCard area={data.area.code} period={data.period.key} />
    </Flex>
  );
}

interface HeaderProps {
  data: Dashboard;
  loading: boolean;
  onChange: (next: DashboardParams) => void;
}

function Header({ data, loading, onChange }: HeaderProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exportFile = useMutation({
    mutationFn: () => downloadDashboard({ area: data.area.code, period: data.period.key }, t('statistics.exportFileName')),
    onSuccess: () => void message.success(t('statistics.exported')),
    onError: (error) => void message.error(error.message),
  });
  const last = data.breadcrumb.length - 1;
  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('statistics.title')}</Typography.Title>}
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
      extra={
        <Flex gap={8} wrap>
          <PeriodPicker value={parsePeriod(data.period.key)} onChange={(period) => onChange({ period })} />
          <Button icon={<DownloadOutlined />} loading={exportFile.isPending} onClick={() => exportFile.mutate()}>
            {t('statistics.export')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={8}>
        <Breadcrumb
          data-testid="statistics-breadcrumb"
          items={data.breadcrumb.map((node, i) => ({
            key: node.code,
            title: i === last ? node.name : <a onClick={() => onChange({ area: node.code })}>{node.name}</a>,
          }))}
        />
        <Flex gap={16} wrap align="center">
          <Typography.Text type="secondary">{t('statistics.periodLine', { label: data.period.label, start: data.period.start, end: data.period.end })}</Typography.Text>
          <Typography.Text type="secondary">{t('statistics.generatedAt', { time: formatDateTime(data.generatedAt) })}</Typography.Text>
          <Spin size="small" spinning={loading} />
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {data.registerMonths.length > 0 ? t('statistics.registerMonths', { months: data.registerMonths.join('、') }) : t('statistics.noRegisterMonths')}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
