import { api, type Page } from '../api/client';

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** A path inside the web app, e.g. `/rectifications`. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage extends Page<Notification> {
  /** All the person's unread notifications, whatever the filter. */
  unread: number;
}

export interface ListNotificationsParams {
  unreadOnly?: boolean;
  page: number;
  pageSize: number;
}

/** Everything under ['notifications'] is refreshed after a notification is read. */
export const notificationsQueryKey = (params: ListNotificationsParams) => ['notifications', 'list', params] as const;
export const unreadCountQueryKey = ['notifications', 'unread-count'] as const;

export function listNotifications(params: ListNotificationsParams): Promise<NotificationPage> {
  return api.get<NotificationPage>('/api/notifications', { ...params });
}

export function fetchUnreadCount(): Promise<{ unread: number }> {
  return api.get<{ unread: number }>('/api/notifications/unread-count');
}

export function markNotificationRead(id: string): Promise<Notification> {
  return api.post<Notification>(`/api/notifications/${encodeURIComponent(id)}/read`);
}

export function markAllNotificationsRead(): Promise<{ updated: number }> {
  return api.post<{ updated: number }>('/api/notifications/read-all');
}
