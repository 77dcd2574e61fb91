import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

interface LoadErrorProps {
  error: Error;
  onRetry?: () => void;
  fullPage?: boolean;
}

/** A query that failed: the server's message and a retry button. */
export function LoadError({ error, onRetry, fullPage = false }: LoadErrorProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('errors.loadFailed')}
      subTitle={error.message}
      style={fullPage ? { marginTop: '15vh' } : undefined}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
