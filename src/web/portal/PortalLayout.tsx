import { Flex, Layout, Menu, Typography } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../layout/LanguageToggle';

/** The portal's sections, in menu order; each is a page under /public that needs no account. */
export const PORTAL_SECTIONS = [
  { key: 'units', path: '/public/units' },
  { key: 'complaint', path: '/public/complaint' },
  { key: 'licences', path: '/public/licences' },
  { key: 'randomInspections', path: '/public/random-inspections' },
] as const;
export type PortalSectionKey = (typeof PORTAL_SECTIONS)[number]['key'];

/**
 * The public portal's frame (公众服务): brand, sections, language and the way to staff sign-in.
 * Phone first: the menu folds into "…" on a narrow screen and the content is one column.
 */
export function PortalLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const selected = PORTAL_SECTIONS.find((section) => pathname.startsWith(section.path))?.key;
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, paddingInline: 12, background: '#fff', borderBottom: '1px solid #f0f0f0' }}>
        <Link to="/public" style={{ flexShrink: 0 }}>
          <Typography.Text strong style={{ fontSize: 16 }}>{t('portal.brand')}</Typography.Text>
        </Link>
        <Menu
          mode="horizontal"
          selectedKeys={selected ? [selected] : []}
          style={{ flex: 1, minWidth: 0, borderBottom: 'none' }}
          items={PORTAL_SECTIONS.map((section) => ({ key: section.key, label: <Link to={section.path}>{t(`portal.sections.${section.key}.title`)}</Link> }))}
        />
        <LanguageToggle />
      </Layout.Header>
      <Layout.Content style={{ padding: '16px 12px 24px' }}>
        <Flex vertical align="center" gap={16}>
          <Outlet />
        </Flex>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', padding: '12px 16px 24px' }}>
        <Flex vertical gap={4} align="center">
          <Link to="/login">{t('portal.staffLogin')}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('portal.footer')}</Typography.Text>
        </Flex>
      </Layout.Footer>
    </Layout>
  );
}
