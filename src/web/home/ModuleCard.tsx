import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';

interface ModuleCardProps {
  path: string;
  icon: ReactNode;
  title: string;
  description?: string;
}

export function ModuleCard({ path, icon, title, description }: ModuleCardProps) {
  return (
    <Link to={path} style={{ display: 'block', height: '100%' }}>
      <Card hoverable size="small" style={{ height: '100%' }}>
        <Flex gap={12} align="flex-start">
          <span style={{ fontSize: 24, color: '#1677ff', lineHeight: 1 }}>{icon}</span>
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Typography.Text strong>{title}</Typography.Text>
            {description && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {description}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
      </Card>
    </Link>
  );
}
