import { describe, expect, it } from 'vitest';
import {
  allowedCaseActions, CASE_ACTIONS, CASE_STATUSES, caseActionProblem, decisionProblem, DOCUMENT_KINDS, isCaseOpen, missingDocuments,
  paymentProblem, requiredDocuments, stageDateProblem, toFen, type CaseAction, type CaseStatus,
} from '../../src/core/cases.js';

const ACTIONS = Object.keys(CASE_ACTIONS) as CaseAction[];
const ALL_DOCUMENTS = [...DOCUMENT_KINDS];

describe('caseActionProblem', () => {
  it('walks 立案 → 调查取证 → 处罚决定 → 执行 → 结案 with every document attached', () => {
    let status: CaseStatus = 'filed';
    for (const action of ['investigate', 'decide', 'execute', 'close'] as const) {
      expect(caseActionProblem(action, status, ALL_DOCUMENTS)).toBeNull();
      status = CASE_ACTIONS[action].to;
    }
    expect(status).toBe('closed');
  });

  it('allows exactly 6 (action, status) pairs: four forward steps and dismissal from 立案 or 调查取证', () => {
    const allowed = ACTIONS.flatMap((action) => CASE_STATUSES.filter((s) => caseActionProblem(action, s, ALL_DOCUMENTS) === null).map((s) => `${action}:${s}`));
    expect(allowed).toEqual(['investigate:filed', 'decide:investigating', 'execute:decided', 'close:executing', 'dismiss:filed', 'dismiss:investigating']);
  });

  it('refuses every other pair naming the status and the step', () => {
    expect(caseActionProblem('close', 'filed', ALL_DOCUMENTS)).toBe('当前状态为“立案”，不能结案');
    expect(caseActionProblem('dismiss', 'decided', ALL_DOCUMENTS)).toBe('当前状态为“处罚决定”，不能不予处罚或撤销案件');
    expect(caseActionProblem('investigate', 'closed', ALL_DOCUMENTS)).toBe('当前状态为“结案”，不能开始调查取证');
    expect(caseActionProblem('execute', 'dismissed', ALL_DOCUMENTS)).toBe('当前状态为“不予处罚/撤销”，不能执行处罚');
  });

  it('names the documents still missing, status first', () => {
    expect(caseActionProblem('investigate', 'filed', [])).toBe('开始调查取证前须上传：立案审批表');
    expect(caseActionProblem('execute', 'decided', ['decision'])).toBe('执行处罚前须上传：送达回证');
    expect(caseActionProblem('close', 'executing', ['closing_report'], { amountPaid: 500 })).toBe('结案前须上传：罚没款票据');
    expect(caseActionProblem('close', 'filed', [])).toBe('当前状态为“立案”，不能结案');
  });

  it('lists the steps a status allows', () => {
    expect(allowedCaseActions('filed')).toEqual(['investigate', 'dismiss']);
    expect(allowedCaseActions('investigating')).toEqual(['decide', 'dismiss']);
    expect(allowedCaseActions('executing')).toEqual(['close']);
    expect(allowedCaseActions('closed')).toEqual([]);
    expect(allowedCaseActions('dismissed')).toEqual([]);
  });

  it('counts a closed or dismissed case as ended', () => {
    expect(CASE_STATUSES.filter(isCaseOpen)).toEqual(['filed', 'investigating', 'decided', 'executing']);
  });
});

describe('requiredDocuments', () => {
  it('keeps the rule table: 立案审批表, 事先告知书, 决定书 and 送达回证, 结案报告', () => {
    expect(ACTIONS.map((a) => [a, requiredDocuments(a)])).toEqual([
      ['investigate', ['filing_approval']], ['decide', ['prior_notice']], ['execute', ['decision', 'service_receipt']], ['close', ['closing_report']], ['dismiss', []],
    ]);
  });
  it('asks for the 罚没款票据 only when money was paid', () => {
    expect(requiredDocuments('close', { amountPaid: 0 })).toEqual(['closing_report']);
    expect(requiredDocuments('close', { amountPaid: 0.01 })).toEqual(['closing_report', 'payment_receipt']);
    expect(missingDocuments('close', ['payment_receipt', 'other'], { amountPaid: 10 })).toEqual(['closing_report']);
  });
});

