import { useRecordAction } from '../shared/useRecordAction';
import { takeGradingStep } from './api';

/** One step on a grading; the gradings, the units (their grade) and the inspections (a published grading's visit) are refetched. */
export const useGradingStep = () => useRecordAction(takeGradingStep, [['grading'], ['units'], ['inspections']]);
