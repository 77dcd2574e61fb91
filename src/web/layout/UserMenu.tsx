import { Avatar, Dropdown, Flex, Tag, Typography, type MenuProps } from 'antd';
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/CurrentUser';

interface UserMenuProps {
  /** Phone width: only the avatar in the header; who and where go into the dropdown. */
  compact: boolean;
  onChangePassword: () => void;
  onLogout: () => void;
}

export function UserMenu({ compact, onChangePassword, onLogout }: UserMenuProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const identity: MenuProps['items'] = compact
    ? [
        {
          key: 'identity',
          disabled: true,
          label: (
            <Flex vertical>
              <Typography.Text strong>{me.displayName}</Typography.Text>
              <Typography.Text type="secondary">{t(`roles.${me.role}`)}</Typography.Text>
              <Typography.Text type="secondary">{me.org.name}</Typography.Text>
            </Flex>
          ),
        },
        { type: 'divider' },
      ]
    : [];
  const items: MenuProps['items'] = [
    ...identity,
    { key: 'password', icon: <KeyOutlined />, label: t('auth.changePassword'), onClick: onChangePassword },
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true, onClick: onLogout },
  ];
  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <a role="button" aria-label={t('layout.userMenu')} onClick={(event) => event.preventDefault()} style={{ color: 'inherit' }}>
        <Flex align="center" gap={8}>
          <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#1677ff' }} />
          {!compact && (
            <>
              <Typography.Text strong>
                {me.displayName}
              </Typography.Text>
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {t(`roles.${me.role}`)}
              </Tag>
            </>
          )}
        </Flex>
      </a>
    </Dropdown>
  );
}
