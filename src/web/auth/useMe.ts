import { useQuery } from '@tanstack/react-query';
import { fetchMe, meQueryKey } from './api';

/** The session check: `data` is the user, `null` when signed out, `undefined` while loading. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}
