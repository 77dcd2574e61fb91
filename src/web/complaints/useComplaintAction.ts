import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Complaint } from './api';

/** A staff action on a complaint; the list and the detail are refetched. */
export function useComplaintAction<Arg = undefined>(action: (id: string, arg: Arg) => Promise<Complaint>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, arg }: { id: string; arg: Arg }) => action(id, arg),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['complaints'] }),
  });
}
