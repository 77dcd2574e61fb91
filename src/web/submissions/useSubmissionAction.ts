import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SubmissionDetail, SubmissionKey } from './api';

/** A write on one submission; every submissions view (mine, grid, summary, detail) is refetched. */
export function useSubmissionAction<Arg>(action: (key: SubmissionKey, arg: Arg) => Promise<SubmissionDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, arg }: { key: SubmissionKey; arg: Arg }) => action(key, arg),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['submissions'] }),
  });
}
