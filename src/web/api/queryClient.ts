import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { meQueryKey } from '../auth/api';
import { isApiError, isUnauthorized } from './client';

const MAX_RETRIES = 2;

/** Client errors (4xx) will not change on retry; network and server errors might. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

/**
 * A 401 from anything but the session check means the session ended (expired, signed out in
 * another tab): re-check the session, which sends the user to the login page if it is really gone.
 */
function recheckSessionOn401(error: unknown, queryKey?: readonly unknown[]): void {
  if (!isUnauthorized(error)) return;
  if (queryKey && queryKey[0] === meQueryKey[0] && queryKey[1] === meQueryKey[1]) return;
  void queryClient.invalidateQueries({ queryKey: meQueryKey });
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => recheckSessionOn401(error, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (error) => recheckSessionOn401(error) }),
  defaultOptions: {
    queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});
