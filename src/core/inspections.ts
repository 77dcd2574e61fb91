/**
 * The institute's own inspections (监督检查, DESIGN §7). An inspection ends in one result; 责令整改
 * makes it a rectification order with a deadline, which later inspections of the same unit follow
 * up (复查): the order is then closed (整改完成), given a new deadline, or handed to a case (立案).
 */
import { isIsoDate } from './dates.js';

export const INSPECTION_SOURCES = ['routine', 'complaint', 'report', 'rectification', 'random', 'grading', 'licensing', 'case', 'other'] as const;
export type InspectionSource = (typeof INSPECTION_SOURCES)[number];
export const INSPECTION_SOURCE_LABELS: Record<InspectionSource, string> = {
  routine: '日常监督', complaint: '投诉举报', report: '协管信息报告', rectification: '协管站上报整改', random: '双随机抽查',
  grading: '量化分级', licensing: '行政许可', case: '案件调查', other: '其他',
};

export const INSPECTION_RESULTS = ['compliant', 'rectify', 'case', 'other'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];
export const INSPECTION_RESULT_LABELS: Record<InspectionResult, string> = {
  compliant: '合格', rectify: '责令整改', case: '立案查处', other: '其他处理',
};

export const ORDER_STATUSES = ['open', 'closed', 'case_filed'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = { open: '整改中', closed: '整改完成', case_filed: '已立案' };

/** What a re-inspection may conclude: 合格 closes the order, 责令整改 extends it, 立案 hands it on. */
export const REINSPECTION_RESULTS = ['compliant', 'rectify', 'case'] as const satisfies readonly InspectionResult[];

/** The most inspectors one record can name; a bigger operation is recorded as several. */
export const MAX_INSPECTORS = 20;

export interface InspectionFacts {
  inspectedOn: string;
  today: string;
  result: InspectionResult;
  inspectorCount: number;
  deadline?: string | undefined;
}

export interface InspectionProblem {
  field: string;
  message: string;
}

/**
 * Null when the inspection may be recorded, otherwise the field at fault and why. An inspection
 * cannot be dated in the future; 责令整改 needs a deadline after the day of inspection (an order due
 * the same day could never be complied with), and only 责令整改 carries one.
 */
export function inspectionProblem(facts: InspectionFacts): InspectionProblem | null {
  if (!isIsoDate(facts.inspectedOn)) return { field: 'inspectedOn', message: '检查日期格式应为 YYYY-MM-DD' };
  if (facts.inspectedOn > facts.today) return { field: 'inspectedOn', message: '检查日期不能晚于今天' };
  if (facts.inspectorCount < 1) return { field: 'inspectorIds', message: '至少填写一名检查人员' };
  if (facts.inspectorCount > MAX_INSPECTORS) return { field: 'inspectorIds', message: `检查人员不能超过 ${MAX_INSPECTORS} 人` };
  if (facts.result === 'rectify') {
    if (!facts.deadline) return { field: 'deadline', message: '责令整改须写明整改期限' };
    if (facts.deadline <= facts.inspectedOn) return { field: 'deadline', message: '整改期限应晚于检查日期' };
  } else if (facts.deadline) {
    return { field: 'deadline', message: '只有责令整改需要整改期限' };
  }
  return null;
}

export interface OrderFacts {
  status: OrderStatus;
  inspectedOn: string;
  unitId: string;
}

/**
 * Null when an inspection of `unitId` on `inspectedOn` with `result` may follow up the order,
 * otherwise why not. Only an open order is followed up; the re-inspection is of the same unit and
 * not before the order; 其他处理 says nothing about the order, so it is not a re-inspection result.
 */
export function reinspectionProblem(order: OrderFacts, reinspection: { unitId: string; inspectedOn: string; result: InspectionResult }): InspectionProblem | null {
  if (order.status !== 'open') return { field: 'followUpOf', message: `该整改令${ORDER_STATUS_LABELS[order.status]}，不能再复查` };
  if (reinspection.unitId !== order.unitId) return { field: 'unitId', message: '复查的单位应与整改令的单位相同' };
  if (reinspection.inspectedOn < order.inspectedOn) return { field: 'inspectedOn', message: '复查日期不能早于责令整改的检查日期' };
  if (!(REINSPECTION_RESULTS as readonly InspectionResult[]).includes(reinspection.result)) return { field: 'result', message: '复查结果应为合格（整改完成）、责令整改（延期）或立案查处' };
  return null;
}

/** The order's status after a re-inspection with the given result (call reinspectionProblem first). */
export function orderStatusAfter(result: InspectionResult): OrderStatus {
  return result === 'compliant' ? 'closed' : result === 'case' ? 'case_filed' : 'open';
}

/** Overdue while open after its deadline day has passed in Asia/Shanghai (the deadline day itself is in time). */
export function isOrderOverdue(status: OrderStatus, deadline: string, today: string): boolean {
  return status === 'open' && deadline < today;
}
