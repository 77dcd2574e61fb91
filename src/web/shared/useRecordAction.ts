import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * A write on one record — `action(key, arg)` — after which every query under the given keys is
 * refetched (the lists, the detail and whatever else shows the record). The features name their
 * record key and what to refresh; the mutation itself is the same everywhere.
 */
export function useRecordAction<Key, Arg, Result>(action: (key: Key, arg: Arg) => Promise<Result>, refresh: readonly QueryKey[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, arg }: { key: Key; arg: Arg }) => action(key, arg),
    onSuccess: () => Promise.all(refresh.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
