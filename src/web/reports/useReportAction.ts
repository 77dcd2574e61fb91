import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Report } from './api';

/** An institute action on a report; the lists, the detail and the unit's history are refetched. */
export function useReportAction<Arg = undefined>(action: (id: string, arg: Arg) => Promise<Report>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, arg }: { id: string; arg: Arg }) => action(id, arg),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['reports'] }), queryClient.invalidateQueries({ queryKey: ['units', 'history'] })]),
  });
}
