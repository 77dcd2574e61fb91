import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CompassOutlined,
  DatabaseOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  HistoryOutlined,
  InteractionOutlined,
  MessageOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  ShopOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { Permission } from '../../core/roles.js';
import type { Catalogue } from '../i18n/zh-CN';

/** The business modules; each label is `nav.<key>` and each description `modules.<key>`. */
export type BusinessModuleKey = keyof Catalogue['modules'];
export type AdminModuleKey = 'orgs' | 'users' | 'audit' | 'dataSets';

export interface BusinessModule {
  key: BusinessModuleKey;
  path: string;
  icon: ReactNode;
}

export interface AdminModule {
  key: AdminModuleKey;
  path: string;
  icon: ReactNode;
  permission: Permission;
}

export const BUSINESS_MODULES: readonly BusinessModule[] = [
  { key: 'units', path: '/units', icon: <ShopOutlined /> },
  { key: 'patrols', path: '/patrols', icon: <CompassOutlined /> },
  { key: 'rectifications', path: '/rectifications', icon: <ScheduleOutlined /> },
  { key: 'reports', path: '/reports', icon: <FileTextOutlined /> },
  { key: 'submissions', path: '/submissions', icon: <AuditOutlined /> },
  { key: 'statistics', path: '/statistics', icon: <BarChartOutlined /> },
  { key: 'complaints', path: '/complaints', icon: <MessageOutlined /> },
  { key: 'cases', path: '/cases', icon: <FileProtectOutlined /> },
  { key: 'licensing', path: '/licensing', icon: <SafetyCertificateOutlined /> },
  { key: 'randomInspections', path: '/random-inspections', icon: <InteractionOutlined /> },
  { key: 'grading', path: '/grading', icon: <StarOutlined /> },
  { key: 'assessment', path: '/assessment', icon: <TrophyOutlined /> },
];

export const ADMIN_MODULES: readonly AdminModule[] = [
  { key: 'orgs', path: '/orgs', icon: <ApartmentOutlined />, permission: 'orgs.manage' },
  { key: 'users', path: '/users', icon: <TeamOutlined />, permission: 'users.manage' },
  { key: 'audit', path: '/audit', icon: <HistoryOutlined />, permission: 'audit.read' },
  { key: 'dataSets', path: '/data-sets', icon: <DatabaseOutlined />, permission: 'datasets.manage' },
];
