import { Suspense, useState } from 'react';
import { App, Button, Drawer, Flex, Grid, Layout, Typography, theme } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Outlet, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { logout, meQueryKey } from '../auth/api';
import { useCurrentUser } from '../auth/CurrentUser';
import { ChangePasswordModal } from '../auth/ChangePasswordModal';
import { NotificationBell } from '../notifications/NotificationBell';
import { OutboxIndicator } from '../offline/OutboxIndicator';
import { FullPageSpin } from '../shared/FullPageSpin';
import { LanguageToggle } from './LanguageToggle';
import { NavMenu } from './NavMenu';
import { UserMenu } from './UserMenu';

const SIDER_WIDTH = 220;

function Brand({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  return (
    <div style={{ height: 64, display: 'flex', alignItems: 'center', justifyContent: 'center', padding: '0 12px' }}>
      <Typography.Text strong ellipsis style={{ color: '#fff', fontSize: collapsed ? 16 : 17 }}>
        {collapsed ? t('app.shortTitle') : t('app.siderTitle')}
      </Typography.Text>
    </div>
  );
}

/** The frame of every signed-in page: menu (a Sider on wide screens, a Drawer on phones) and header. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const isWide = screens.lg ?? true;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const { token } = theme.useToken();
  const signOut = useSignOut();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isWide ? (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={SIDER_WIDTH}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          <Brand collapsed={collapsed} />
          <NavMenu />
        </Layout.Sider>
      ) : (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={SIDER_WIDTH + 40}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          <Brand collapsed={false} />
          <NavMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
      <Layout>
        <Layout.Header
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            padding: isWide ? '0 24px' : '0 12px',
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          {!isWide && (
            <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.menu')} onClick={() => setDrawerOpen(true)} />
          )}
          <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }} type={isWide ? 'secondary' : undefined} strong={!isWide}>
            {isWide ? me.org.name : t('app.shortTitle')}
          </Typography.Text>
          <Flex align="center" gap={isWide ? 16 : 8}>
            <OutboxIndicator userId={me.id} />
            <NotificationBell compact={!isWide} />
            <LanguageToggle />
            <UserMenu compact={!isWide} onChangePassword={() => setChangingPassword(true)} onLogout={signOut} />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: isWide ? 24 : 12 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      {(me.mustChangePassword || changingPassword) && (
        <ChangePasswordModal forced={me.mustChangePassword} onClose={() => setChangingPassword(false)} />
      )}
    </Layout>
  );
}

function useSignOut(): () => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
      void navigate('/login', { replace: true });
    },
    onSuccess: () => void message.success(t('auth.loggedOut')),
  });
  return () => mutation.mutate();
}
