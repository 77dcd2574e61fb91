import { Card, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ConflictsTab } from './ConflictsTab';
import { ItemsTab } from './ItemsTab';
import { PlansTab } from './PlansTab';

const TABS = ['plans', 'items', 'conflicts'] as const;
type TabKey = (typeof TABS)[number];

/** 双随机一公开 for the institute: plans and their draws, the item list, declared conflicts. The tab sits in the address. */
export default function RandomInspectionsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: TabKey = TABS.find((key) => key === searchParams.get('tab')) ?? 'plans';
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('randomInspections.title')}</Typography.Title>}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearchParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'plans', label: t('randomInspections.tabs.plans'), children: <PlansTab /> },
          { key: 'items', label: t('randomInspections.tabs.items'), children: <ItemsTab /> },
          { key: 'conflicts', label: t('randomInspections.tabs.conflicts'), children: <ConflictsTab /> },
        ]}
      />
    </Card>
  );
}
