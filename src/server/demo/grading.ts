import dayjs from 'dayjs';
import type { Insertable } from 'kysely';
import { localDate } from '../../core/dates.js';
import { DEFAULT_GRADING_CAP, DEFAULT_GRADING_THRESHOLDS, gradeScoreSheet, gradingVisitFindings, type ScoreSheet } from '../../core/grading.js';
import { GRADING_CHECKLISTS, gradingChecklistFor, type GradingChecklist } from '../../core/gradingChecklists.js';
import type { GradingTable } from '../db/schema.js';
import type { Executor } from '../db/types.js';
import type { DemoPerson } from './fieldwork.js';

/**
 * 量化分级 for the demo county: about thirty published grades (mostly A and B, some C, one capped
 * by a critical item), a few replies, one appeal still to decide and one re-grading request.
 */
const GRADED_UNITS = 30;
/** Which gradings tell a story: an A total capped at C, a B under appeal within its window, a C asking to be graded again. */
const CAPPED = 4;
const APPEALED = 5;
const REGRADE = 8;
const REPLIES = ['已按要求完成整改，欢迎监督', '已更换消毒设备并完善记录', '已组织从业人员补办健康证明', '感谢指导，将持续改进'];

/** Deterministic, so every demo start shows the same grades. */
function random(seed: number) {
  let state = seed;
  return (max: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((state / 2_147_483_648) * (max + 1));
  };
}

/** Deducts about `deduct` points, never below half of a critical item nor to 0; `capped` puts one critical item below half. */
function sheetFor(checklist: GradingChecklist, deduct: number, capped: boolean, rnd: (max: number) => number): ScoreSheet {
  let left = deduct;
  const sheet: ScoreSheet = {};
  for (const item of checklist.items) {
    const room = item.critical ? Math.floor(item.max / 2) : item.max - 1;
    const take = Math.min(room, left, rnd(Math.ceil(item.max * 0.6)));
    sheet[item.code] = item.max - take;
    left -= take;
  }
  const critical = checklist.items.find((i) => i.critical)!;
  if (capped) sheet[critical.code] = Math.floor(critical.max * 0.4);
  return sheet;
}

export async function seedGradings(tx: Executor, countyCode: string, graders: [DemoPerson, DemoPerson], now: Date): Promise<number> {
  const rnd = random(20_260_301);
  const today = dayjs(localDate(now));
  const units = await tx
    .selectFrom('units')
    .select(['id', 'category', 'path'])
    .where('county_code', '=', countyCode)
    .where('category', 'in', GRADING_CHECKLISTS.map((c) => c.category))
    .orderBy('name')
    .limit(GRADED_UNITS)
    .execute();
  const rows: Insertable<GradingTable>[] = units.map((unit, i) => {
    const checklist = gradingChecklistFor(unit.category)!;
    const deduct = [3, 5, 8, 6, 2, 14, 18, 21, 30, 12][i % 10]!;
    const sheet = sheetFor(checklist, deduct, i === CAPPED, rnd);
    const result = gradeScoreSheet(checklist, sheet, DEFAULT_GRADING_THRESHOLDS, DEFAULT_GRADING_CAP);
    // The appealed one was published within the appeal window; the rest over the past months.
    const inspected = i === APPEALED ? today.subtract(6, 'day') : today.subtract(20 + rnd(200), 'day');
    const published = inspected.add(3, 'day').format('YYYY-MM-DD');
    return {
      unit_id: unit.id, county_code: countyCode, path: unit.path, category: unit.category, inspected_on: inspected.format('YYYY-MM-DD'),
      grader_id: graders[0].id, second_grader_id: graders[1].id, score_sheet: JSON.stringify(sheet), total: result.total, grade: result.grade,
      capped_by: result.cappedBy?.itemCode ?? null, status: 'published', published_on: published,
      ...(i % 7 === 3 ? { reply: REPLIES[i % REPLIES.length]!, replied_on: published } : {}),
      ...(i === APPEALED ? { appeal_status: 'pending' as const, appealed_on: today.subtract(1, 'day').format('YYYY-MM-DD'), appeal_grounds: '检查当日消毒柜在检修，已提供维修记录' } : {}),
      ...(i === REGRADE ? { regrade_requested_on: today.subtract(2, 'day').format('YYYY-MM-DD'), regrade_reason: '已完成整改，申请重新评级' } : {}),
    };
  });
  if (rows.length === 0) return 0;
  const ids = await tx.insertInto('gradings').values(rows).returning('id').execute();
  // Each published grading was a visit by both graders, recorded as the application records it.
  const graderList = JSON.stringify(graders.map((g) => ({ id: g.id, name: g.name })));
  await tx.insertInto('inspections').values(rows.map((row, i) => ({
    unit_id: row.unit_id, county_code: countyCode, path: row.path, inspected_on: row.inspected_on, inspectors: graderList, inspector_count: 2,
    source: 'grading' as const, source_id: ids[i]!.id, findings: gradingVisitFindings(row.total, row.grade), result: 'other' as const,
  }))).execute();
  for (const row of rows) {
    if (row.grade !== 'none') await tx.updateTable('units').set({ hygiene_grade: row.grade }).where('id', '=', row.unit_id).execute();
  }
  return rows.length;
}