describe('stageDateProblem', () => {
  const previous = { filedOn: '2026-03-02', investigatedOn: '2026-03-05' };
  it('accepts the same day as the latest earlier stage and today', () => {
    expect(stageDateProblem('decide', '2026-03-05', previous, '2026-03-10')).toBeNull();
    expect(stageDateProblem('decide', '2026-03-10', previous, '2026-03-10')).toBeNull();
  });
  it('refuses a date before an earlier stage, naming both fields', () => {
    expect(stageDateProblem('decide', '2026-03-04', previous, '2026-03-10')).toEqual({ field: 'decidedOn', message: '处罚决定日期不能早于调查取证日期（2026-03-05）' });
    expect(stageDateProblem('investigate', '2026-03-01', { filedOn: '2026-03-02' }, '2026-03-10')).toEqual({ field: 'investigatedOn', message: '调查取证日期不能早于立案日期（2026-03-02）' });
  });
  it('refuses the future and a malformed date', () => {
    expect(stageDateProblem('close', '2026-03-11', previous, '2026-03-10')).toEqual({ field: 'closedOn', message: '结案日期不能晚于今天' });
    expect(stageDateProblem('dismiss', '2026-02-30', previous, '2026-03-10')).toEqual({ field: 'dismissedOn', message: '撤销日期格式应为 YYYY-MM-DD' });
  });
  it('skips stages not reached', () => {
    expect(stageDateProblem('dismiss', '2026-03-03', { filedOn: '2026-03-02', investigatedOn: null }, '2026-03-10')).toBeNull();
  });
});

describe('decisionProblem', () => {
  it('accepts 警告 alone and 罚款 with its amount', () => {
    expect(decisionProblem({ penaltyTypes: ['warning'] })).toBeNull();
    expect(decisionProblem({ penaltyTypes: ['warning', 'fine'], fineAmount: 3000.5 })).toBeNull();
    expect(decisionProblem({ penaltyTypes: ['confiscation', 'fine'], fineAmount: 1, confiscationAmount: 820.35 })).toBeNull();
  });
  it('requires an amount above zero exactly when 罚款 or 没收违法所得 is decided', () => {
    expect(decisionProblem({ penaltyTypes: ['fine'] })).toEqual({ field: 'fineAmount', message: '罚款须填写大于 0 的罚款金额' });
    expect(decisionProblem({ penaltyTypes: ['fine'], fineAmount: 0 })).toEqual({ field: 'fineAmount', message: '罚款须填写大于 0 的罚款金额' });
    expect(decisionProblem({ penaltyTypes: ['warning'], fineAmount: 100 })).toEqual({ field: 'fineAmount', message: '未选择罚款，不应填写罚款金额' });
    expect(decisionProblem({ penaltyTypes: ['confiscation'] })).toEqual({ field: 'confiscationAmount', message: '没收违法所得须填写大于 0 的没收违法所得金额' });
  });
  it('refuses no type, a repeated type and a third decimal', () => {
    expect(decisionProblem({ penaltyTypes: [] })).toEqual({ field: 'penaltyTypes', message: '至少选择一种处罚种类' });
    expect(decisionProblem({ penaltyTypes: ['warning', 'warning'] })).toEqual({ field: 'penaltyTypes', message: '处罚种类不能重复' });
    expect(decisionProblem({ penaltyTypes: ['fine'], fineAmount: 10.005 })).toEqual({ field: 'fineAmount', message: '罚款金额最多两位小数' });
  });
});

describe('paymentProblem', () => {
  const decided = { fineAmount: 2000, confiscationAmount: 350.5 };
  it('allows nothing up to the whole 罚没款 (2350.50)', () => {
    expect(paymentProblem(0, decided)).toBeNull();
    expect(paymentProblem(2350.5, decided)).toBeNull();
  });
  it('refuses more, less than zero and a third decimal', () => {
    expect(paymentProblem(2350.51, decided)).toEqual({ field: 'amountPaid', message: '缴纳金额不能超过决定的罚没款合计 2350.50 元' });
    expect(paymentProblem(-1, decided)).toEqual({ field: 'amountPaid', message: '缴纳金额不能为负数' });
    expect(paymentProblem(1.234, decided)).toEqual({ field: 'amountPaid', message: '缴纳金额最多两位小数' });
  });
});

describe('toFen', () => {
  it('turns yuan into whole fen without float drift', () => {
    expect(toFen(0.1) + toFen(0.2)).toBe(30);
    expect(toFen(19.99)).toBe(1999);
    expect(() => toFen(1.001)).toThrow(RangeError);
  });
});
