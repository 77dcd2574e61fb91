import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Org } from './api';

/** A change to one organisation; afterwards every org list and detail is fetched again. */
export function useOrgMutation<Body>(change: (id: string, body: Body) => Promise<Org>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Body }) => change(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs'] }),
  });
}
