import { api, ApiError, isApiError } from '../api/client';

/**
 * The outbox of field writes made without a network: kept in IndexedDB on the device, sent oldest
 * first when the network is back. Every body carries the clientId made when the form opened, so a
 * re-send after a lost answer returns the first record instead of filing a second one (the server
 * answers 200 with it).
 */
export type OutboxKind = 'patrol' | 'report';

export interface OutboxItem {
  clientId: string;
  kind: OutboxKind;
  url: string;
  body: { clientId: string } & Record<string, unknown>;
  /** ISO instant the item was stored on this device. */
  queuedAt: string;
  /** Who saved it: on a shared phone, only that user's session sends (and sees) it. */
  userId: string;
  attempts: number;
  /** The server refused it (4xx): it stays until the user discards it. */
  failed?: boolean;
  lastError?: string;
}

export type SubmitResult<T> = { queued: false; record: T } | { queued: true };

export interface SyncResult {
  sent: number;
  failed: number;
  /** The network (or the session) gave out before the outbox was empty. */
  stopped: boolean;
}

const DB_NAME = 'weijian-offline';
const STORE = 'outbox';

let dbPromise: Promise<IDBDatabase> | undefined;

function openDb(): Promise<IDBDatabase> {
  dbPromise ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: 'clientId' });
      store.createIndex('queuedAt', 'queuedAt');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
  }).catch((error: unknown) => {
    dbPromise = undefined;
    throw error;
  });
  return dbPromise;
}

/** Runs one request in its own transaction and resolves when the transaction has committed. */
async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = act(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

let owner: string | undefined;

/** The signed-in user whose items this session shows and sends. */
export function setOutboxOwner(userId: string): void {
  owner = userId;
}

async function readAll(): Promise<OutboxItem[]> {
  const all = await run('readonly', (store) => store.index('queuedAt').getAll() as IDBRequest<OutboxItem[]>);
  return all.filter((item) => item.userId === owner);
}

// ---- a tiny store React can subscribe to (useSyncExternalStore) ----

let snapshot: readonly OutboxItem[] = [];
const listeners = new Set<() => void>();

export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getOutboxSnapshot(): readonly OutboxItem[] {
  return snapshot;
}

/** Re-reads the outbox from IndexedDB and tells the subscribers. */
export async function refreshOutbox(): Promise<readonly OutboxItem[]> {
  snapshot = await readAll();
  for (const listener of listeners) listener();
  return snapshot;
}

async function put(item: OutboxItem): Promise<void> {
  await run('readwrite', (store) => store.put(item));
}

async function remove(clientId: string): Promise<void> {
  await run('readwrite', (store) => store.delete(clientId));
}

/** The user gives up on an item (usually one the server refused). */
export async function discardOutboxItem(clientId: string): Promise<void> {
  await remove(clientId);
  await refreshOutbox();
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Status 0: fetch threw, so the server was never reached. */
function isNetworkFailure(error: unknown): boolean {
  return isApiError(error) && error.status === 0;
}

/**
 * POSTs a field record now; without a network, stores it in the outbox and resolves `{ queued: true }`.
 * Any answer from the server (4xx field errors, 5xx) is thrown as an ApiError for the form to show:
 * the user must fix the form, so that is never queued.
 */
export async function submitOrQueue<T>(kind: OutboxKind, url: string, body: { clientId: string }): Promise<SubmitResult<T>> {
  if (!isOffline()) {
    try {
      return { queued: false, record: await api.post<T>(url, body) };
    } catch (error) {
      if (!isNetworkFailure(error)) throw error;
    }
  }
  if (!owner) throw new Error('outbox owner not set');
  await put({ clientId: body.clientId, kind, url, body: body as OutboxItem['body'], queuedAt: new Date().toISOString(), userId: owner, attempts: 0 });
  await refreshOutbox();
  return { queued: true };
}

let syncing: Promise<SyncResult> | undefined;

/**
 * Sends the pending items oldest first. 200/201 removes an item; a refusal (4xx) keeps it, marked
 * failed with the server's message; a network failure, a 401 (signed out) or a 5xx stops the run
 * and leaves the rest for the next trigger. Failed items are not re-sent. One run at a time.
 */
export function syncOutbox(): Promise<SyncResult> {
  syncing ??= syncOnce().finally(() => {
    syncing = undefined;
  });
  return syncing;
}

async function syncOnce(): Promise<SyncResult> {
  const result: SyncResult = { sent: 0, failed: 0, stopped: false };
  const items = await refreshOutbox();
  for (const item of items) {
    if (item.failed) continue;
    if (isOffline()) {
      result.stopped = true;
      break;
    }
    try {
      await api.post<unknown>(item.url, item.body);
      await remove(item.clientId);
      result.sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const status = error instanceof ApiError ? error.status : 0;
      const refused = status >= 400 && status < 500 && status !== 401 && status !== 408 && status !== 429;
      await put({ ...item, attempts: item.attempts + 1, lastError: message, failed: refused || undefined });
      if (refused) {
        result.failed += 1;
        continue;
      }
      result.stopped = true;
      break;
    }
  }
  await refreshOutbox();
  return result;
}
