import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { getOutboxSnapshot, refreshOutbox, setOutboxOwner, subscribeOutbox, syncOutbox, type OutboxItem, type SyncResult } from './queue';

/** How often a pending outbox is retried while the app is open. */
const RETRY_MS = 60_000;

/** The items waiting in (or refused from) the outbox, kept current. */
export function useOutboxItems(): readonly OutboxItem[] {
  return useSyncExternalStore(subscribeOutbox, getOutboxSnapshot);
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** `navigator.onLine`: false means surely offline; true only means a network interface is up. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

/**
 * Sends the outbox when the app starts, when the browser comes back online and every minute while
 * items are pending; returns the manual trigger. Lists that may now hold the sent records refetch.
 */
export function useOutboxSync(userId: string): () => Promise<SyncResult> {
  setOutboxOwner(userId);
  const queryClient = useQueryClient();
  const items = useOutboxItems();
  const pending = items.some((item) => !item.failed);

  const sync = useCallback(async () => {
    const result = await syncOutbox();
    if (result.sent > 0) {
      await Promise.all(
        [['patrols'], ['reports'], ['rectifications'], ['units', 'history']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    }
    return result;
  }, [queryClient]);

  useEffect(() => {
    const onOnline = () => void sync().catch(() => undefined);
    void refreshOutbox()
      .then(sync)
      .catch(() => undefined);
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [sync, userId]);

  useEffect(() => {
    if (!pending) return;
    const timer = window.setInterval(() => void sync().catch(() => undefined), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [pending, sync]);

  return sync;
}
