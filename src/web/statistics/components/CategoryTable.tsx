import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CategoryRow } from '../api';
import { ChangeText, formatFigure } from '../format';
import { useDictionaryLabels } from '../../units/labels';

/** 巡查户次 by unit category, this period against the previous and last year's. */
export function CategoryTable({ rows }: { rows: CategoryRow[] }) {
  const { t } = useTranslation();
  const labels = useDictionaryLabels();
  return (
    <Card title={t('statistics.categories')}>
      <Table<CategoryRow>
        rowKey="category"
        size="small"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 560 }}
        columns={[
          { title: t('statistics.category'), dataIndex: 'category', render: (code: string) => labels.category(code) },
          { title: t('statistics.current'), key: 'current', align: 'right', render: (_v, row) => formatFigure(t, row.current) },
          { title: t('statistics.previous'), key: 'previous', align: 'right', render: (_v, row) => <ChangeText label={formatFigure(t, row.previous)} current={row.current} earlier={row.previous} /> },
          { title: t('statistics.lastYear'), key: 'lastYear', align: 'right', render: (_v, row) => <ChangeText label={formatFigure(t, row.lastYear)} current={row.current} earlier={row.lastYear} /> },
        ]}
      />
    </Card>
  );
}
