import { Button, Flex, Typography } from 'antd';
import { EnvironmentOutlined, LoadingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { GeoState } from '../useGeolocation';

export function GeoStatus({ geo, onRetry }: { geo: GeoState; onRetry: () => void }) {
  const { t } = useTranslation();
  const text =
    geo.status === 'located'
      ? t('patrols.geo.located', { latitude: geo.latitude, longitude: geo.longitude, accuracy: geo.accuracy })
      : t(`patrols.geo.${geo.status}`);
  return (
    <Flex align="center" gap={6} wrap data-testid="patrol-geo">
      {geo.status === 'locating' ? <LoadingOutlined /> : <EnvironmentOutlined />}
      <Typography.Text type={geo.status === 'located' ? 'success' : 'secondary'} style={{ fontSize: 13 }}>
        {text}
      </Typography.Text>
      {geo.status !== 'locating' && geo.status !== 'located' && (
        <Button type="link" size="small" onClick={onRetry} style={{ padding: 0 }}>
          {t('patrols.geo.retry')}
        </Button>
      )}
    </Flex>
  );
}
