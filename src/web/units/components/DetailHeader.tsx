import type { ReactNode } from 'react';
import { Button, Flex, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

interface DetailHeaderProps {
  title: string;
  /** Where the back arrow goes. */
  backTo: string;
  tags?: ReactNode;
  actions?: ReactNode;
}

/** Title, tags and actions of a record page; on a phone the actions wrap under the title. */
export function DetailHeader({ title, backTo, tags, actions }: DetailHeaderProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex wrap gap={12} justify="space-between" align="center" style={{ marginBottom: 16 }}>
      <Flex align="center" gap={8} wrap style={{ minWidth: 0 }}>
        <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('common.back')} onClick={() => void navigate(backTo)} />
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {tags}
      </Flex>
      {actions && (
        <Flex gap={8} wrap>
          {actions}
        </Flex>
      )}
    </Flex>
  );
}
