import { useRecordAction } from '../shared/useRecordAction';
import { takeGradingStep } from './api';

/** One step on a grading; the gradings and the units (their grade) are refetched. */
export const useGradingStep = () => useRecordAction(takeGradingStep, [['grading'], ['units']]);
