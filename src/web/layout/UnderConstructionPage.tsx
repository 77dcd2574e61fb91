import { Result } from 'antd';
import { ToolOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { BusinessModuleKey } from './navigation';

export function UnderConstructionPage({ module }: { module: BusinessModuleKey }) {
  const { t } = useTranslation();
  return (
    <Result
      icon={<ToolOutlined />}
      title={t('underConstruction.title')}
      subTitle={
        <>
          {t('underConstruction.description', { module: t(`nav.${module}`) })}
          <br />
          {t(`modules.${module}`)}
        </>
      }
    />
  );
}
