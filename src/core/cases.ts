/**
 * Administrative-penalty cases (行政处罚案件, DESIGN §7). A case moves 立案 → 调查取证 → 处罚决定 →
 * 执行 → 结案; before a decision it may end as 不予处罚 or 撤销案件. Each step needs the documents of
 * the stage it leaves, and the stage dates never go backwards.
 */
import { isIsoDate } from './dates.js';

export const CASE_AREAS = ['medical', 'medical_waste', 'infectious', 'radiation', 'public_place', 'drinking_water', 'other'] as const;
export type CaseArea = (typeof CASE_AREAS)[number];
export const CASE_AREA_LABELS: Record<CaseArea, string> = {
  medical: '医疗服务', medical_waste: '医疗废物', infectious: '传染病防治', radiation: '放射卫生',
  public_place: '公共场所', drinking_water: '生活饮用水', other: '其他',
};

export const CASE_SOURCES = ['inspection', 'complaint', 'report', 'rectification', 'random', 'other'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export const CASE_SOURCE_LABELS: Record<CaseSource, string> = {
  inspection: '监督检查', complaint: '投诉举报', report: '协管信息报告', rectification: '协管站上报整改', random: '双随机抽查', other: '其他',
};

export const CASE_STATUSES = ['filed', 'investigating', 'decided', 'executing', 'closed', 'dismissed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  filed: '立案', investigating: '调查取证', decided: '处罚决定', executing: '执行', closed: '结案', dismissed: '不予处罚/撤销',
};
/** Ended: nothing more happens to the file, so its documents are fixed. */
export const ENDED_CASE_STATUSES = ['closed', 'dismissed'] as const satisfies readonly CaseStatus[];
export const isCaseOpen = (status: CaseStatus) => !(ENDED_CASE_STATUSES as readonly CaseStatus[]).includes(status);

export const PENALTY_TYPES = ['warning', 'fine', 'confiscation', 'suspension', 'revocation'] as const;
export type PenaltyType = (typeof PENALTY_TYPES)[number];
export const PENALTY_TYPE_LABELS: Record<PenaltyType, string> = {
  warning: '警告', fine: '罚款', confiscation: '没收违法所得', suspension: '责令停业', revocation: '吊销许可证',
};

export const DISCRETION_LEVELS = ['slight', 'ordinary', 'serious', 'severe'] as const;
export type DiscretionLevel = (typeof DISCRETION_LEVELS)[number];
export const DISCRETION_LEVEL_LABELS: Record<DiscretionLevel, string> = { slight: '轻微', ordinary: '一般', serious: '较重', severe: '严重' };

export const DOCUMENT_KINDS = [
  'filing_approval', 'site_record', 'inquiry_record', 'evidence', 'prior_notice', 'decision', 'service_receipt', 'payment_receipt', 'closing_report', 'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  filing_approval: '立案审批表', site_record: '现场检查笔录', inquiry_record: '询问笔录', evidence: '证据材料', prior_notice: '行政处罚事先告知书',
  decision: '行政处罚决定书', service_receipt: '送达回证', payment_receipt: '罚没款票据', closing_report: '结案报告', other: '其他',
};

/** Files a case keeps: what offices scan and write. */
export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'] as const;
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** 行政处罚法 第四十二条: enforcement is by at least two officers holding enforcement certificates. */
export const MIN_CASE_HANDLERS = 2;

/** Each step: the statuses it may follow, where it leads, its label and the date field it records. */
export const CASE_ACTIONS = {
  investigate: { from: ['filed'], to: 'investigating', label: '开始调查取证', dateField: 'investigatedOn' },
  decide: { from: ['investigating'], to: 'decided', label: '作出处罚决定', dateField: 'decidedOn' },
  execute: { from: ['decided'], to: 'executing', label: '执行处罚', dateField: 'executedOn' },
  close: { from: ['executing'], to: 'closed', label: '结案', dateField: 'closedOn' },
  dismiss: { from: ['filed', 'investigating'], to: 'dismissed', label: '不予处罚或撤销案件', dateField: 'dismissedOn' },
} as const satisfies Record<string, { from: readonly CaseStatus[]; to: CaseStatus; label: string; dateField: string }>;
export type CaseAction = keyof typeof CASE_ACTIONS;

/** Names of the stage dates, for messages that say which one is out of order. */
export const CASE_DATE_LABELS: Record<string, string> = {
  filedOn: '立案日期', investigatedOn: '调查取证日期', decidedOn: '处罚决定日期', executedOn: '执行日期', closedOn: '结案日期', dismissedOn: '撤销日期',
};

/**
 * The documents that must be in the file before a step leaves its stage: 立案审批表 before
 * investigating, the 事先告知书 before a decision (the party's right to be heard comes first), the
 * served 决定书 before execution, the 结案报告 to close — and the receipt when money was paid.
 */
export const REQUIRED_DOCUMENTS: Record<CaseAction, readonly DocumentKind[]> = {
  investigate: ['filing_approval'],
  decide: ['prior_notice'],
  execute: ['decision', 'service_receipt'],
  close: ['closing_report'],
  dismiss: [],
};

export function requiredDocuments(action: CaseAction, facts: { amountPaid?: number | null } = {}): DocumentKind[] {
  const kinds: DocumentKind[] = [...REQUIRED_DOCUMENTS[action]];
  if (action === 'close' && (facts.amountPaid ?? 0) > 0) kinds.push('payment_receipt');
  return kinds;
}

/** The required kinds not yet attached, in the order of the rule table. */
export function missingDocuments(action: CaseAction, attached: readonly DocumentKind[], facts: { amountPaid?: number | null } = {}): DocumentKind[] {
  return requiredDocuments(action, facts).filter((kind) => !attached.includes(kind));
}

/** The steps the current status allows, in the order of the workflow. */
export function allowedCaseActions(status: CaseStatus): CaseAction[] {
  return (Object.keys(CASE_ACTIONS) as CaseAction[]).filter((a) => (CASE_ACTIONS[a].from as readonly CaseStatus[]).includes(status));
}

/** Null when the step may follow the status and the file holds what it needs, otherwise why not. */
export function caseActionProblem(action: CaseAction, status: CaseStatus, attached: readonly DocumentKind[], facts: { amountPaid?: number | null } = {}): string | null {
  const rule = CASE_ACTIONS[action];
  if (!(rule.from as readonly CaseStatus[]).includes(status)) return `当前状态为“${CASE_STATUS_LABELS[status]}”，不能${rule.label}`;
  const missing = missingDocuments(action, attached, facts);
  if (missing.length > 0) return `${rule.label}前须上传：${missing.map((k) => DOCUMENT_KIND_LABELS[k]).join('、')}`;
  return null;
}

export interface DateProblem {
  field: string;
  message: string;
}

/**
 * Null when `date` may be the date of the step: a real date, not in the future, and not before the
 * latest date the case already has (`previous` maps date fields to dates, null when not reached).
 */
export function stageDateProblem(action: CaseAction, date: string, previous: Record<string, string | null>, today: string): DateProblem | null {
  const field = CASE_ACTIONS[action].dateField;
  const label = CASE_DATE_LABELS[field]!;
  if (!isIsoDate(date)) return { field, message: `${label}格式应为 YYYY-MM-DD` };
  if (date > today) return { field, message: `${label}不能晚于今天` };
  for (const [name, value] of Object.entries(previous)) {
    if (value !== null && date < value) return { field, message: `${label}不能早于${CASE_DATE_LABELS[name] ?? name}（${value}）` };
  }
  return null;
}

/** Yuan as whole fen, refusing more than two decimals; money is added in fen so no cent is lost. */
export function toFen(yuan: number): number {
  const fen = Math.round(yuan * 100);
  if (!Number.isFinite(yuan) || Math.abs(fen - yuan * 100) > 1e-6) throw new RangeError(`金额最多两位小数，收到 ${yuan}`);
  return fen;
}
export const fromFen = (fen: number) => fen / 100;

export interface DecisionInput {
  penaltyTypes: readonly PenaltyType[];
  fineAmount?: number | null | undefined;
  confiscationAmount?: number | null | undefined;
}

/**
 * Null when the penalty is coherent: at least one type, no type twice; a fine amount above zero
 * exactly when 罚款 is decided, a confiscated amount exactly when 没收违法所得 is, two decimals each.
 */
export function decisionProblem(input: DecisionInput): DateProblem | null {
  const types = input.penaltyTypes;
  if (types.length === 0) return { field: 'penaltyTypes', message: '至少选择一种处罚种类' };
  if (new Set(types).size !== types.length) return { field: 'penaltyTypes', message: '处罚种类不能重复' };
  const amounts = [
    ['fine', 'fineAmount', input.fineAmount, '罚款金额'],
    ['confiscation', 'confiscationAmount', input.confiscationAmount, '没收违法所得金额'],
  ] as const;
  for (const [type, field, amount, label] of amounts) {
    const chosen = types.includes(type);
    if (chosen && (amount === null || amount === undefined || amount <= 0)) return { field, message: `${PENALTY_TYPE_LABELS[type]}须填写大于 0 的${label}` };
    if (!chosen && amount !== null && amount !== undefined) return { field, message: `未选择${PENALTY_TYPE_LABELS[type]}，不应填写${label}` };
    if (chosen && Math.abs(Math.round(amount! * 100) - amount! * 100) > 1e-6) return { field, message: `${label}最多两位小数` };
  }
  return null;
}

/** Null when the amount paid is possible: not negative, two decimals, at most what was decided. */
export function paymentProblem(amountPaid: number, decided: { fineAmount: number | null; confiscationAmount: number | null }): DateProblem | null {
  if (amountPaid < 0) return { field: 'amountPaid', message: '缴纳金额不能为负数' };
  if (Math.abs(Math.round(amountPaid * 100) - amountPaid * 100) > 1e-6) return { field: 'amountPaid', message: '缴纳金额最多两位小数' };
  const due = toFen(decided.fineAmount ?? 0) + toFen(decided.confiscationAmount ?? 0);
  if (toFen(amountPaid) > due) return { field: 'amountPaid', message: `缴纳金额不能超过决定的罚没款合计 ${fromFen(due).toFixed(2)} 元` };
  return null;
}
