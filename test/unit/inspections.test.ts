import { describe, expect, it } from 'vitest';
import { caseIndicators, type CaseFigureRow, type InspectionFigureRow } from '../../src/core/caseIndicators.js';
import { inspectionProblem, isOrderOverdue, orderStatusAfter, reinspectionProblem } from '../../src/core/inspections.js';

const base = { inspectedOn: '2026-05-10', today: '2026-05-12', inspectorCount: 2 };

describe('inspectionProblem', () => {
  it('accepts 合格 without a deadline and 责令整改 with one after the day of inspection', () => {
    expect(inspectionProblem({ ...base, result: 'compliant' })).toBeNull();
    expect(inspectionProblem({ ...base, result: 'rectify', deadline: '2026-05-11' })).toBeNull();
  });
  it('refuses 责令整改 without a deadline or due the same day, and a deadline on another result', () => {
    expect(inspectionProblem({ ...base, result: 'rectify' })).toEqual({ field: 'deadline', message: '责令整改须写明整改期限' });
    expect(inspectionProblem({ ...base, result: 'rectify', deadline: '2026-05-10' })).toEqual({ field: 'deadline', message: '整改期限应晚于检查日期' });
    expect(inspectionProblem({ ...base, result: 'case', deadline: '2026-06-01' })).toEqual({ field: 'deadline', message: '只有责令整改需要整改期限' });
  });
  it('refuses a future date and no inspectors', () => {
    expect(inspectionProblem({ ...base, inspectedOn: '2026-05-13', result: 'compliant' })).toEqual({ field: 'inspectedOn', message: '检查日期不能晚于今天' });
    expect(inspectionProblem({ ...base, inspectorCount: 0, result: 'compliant' })).toEqual({ field: 'inspectorIds', message: '至少填写一名检查人员' });
  });
});

describe('reinspectionProblem', () => {
  const order = { status: 'open' as const, inspectedOn: '2026-05-10', unitId: 'u1' };
  it('lets an open order be followed up by 合格, 责令整改 or 立案 of the same unit on or after the order', () => {
    for (const result of ['compliant', 'rectify', 'case'] as const) expect(reinspectionProblem(order, { unitId: 'u1', inspectedOn: '2026-05-10', result })).toBeNull();
    expect([orderStatusAfter('compliant'), orderStatusAfter('rectify'), orderStatusAfter('case')]).toEqual(['closed', 'open', 'case_filed']);
  });
  it('refuses a closed or filed order, another unit, an earlier date and 其他处理', () => {
    const ok = { unitId: 'u1', inspectedOn: '2026-05-20', result: 'compliant' as const };
    expect(reinspectionProblem({ ...order, status: 'closed' }, ok)).toEqual({ field: 'followUpOf', message: '该整改令整改完成，不能再复查' });
    expect(reinspectionProblem({ ...order, status: 'case_filed' }, ok)).toEqual({ field: 'followUpOf', message: '该整改令已立案，不能再复查' });
    expect(reinspectionProblem(order, { ...ok, unitId: 'u2' })).toEqual({ field: 'unitId', message: '复查的单位应与整改令的单位相同' });
    expect(reinspectionProblem(order, { ...ok, inspectedOn: '2026-05-09' })).toEqual({ field: 'inspectedOn', message: '复查日期不能早于责令整改的检查日期' });
    expect(reinspectionProblem(order, { ...ok, result: 'other' })?.field).toBe('result');
  });
});

describe('isOrderOverdue', () => {
  it('is in time on the deadline day and overdue the day after, only while open', () => {
    expect(isOrderOverdue('open', '2026-05-20', '2026-05-20')).toBe(false);
    expect(isOrderOverdue('open', '2026-05-20', '2026-05-21')).toBe(true);
    expect(isOrderOverdue('closed', '2026-05-20', '2026-05-21')).toBe(false);
  });
});

describe('caseIndicators', () => {
  const q2 = { start: '2026-04-01', end: '2026-06-30' };
  const insp = (o: Partial<InspectionFigureRow>): InspectionFigureRow => ({
    inspectedOn: '2026-05-01', inspectorCount: 2, result: 'compliant', followUpOf: null, orderStatus: null, orderDeadline: null, orderClosedOn: null, ...o,
  });
  const kase = (o: Partial<CaseFigureRow>): CaseFigureRow => ({
    area: 'medical', status: 'filed', filedOn: '2026-05-01', decidedOn: null, fineAmount: null, executedOn: null, amountPaid: null, ...o,
  });
  const inspections = [
    insp({ inspectorCount: 2 }),
    insp({ inspectorCount: 3, result: 'rectify', orderStatus: 'open', orderDeadline: '2026-06-10' }), // issued, overdue on 07-01
    insp({ inspectorCount: 2, result: 'rectify', orderStatus: 'open', orderDeadline: '2026-07-10' }), // issued, in time
    insp({ inspectedOn: '2026-03-20', result: 'rectify', orderStatus: 'closed', orderDeadline: '2026-04-05', orderClosedOn: '2026-04-06' }), // closed in Q2, issued in Q1
    insp({ inspectedOn: '2026-04-06', inspectorCount: 2, followUpOf: 'x' }), // the re-inspection that closed it
    insp({ inspectedOn: '2026-05-20', inspectorCount: 4, result: 'rectify', followUpOf: 'y' }), // an extension issues no order
    insp({ inspectedOn: '2026-07-01', inspectorCount: 9 }), // outside
  ];
  const cases = [
    kase({ area: 'medical', status: 'closed', decidedOn: '2026-05-10', fineAmount: 3000.1, executedOn: '2026-05-20', amountPaid: 3000.1 }),
    kase({ area: 'medical', status: 'executing', decidedOn: '2026-06-01', fineAmount: 0.2, executedOn: '2026-07-02', amountPaid: 0.2 }), // paid after Q2
    kase({ area: 'public_place', status: 'dismissed' }),
    kase({ area: 'drinking_water', status: 'investigating' }),
    kase({ area: 'radiation', filedOn: '2026-03-01', status: 'closed', decidedOn: '2026-04-02', fineAmount: 500, executedOn: '2026-04-03', amountPaid: 499.99 }), // filed in Q1
  ];

  it('adds up Q2 2026 as counted by hand', () => {
    expect(caseIndicators(inspections, cases, q2, '2026-07-01')).toEqual({
      inspections: 5, // the five dated 04-01..06-30
      inspectorVisits: 2 + 3 + 2 + 2 + 4,
      ordersIssued: 2,
      ordersClosed: 1,
      ordersOverdue: 1,
      casesFiled: 4,
      casesFiledByArea: { medical: 2, medical_waste: 0, infectious: 0, radiation: 0, public_place: 1, drinking_water: 1, other: 0 },
      casesEnded: 2, // closed + dismissed
      closureRate: { numerator: 2, denominator: 4, unit: '%', value: 50 },
      finesDecided: 3500.3, // 3000.10 + 0.20 + 500
      finesCollected: 3500.09, // 3000.10 + 499.99
    });
  });

  it('gives zeros and a rate without value for an empty period', () => {
    const empty = caseIndicators([], [], q2, '2026-07-01');
    expect(empty.casesFiledByArea).toEqual({ medical: 0, medical_waste: 0, infectious: 0, radiation: 0, public_place: 0, drinking_water: 0, other: 0 });
    expect(empty.closureRate).toEqual({ numerator: 0, denominator: 0, unit: '%', value: null });
    expect(empty.finesDecided).toBe(0);
  });
});
