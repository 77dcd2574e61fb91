import { useRecordAction } from '../shared/useRecordAction';
import type { Complaint } from './api';

/** A staff action on a complaint; the list, the inbox and the detail are refetched. */
export function useComplaintAction<Arg = undefined>(action: (id: string, arg: Arg) => Promise<Complaint>) {
  return useRecordAction(action, [['complaints'], ['inbox']]);
}
