import { Card, Flex, Form, InputNumber, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldValue } from './api';

const RESULT_COLORS = { met: 'green', below: 'red', above: 'orange' } as const;

/** Fields grouped as the data set groups them; each with its unit, target and last period's value and change. */
export function ValuesFields({ fields, previousLabel, disabled }: { fields: FieldValue[]; previousLabel: string; disabled: boolean }) {
  const { t } = useTranslation();
  const groups = [...new Set(fields.map((f) => f.group))];
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('submissions.zeroHint')}</Typography.Text>
      {groups.map((group) => (
        <Card key={group || '-'} size="small" title={group || undefined}>
          {fields.filter((f) => f.group === group).map((field) => (
            <Form.Item
              key={field.code}
              name={['values', field.code]}
              label={field.name}
              extra={<FieldHints field={field} previousLabel={previousLabel} />}
              style={{ marginBottom: 12 }}
            >
              <InputNumber min={0} precision={field.decimals} suffix={field.unit} disabled={disabled} style={{ width: '100%', maxWidth: 260 }} />
            </Form.Item>
          ))}
        </Card>
      ))}
    </Flex>
  );
}

function FieldHints({ field, previousLabel }: { field: FieldValue; previousLabel: string }) {
  const { t } = useTranslation();
  const verdict = field.targetResult && field.targetResult !== 'none' ? field.targetResult : null;
  const verdictLabel = { met: t('submissions.targetMet'), below: t('submissions.targetBelow'), above: t('submissions.targetAbove') };
  return (
    <Space size={12} wrap>
      {field.targetLabel && <span>{t('submissions.target')} {field.targetLabel}</span>}
      {verdict && <Tag color={RESULT_COLORS[verdict]}>{verdictLabel[verdict]}</Tag>}
      <span>{t('submissions.previous', { period: previousLabel })} {field.previousValue ?? t('common.none')}</span>
      {field.change !== null && <span>{t('submissions.change')} {field.change >= 0 ? '+' : ''}{field.change.toFixed(1)}%</span>}
    </Space>
  );
}
