import { createHash, randomUUID } from 'node:crypto';
import dayjs from 'dayjs';
import type { Insertable } from 'kysely';
import { requiredDocuments, type CaseAction, type CaseStatus, type CaseArea, type DocumentKind, type PenaltyType } from '../../core/cases.js';
import { TIME_ZONE, localDate } from '../../core/dates.js';
import { divisionPath } from '../../core/divisions.js';
import type { InspectionResult } from '../../core/inspections.js';
import type { CaseTable, InspectionTable } from '../db/schema.js';
import type { Executor } from '../db/types.js';
import type { DemoPerson } from './fieldwork.js';

/**
 * The institute's enforcement work in one county for the demo: a dozen inspections with rectification
 * orders open, overdue, complied with and handed to 立案, and eight cases at every stage and in most
 * areas, one filed from a rectification a station escalated. Written directly, like the field work.
 */
const PDF = Buffer.from('%PDF-1.4\n% weijian demo document\n');
const PDF_SHA = createHash('sha256').update(PDF).digest('hex');

interface DemoUnit {
  id: string;
  name: string;
  path: string;
  category: string;
}

interface DemoCase {
  area: CaseArea;
  unit: DemoUnit | null;
  party?: string;
  cause: string;
  /** Days before today of each stage reached; the last one says where the case stands. */
  days: { filed: number; investigated?: number; decided?: number; executed?: number; closed?: number; dismissed?: number };
  penalty?: { types: PenaltyType[]; fine?: number; confiscation?: number; paid?: number; discretion: 'slight' | 'ordinary' | 'serious' | 'severe'; violation: string; basis: string };
  summary?: string;
  dismissal?: string;
  source?: { kind: 'inspection' | 'rectification'; id: string };
}

/** The case area of a unit category; categories the institute's cases have no area for fall under 其他. */
const areaOf = (category: string): CaseArea => (category === 'public_place' || category === 'drinking_water' || category === 'medical' ? category : 'other');

