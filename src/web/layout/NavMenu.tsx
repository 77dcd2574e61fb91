import { Menu, type MenuProps } from 'antd';
import { HomeOutlined, SettingOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { ADMIN_MODULES, BUSINESS_MODULES } from './navigation';

type MenuItem = Required<MenuProps>['items'][number];

/** `/users/42` → `/users`: the menu entry a page belongs to. */
function sectionOf(pathname: string): string {
  const first = pathname.split('/').find(Boolean);
  return first ? `/${first}` : '/';
}

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const adminItems: MenuItem[] = ADMIN_MODULES.filter((module) => can(me.role, module.permission)).map((module) => ({
    key: module.path,
    icon: module.icon,
    label: t(`nav.${module.key}`),
  }));
  const items: MenuItem[] = [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    ...BUSINESS_MODULES.map((module) => ({ key: module.path, icon: module.icon, label: t(`nav.${module.key}`) })),
    ...(adminItems.length > 0
      ? [{ key: 'system', icon: <SettingOutlined />, label: t('nav.system'), children: adminItems }]
      : []),
  ];

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={[sectionOf(pathname)]}
      defaultOpenKeys={['system']}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
