import { Card, Col, Flex, Input, Row, Typography } from 'antd';
import { AuditOutlined, DatabaseOutlined, MessageOutlined, SafetyCertificateOutlined, ShopOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { PORTAL_SECTIONS, type PortalSectionKey } from './PortalLayout';

const ICONS: Record<PortalSectionKey, ReactNode> = {
  units: <ShopOutlined />,
  complaint: <MessageOutlined />,
  licences: <SafetyCertificateOutlined />,
  randomInspections: <AuditOutlined />,
};

/** /public: what the public can do here, and a unit search straight from the first screen. */
export default function PortalHomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex vertical gap={16} style={{ width: '100%', maxWidth: 960 }}>
      <Flex vertical align="center" gap={8} style={{ padding: '16px 0' }}>
        <Typography.Title level={3} style={{ margin: 0, textAlign: 'center' }}>{t('portal.title')}</Typography.Title>
        <Typography.Text type="secondary" style={{ textAlign: 'center' }}>{t('portal.intro')}</Typography.Text>
        <Input.Search
          aria-label={t('portal.searchPlaceholder')}
          placeholder={t('portal.searchPlaceholder')}
          enterButton={t('portal.search')}
          size="large"
          style={{ maxWidth: 560 }}
          onSearch={(text) => navigate(text.trim() ? `/public/units?q=${encodeURIComponent(text.trim())}` : '/public/units')}
        />
      </Flex>
      <Row gutter={[12, 12]}>
        {PORTAL_SECTIONS.map((card) => (
          <Col key={card.key} xs={24} sm={12}>
            <Link to={card.path} data-testid={`portal-${card.key}`}>
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 28, color: '#1677ff' }}>{ICONS[card.key]}</span>}
                  title={t(`portal.sections.${card.key}.title`)}
                  description={t(`portal.sections.${card.key}.description`)}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <Card size="small">
        <Card.Meta
          avatar={<span style={{ fontSize: 22, color: '#1677ff' }}><DatabaseOutlined /></span>}
          title={t('portal.openData.title')}
          description={
            <Flex vertical gap={4}>
              <Typography.Text type="secondary">{t('portal.openData.description')}</Typography.Text>
              <Flex gap={16} wrap>
                <a href="/api/public/open-data/graded-units">JSON</a>
                <a href="/api/public/open-data/graded-units.csv">CSV</a>
                <a href="/api/docs">{t('portal.openData.docs')}</a>
              </Flex>
            </Flex>
          }
        />
      </Card>
    </Flex>
  );
}
