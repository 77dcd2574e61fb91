import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Space, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { login, meQueryKey, type LoginBody } from './api';
import { useMe } from './useMe';
import { LanguageToggle } from '../layout/LanguageToggle';

/** Where RequireAuth found the visitor, so signing in returns them there. */
function redirectTarget(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from.startsWith('/') && !state.from.startsWith('/login') ? state.from : '/';
  }
  return '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: login,
    onMutate: () => setFailure(null),
    onSuccess: (user) => {
      queryClient.setQueryData(meQueryKey, user);
      void navigate(redirectTarget(location.state), { replace: true });
    },
    onError: (error) => setFailure(error.message),
  });

  if (me && !mutation.isPending) return <Navigate to={redirectTarget(location.state)} replace />;

  return (
    <Flex vertical align="center" justify="center" gap={24} style={pageStyle}>
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <LanguageToggle />
      </div>
      <Flex vertical align="center" gap={4}>
        <Typography.Title level={2} style={{ margin: 0, textAlign: 'center' }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('app.brand')}</Typography.Text>
      </Flex>
      <Card title={t('auth.loginTitle')} style={{ width: '100%', maxWidth: 380 }}>
        <Form<LoginBody> layout="vertical" onFinish={(values) => mutation.mutate(values)} disabled={mutation.isPending}>
          {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, whitespace: true, message: t('auth.usernamePlaceholder') }]}
          >
            <Input prefix={<UserOutlined />} placeholder={t('auth.usernamePlaceholder')} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordPlaceholder') }]}>
            <Input.Password prefix={<LockOutlined />} placeholder={t('auth.passwordPlaceholder')} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={mutation.isPending}>
            {t('auth.login')}
          </Button>
        </Form>
      </Card>
      <Space size={16} wrap>
        <Link to="/public">{t('portal.loginLink')}</Link>
        <Link to="/public/complaint">{t('complaints.loginLink')}</Link>
        <Link to="/public/licences">{t('licensing.publicLink')}</Link>
        <Link to="/public/random-inspections">{t('randomInspections.publicLink')}</Link>
        <Link to="/public/units">{t('grading.publicLink')}</Link>
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('auth.footer')}
      </Typography.Text>
    </Flex>
  );
}

const pageStyle = {
  position: 'relative',
  minHeight: '100vh',
  padding: '64px 16px 24px',
  boxSizing: 'border-box',
  background: 'linear-gradient(160deg, #e6f4ff 0%, #f5f5f5 55%, #f0f5ff 100%)',
} as const;
