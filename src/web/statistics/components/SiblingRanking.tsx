import { useState } from 'react';
import { Card, Flex, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorKey } from '../../../core/statistics.js';
import type { Dashboard, RankedItem } from '../api';
import { formatFigure, RatioText } from '../format';

interface SiblingRankingProps {
  areaCode: string;
  siblings: Dashboard['siblings'];
  onOpen: (code: string) => void;
}

/** Where the area stands among its parent's children, by one indicator at a time, with last period's place. */
export function SiblingRanking({ areaCode, siblings, onOpen }: SiblingRankingProps) {
  const { t } = useTranslation();
  const [key, setKey] = useState<IndicatorKey>('patrolCoverage');
  if (!siblings) {
    return (
      <Card title={t('statistics.ranking')}>
        <Typography.Text type="secondary">{t('statistics.noRanking')}</Typography.Text>
      </Card>
    );
  }
  const ranking = siblings.rankings.find((r) => r.key === key) ?? siblings.rankings[0]!;
  return (
    <Card
      title={t('statistics.ranking')}
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 12 } }}
      extra={
        <Select<IndicatorKey>
          aria-label={t('statistics.chartIndicator')}
          value={ranking.key}
          onChange={setKey}
          style={{ width: 180 }}
          options={siblings.rankings.map((r) => ({ value: r.key, label: t(`statistics.indicators.${r.key}`) }))}
        />
      }
    >
      <Flex vertical gap={8}>
        <Typography.Text>
          {t('statistics.rankingLine', { parent: siblings.parent.name, total: ranking.total })}
          <Typography.Text strong data-testid="own-rank">{t('statistics.rankValue', { rank: ranking.rank })}</Typography.Text>
          {ranking.previousRank !== null && <Typography.Text type="secondary">{t('statistics.previousRankNote', { rank: ranking.previousRank })}</Typography.Text>}
        </Typography.Text>
        <Table<RankedItem>
          rowKey="code"
          size="small"
          dataSource={ranking.items}
          pagination={false}
          scroll={{ x: 480 }}
          rowClassName={(item) => (item.code === areaCode ? 'ant-table-row-selected' : '')}
          columns={[
            { title: t('statistics.rank'), dataIndex: 'rank', width: 70, render: (rank: number, item) => `${rank}${arrow(item)}` },
            { title: t('statistics.name'), dataIndex: 'name', render: (name: string, item) => (item.code === areaCode ? <strong>{name}</strong> : <Typography.Link onClick={() => onOpen(item.code)}>{name}</Typography.Link>) },
            {
              title: t(`statistics.indicators.${ranking.key}`),
              key: 'value',
              align: 'right',
              width: 150,
              render: (_v, item) => (
                <Flex vertical align="end">
                  <span>{formatFigure(t, item.figure)}</span>
                  <RatioText figure={item.figure} />
                </Flex>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}

/** ↑ when the place improved on last period, ↓ when it fell. */
function arrow(item: RankedItem): string {
  if (item.previousRank === null || item.previousRank === item.rank) return '';
  return item.rank < item.previousRank ? ' ↑' : ' ↓';
}