export async function seedEnforcement(tx: Executor, countyCode: string, officers: readonly DemoPerson[], now: Date): Promise<{ inspections: number; cases: number }> {
  const today = dayjs.tz(localDate(now), TIME_ZONE);
  const day = (back: number) => today.subtract(back, 'day').format('YYYY-MM-DD');
  const units = await tx.selectFrom('units').select(['id', 'name', 'path', 'category']).where('county_code', '=', countyCode).orderBy('name').execute();
  const of = (category: string, n = 0): DemoUnit => units.filter((u) => u.category === category)[n] ?? units[n]!;
  const named = JSON.stringify(officers.slice(0, 2));

  // Inspections: [unit, days back, officers who went (of those given), result, deadline days back (negative = ahead), follow-up of index]
  const plan: [DemoUnit, number, number, InspectionResult, number | null, number | null][] = [
    [of('public_place', 0), 60, 2, 'compliant', null, null],
    [of('food', 0), 52, 1, 'compliant', null, null],
    [of('drinking_water', 0), 47, 2, 'compliant', null, null],
    [of('medical', 0), 45, 2, 'rectify', 35, null], // handed to 立案 at re-inspection → case 3
    [of('medical', 0), 41, 2, 'case', null, 3],
    [of('public_place', 1), 40, 2, 'rectify', 25, null], // complied
    [of('public_place', 1), 24, 2, 'compliant', null, 5],
    [of('school', 0), 20, 2, 'rectify', 5, null], // open, overdue
    [of('public_place', 2), 6, 2, 'rectify', -10, null], // open, in time
    [of('drinking_water', 1), 5, 1, 'compliant', null, null],
    [of('medical', 1), 2, 2, 'other', null, null],
  ];
  const ids = plan.map(() => randomUUID());
  const inspections: Insertable<InspectionTable>[] = plan.map(([unit, back, count, result, deadlineBack, followUp], i) => {
    const followUps = plan.map((p, j) => ({ p, j })).filter(({ p }) => p[5] === i);
    const last = followUps.at(-1)?.p;
    const order = result === 'rectify' && followUp === null;
    return {
      id: ids[i]!, unit_id: unit.id, county_code: countyCode, path: unit.path, inspected_on: day(back),
      inspectors: JSON.stringify(officers.slice(0, count)),
      inspector_count: count, source: followUp === null ? 'routine' : 'rectification', findings: result === 'compliant' ? '未发现违法行为' : '发现问题，已当场指出',
      result, deadline: deadlineBack === null ? null : day(deadlineBack), follow_up_of: followUp === null ? null : ids[followUp]!,
      order_status: order ? (last ? (last[3] === 'case' ? 'case_filed' : 'closed') : 'open') : null,
      order_deadline: order ? day(deadlineBack!) : null, order_closed_on: order && last?.[3] === 'compliant' ? day(last[1]) : null,
    };
  });
  await tx.insertInto('inspections').values(inspections).execute();

  const escalated = await tx.selectFrom('rectifications').select(['id', 'unit_id']).where('county_code', '=', countyCode).where('status', '=', 'escalated').orderBy('escalated_on', 'desc').limit(1).executeTakeFirst();
  const escalatedUnit = escalated ? units.find((u) => u.id === escalated.unit_id) ?? null : null;
  const basis = { violation: '《公共场所卫生管理条例实施细则》第二十二条', basis: '《公共场所卫生管理条例实施细则》第三十八条' };
  const cases: DemoCase[] = [
    { area: 'public_place', unit: of('public_place', 0), cause: '未取得卫生许可证擅自营业', days: { filed: 80, investigated: 78, decided: 60, executed: 50, closed: 45 }, penalty: { types: ['warning', 'fine'], fine: 2000, paid: 2000, discretion: 'ordinary', ...basis }, summary: '罚款已缴清，当事人已取得卫生许可证' },
    { area: 'medical_waste', unit: of('medical', 1), cause: '医疗废物未分类收集、暂存', days: { filed: 70, investigated: 69, decided: 50, executed: 40, closed: 30 }, penalty: { types: ['warning'], discretion: 'slight', violation: '《医疗废物管理条例》第十六条', basis: '《医疗废物管理条例》第四十六条' }, summary: '警告已送达，复查整改到位' },
    { area: 'medical', unit: of('medical', 0), cause: '超出登记的诊疗科目范围开展诊疗活动', days: { filed: 40, investigated: 39, decided: 20, executed: 10 }, penalty: { types: ['fine', 'confiscation'], fine: 5000, confiscation: 1200, paid: 6200, discretion: 'serious', violation: '《医疗机构管理条例》第二十六条', basis: '《医疗机构管理条例》第四十六条' }, source: { kind: 'inspection', id: ids[3]! } },
    { area: 'drinking_water', unit: of('drinking_water', 1), cause: '二次供水设施未按规定清洗消毒', days: { filed: 30, investigated: 28, decided: 5 }, penalty: { types: ['fine'], fine: 3000, discretion: 'ordinary', violation: '《生活饮用水卫生监督管理办法》第八条', basis: '《生活饮用水卫生监督管理办法》第二十五条' } },
    { area: 'infectious', unit: of('medical', 1), cause: '未按规定落实预检分诊制度', days: { filed: 15, investigated: 14 } },
    { area: 'radiation', unit: null, party: '王某', cause: '未取得放射诊疗许可开展放射诊疗工作', days: { filed: 3 } },
    { area: 'other', unit: of('food', 1), cause: '涉嫌无证经营（经查已取得许可）', days: { filed: 50, dismissed: 40 }, dismissal: '经调查违法事实不成立，撤销案件' },
    ...(escalated && escalatedUnit ? [{ area: areaOf(escalatedUnit.category), unit: escalatedUnit, cause: '协管站上报：拒不整改', days: { filed: 2 }, source: { kind: 'rectification' as const, id: escalated.id } }] : []),
  ];
  cases.sort((a, b) => b.days.filed - a.days.filed);
  const seqByYear = new Map<number, number>();
  for (const c of cases) {
    const filedOn = day(c.days.filed);
    const year = Number(filedOn.slice(0, 4));
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const d = c.days;
    const status: CaseStatus = d.dismissed !== undefined ? 'dismissed' : d.closed !== undefined ? 'closed' : d.executed !== undefined ? 'executing' : d.decided !== undefined ? 'decided' : d.investigated !== undefined ? 'investigating' : 'filed';
    const at = (back: number | undefined) => (back === undefined ? null : day(back));
    const values: Insertable<CaseTable> & { id: string } = {
      id: randomUUID(), case_no: `${countyCode}卫罚〔${year}〕${seq}号`, county_code: countyCode, year, seq, path: c.unit?.path ?? divisionPath(countyCode),
      unit_id: c.unit?.id ?? null, party_name: c.party ?? c.unit!.name, area: c.area, cause: c.cause, source: c.source?.kind ?? 'inspection', source_id: c.source?.id ?? null,
      handlers: named, status, filed_on: filedOn, investigated_on: at(d.investigated), decided_on: at(d.decided),
      penalty_types: c.penalty ? JSON.stringify(c.penalty.types) : null, fine_amount: c.penalty?.fine ?? null, confiscation_amount: c.penalty?.confiscation ?? null,
      violation_basis: c.penalty?.violation ?? null, penalty_basis: c.penalty?.basis ?? null, discretion: c.penalty?.discretion ?? null,
      executed_on: at(d.executed), amount_paid: d.executed === undefined ? null : (c.penalty?.paid ?? 0), closed_on: at(d.closed), closing_summary: c.summary ?? null,
      dismissed_on: at(d.dismissed), dismissal_reason: c.dismissal ?? null,
    };
    await tx.insertInto('cases').values(values).execute();
    // The documents each step taken needed, so the file looks as the rules require.
    const steps: CaseAction[] = (['investigate', 'decide', 'execute', 'close'] as const).filter((_a, i) => [d.investigated, d.decided, d.executed, d.closed][i] !== undefined);
    const kinds = new Set<DocumentKind>(['filing_approval', ...steps.flatMap((a) => requiredDocuments(a, { amountPaid: c.penalty?.paid ?? 0 }))]);
    if (d.investigated !== undefined) kinds.add('site_record');
    for (const kind of kinds) {
      await tx.insertInto('case_documents').values({ case_id: values.id, kind, file_name: `${kind}.pdf`, content_type: 'application/pdf', size: PDF.length, sha256: PDF_SHA, data: PDF, uploaded_by: officers[0]!.id }).execute();
    }
  }
  return { inspections: inspections.length, cases: cases.length };
}
