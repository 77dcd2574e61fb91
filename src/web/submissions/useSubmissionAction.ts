import { useRecordAction } from '../shared/useRecordAction';
import type { SubmissionDetail, SubmissionKey } from './api';

/** A write on one submission; every submissions view (mine, grid, summary, detail) is refetched. */
export function useSubmissionAction<Arg>(action: (key: SubmissionKey, arg: Arg) => Promise<SubmissionDetail>) {
  return useRecordAction(action, [['submissions']]);
}
