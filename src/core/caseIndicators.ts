/**
 * The enforcement figures of a period (DESIGN §7, §9): 监督检查户次 and 出动人次, rectification orders,
 * cases by area, 结案率, fines decided and collected. Each figure counts the records whose own date
 * falls in the period, so every number can be re-added from a list.
 */
import { CASE_AREAS, fromFen, toFen, type CaseArea, type CaseStatus } from './cases.js';
import { rate, type Rate } from './indicators.js';
import { isOrderOverdue, type InspectionResult, type OrderStatus } from './inspections.js';

export interface InspectionFigureRow {
  inspectedOn: string;
  inspectorCount: number;
  result: InspectionResult;
  /** Set on a re-inspection: it follows up an order instead of issuing one. */
  followUpOf: string | null;
  orderStatus: OrderStatus | null;
  orderDeadline: string | null;
  orderClosedOn: string | null;
}

export interface CaseFigureRow {
  area: CaseArea;
  status: CaseStatus;
  filedOn: string;
  decidedOn: string | null;
  fineAmount: number | null;
  executedOn: string | null;
  amountPaid: number | null;
}

export interface CaseIndicators {
  inspections: number;
  inspectorVisits: number;
  ordersIssued: number;
  ordersClosed: number;
  ordersOverdue: number;
  casesFiled: number;
  casesFiledByArea: Record<CaseArea, number>;
  casesEnded: number;
  closureRate: Rate;
  finesDecided: number;
  finesCollected: number;
}

const within = (date: string | null, range: { start: string; end: string }): date is string => date !== null && range.start <= date && date <= range.end;

/**
 * - 户次: inspections dated in the period; 出动人次: the inspectors they name, summed.
 * - Orders issued: first inspections with 责令整改 in the period (a re-inspection that extends an order
 *   issues none); closed: orders whose 整改完成 falls in the period; overdue: orders issued in the
 *   period still open after their deadline on `today`.
 * - Cases filed (and by area): 立案 in the period. Ended: of those, the ones now 结案 or 不予处罚/撤销,
 *   both of which end a file, so 结案率 = ended ÷ filed of the same cases and never exceeds 100%.
 * - Fines decided: 罚款 of decisions made in the period; collected: amounts paid at execution in the
 *   period. Added in fen, reported in yuan.
 */
export function caseIndicators(
  inspections: readonly InspectionFigureRow[], cases: readonly CaseFigureRow[], range: { start: string; end: string }, today: string,
): CaseIndicators {
  const inPeriod = inspections.filter((i) => within(i.inspectedOn, range));
  const orders = inPeriod.filter((i) => i.result === 'rectify' && i.followUpOf === null);
  const filed = cases.filter((c) => within(c.filedOn, range));
  const byArea = Object.fromEntries(CASE_AREAS.map((a) => [a, 0])) as Record<CaseArea, number>;
  for (const c of filed) byArea[c.area] += 1;
  const ended = filed.filter((c) => c.status === 'closed' || c.status === 'dismissed').length;
  const finesDecided = cases.filter((c) => within(c.decidedOn, range)).reduce((sum, c) => sum + toFen(c.fineAmount ?? 0), 0);
  const finesCollected = cases.filter((c) => within(c.executedOn, range)).reduce((sum, c) => sum + toFen(c.amountPaid ?? 0), 0);
  return {
    inspections: inPeriod.length,
    inspectorVisits: inPeriod.reduce((sum, i) => sum + i.inspectorCount, 0),
    ordersIssued: orders.length,
    ordersClosed: inspections.filter((i) => i.followUpOf === null && i.orderStatus === 'closed' && within(i.orderClosedOn, range)).length,
    ordersOverdue: orders.filter((i) => i.orderStatus !== null && i.orderDeadline !== null && isOrderOverdue(i.orderStatus, i.orderDeadline, today)).length,
    casesFiled: filed.length,
    casesFiledByArea: byArea,
    casesEnded: ended,
    closureRate: rate(ended, filed.length, '%'),
    finesDecided: fromFen(finesDecided),
    finesCollected: fromFen(finesCollected),
  };
}
