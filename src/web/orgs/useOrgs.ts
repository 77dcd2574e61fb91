import { useQuery } from '@tanstack/react-query';
import { listOrgs, orgsQueryKey } from './api';

export function useOrgs(includeClosed: boolean) {
  return useQuery({ queryKey: orgsQueryKey({ includeClosed }), queryFn: () => listOrgs({ includeClosed }) });
}
