import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/CurrentUser';

export function WelcomeCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const path = me.org.divisionPath.map((division) => division.name).join(' / ');
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: me.displayName })}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
        items={[
          { key: 'role', label: t('home.role'), children: <Tag color="blue">{t(`roles.${me.role}`)}</Tag> },
          { key: 'org', label: t('home.org'), children: <span data-testid="home-org-name">{me.org.name}</span> },
          { key: 'kind', label: t('home.orgKind'), children: t(`orgKinds.${me.org.kind}`) },
          { key: 'division', label: t('home.division'), children: me.org.divisionName },
          { key: 'code', label: t('home.divisionCode'), children: <Typography.Text code>{me.org.divisionCode}</Typography.Text> },
          ...(path ? [{ key: 'path', label: t('home.divisionPath'), children: path }] : []),
        ]}
      />
    </Card>
  );
}
