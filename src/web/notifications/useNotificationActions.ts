import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { markAllNotificationsRead, markNotificationRead, type Notification } from './api';

/** Open (mark read, then follow the link) and read-all, shared by the bell and the page. */
export function useNotificationActions(onOpened?: () => void) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const markRead = useMutation({ mutationFn: markNotificationRead, onSettled: refresh });
  const markAll = useMutation({ mutationFn: markAllNotificationsRead, onSettled: refresh });

  function open(notification: Notification) {
    if (!notification.readAt) markRead.mutate(notification.id);
    onOpened?.();
    if (notification.link) void navigate(notification.link);
  }

  return { open, markAllRead: () => markAll.mutate(), markingAll: markAll.isPending };
}
