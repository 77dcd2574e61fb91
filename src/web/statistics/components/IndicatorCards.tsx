import { Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorRow } from '../api';
import { ChangeText, formatFigure, RatioText } from '../format';

/** One card per indicator: the value, its numerator and denominator, and ▲▼ against the two earlier periods. */
export function IndicatorCards({ indicators }: { indicators: IndicatorRow[] }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]}>
      {indicators.map((row) => (
        <Col key={row.key} xs={12} sm={12} md={8} lg={6} xl={6} xxl={4}>
          <Card size="small" style={{ height: '100%' }} data-testid={`indicator-${row.key}`}>
            <Flex vertical gap={2}>
              <Typography.Text type="secondary">{t(`statistics.indicators.${row.key}`)}</Typography.Text>
              <Typography.Text strong style={{ fontSize: 22 }} data-testid="indicator-value">
                {formatFigure(t, row.current)}
              </Typography.Text>
              <RatioText figure={row.current} />
              <ChangeText label={t('statistics.vsPrevious')} current={row.current} earlier={row.previous} />
              <ChangeText label={t('statistics.vsLastYear')} current={row.current} earlier={row.lastYear} />
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
