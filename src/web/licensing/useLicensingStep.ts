import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LicensingAction } from '../../core/licensing.js';
import { takeStep, type StepBody } from './api';

/** One step on an application; the list, the detail and the figures are refetched. */
export function useLicensingStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: LicensingAction; body?: StepBody }) => takeStep(id, action, body),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['licensing'] }), queryClient.invalidateQueries({ queryKey: ['units'] })]),
  });
}
