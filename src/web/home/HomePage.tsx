import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { ADMIN_MODULES, BUSINESS_MODULES } from '../layout/navigation';
import { FieldworkCard } from './FieldworkCard';
import { ModuleCard } from './ModuleCard';
import { SubmissionsDueCard } from './SubmissionsDueCard';
import { WelcomeCard } from './WelcomeCard';

const cardColumns = { xs: 24, sm: 12, lg: 8, xxl: 6 } as const;

export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const adminModules = ADMIN_MODULES.filter((module) => can(me.role, module.permission));
  return (
    <Flex vertical gap={24}>
      <WelcomeCard />
      <FieldworkCard />
      <SubmissionsDueCard />
      <section>
        <Typography.Title level={5}>{t('home.modulesTitle')}</Typography.Title>
        <Row gutter={[16, 16]}>
          {BUSINESS_MODULES.map((module) => (
            <Col key={module.key} {...cardColumns}>
              <ModuleCard
                path={module.path}
                icon={module.icon}
                title={t(`nav.${module.key}`)}
                description={t(`modules.${module.key}`)}
              />
            </Col>
          ))}
        </Row>
      </section>
      {adminModules.length > 0 && (
        <section>
          <Typography.Title level={5}>{t('home.adminTitle')}</Typography.Title>
          <Row gutter={[16, 16]}>
            {adminModules.map((module) => (
              <Col key={module.key} {...cardColumns}>
                <ModuleCard path={module.path} icon={module.icon} title={t(`nav.${module.key}`)} />
              </Col>
            ))}
          </Row>
        </section>
      )}
    </Flex>
  );
}
