import { z } from 'zod';
import { BooleanQuery, Pagination } from '../../schemas.js';

export const REMINDER_KINDS = [
  'submission_due', 'submission_overdue', 'rectification_due', 'rectification_overdue', 'report_pending', 'complaint_overdue', 'licence_expiring',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const Notification = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const ListNotificationsQuery = z.object({
  unreadOnly: BooleanQuery.optional().describe('true：只看未读'),
  ...Pagination,
});
export type ListNotificationsQuery = z.infer<typeof ListNotificationsQuery>;

export const NotificationPage = z.object({
  items: z.array(Notification),
  total: z.number().describe('符合筛选条件的条数'),
  unread: z.number().describe('本人全部未读条数'),
});

export const UnreadCount = z.object({ unread: z.number() });
