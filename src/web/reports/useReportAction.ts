import { useRecordAction } from '../shared/useRecordAction';
import type { Report } from './api';

/** An institute action on a report; the lists, the inbox, the detail and the unit's history are refetched. */
export function useReportAction<Arg = undefined>(action: (id: string, arg: Arg) => Promise<Report>) {
  return useRecordAction(action, [['reports'], ['inbox'], ['units', 'history']]);
}
