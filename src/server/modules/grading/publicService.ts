import type { Kysely } from 'kysely';
import { localDate } from '../../../core/dates.js';
import { GRADE_LABELS, type Grade } from '../../../core/grading.js';
import { INSPECTION_RESULT_LABELS, type InspectionResult } from '../../../core/inspections.js';
import { isLicenceExpired } from '../../../core/licensing.js';
import { TASK_RESULT_LABELS, type TaskResult } from '../../../core/randomInspections.js';
import { categoryByCode } from '../../../core/unitCategories.js';
import type { DB } from '../../db/schema.js';
import { GRADED_UNIT_COLUMNS, type GradedUnit, type PublicUnit } from './publicSchemas.js';
import * as repo from './publicRepo.js';

const PAGE_SIZE = 20;
/** The CSV is the whole list in one file; past this many rows, use the paged JSON. */
export const CSV_MAX_ROWS = 20_000;

function licenceStatus(row: repo.PublicUnitRow, today: string): PublicUnit['licenceStatus'] {
  const sub = categoryByCode(row.category)?.subCategories.find((s) => s.code === row.sub_category);
  if (!sub?.licence) return 'not_required';
  if (!row.licence_no) return 'not_recorded';
  return row.licence_expires_on && isLicenceExpired(row.licence_expires_on, today) ? 'expired' : 'valid';
}

/**
 * The unit's latest inspection result as the public sees it: the latest of its published grading,
 * the institute's inspections and its 双随机 tasks with published results.
 */
function latestInspection(row: repo.PublicUnitRow, visit: repo.VisitRow | undefined): PublicUnit['latestInspection'] {
  const grading = row.inspected_on && row.grade ? { date: row.inspected_on, kind: 'grading' as const, result: `量化分级 ${GRADE_LABELS[row.grade]}` } : null;
  if (!visit || (grading && grading.date >= visit.on)) return grading;
  const result = visit.kind === 'inspection'
    ? `监督检查：${INSPECTION_RESULT_LABELS[visit.result as InspectionResult]}`
    : `双随机抽查：${TASK_RESULT_LABELS[visit.result as TaskResult]}`;
  return { date: visit.on, kind: visit.kind, result };
}

function toPublicUnit(row: repo.PublicUnitRow, visit: repo.VisitRow | undefined, today: string): PublicUnit {
  return {
    id: row.id, name: row.name, creditCode: row.credit_code, category: row.category, categoryLabel: categoryByCode(row.category)?.zh ?? row.category,
    address: row.address, divisionName: row.township_name, grade: row.grade, noticeDate: row.published_on, reply: row.reply,
    appealStatus: row.appeal_status, licenceStatus: licenceStatus(row, today), latestInspection: latestInspection(row, visit),
  };
}

function toGradedUnit(row: repo.GradedUnitRow): GradedUnit {
  return {
    unit_id: row.id, name: row.name, category: row.category, address: row.address, county_code: row.county_code, township_code: row.township_code,
    grade: row.grade as Grade, score: Number(row.total), notice_date: row.published_on!, reply_present: row.reply !== null,
    updated_at: new Date(row.updated_at).toISOString(),
  };
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling the quotes. */
const csvField = (value: string | number | boolean) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function createGradingPublicService({ db, clock = () => new Date() }: { db: Kysely<DB>; clock?: () => Date }) {
  return {
    async searchUnits(query: { q?: string | undefined; divisionCode?: string | undefined; page: number }) {
      const result = await repo.searchUnits(db, query, { offset: (query.page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
      const today = localDate(clock());
      const visits = new Map((await repo.latestVisits(db, result.items.map((row) => row.id))).map((visit) => [visit.unit_id, visit]));
      return { items: result.items.map((row) => toPublicUnit(row, visits.get(row.id), today)), total: result.total, page: query.page, pageSize: PAGE_SIZE };
    },

    async unitAreas(parentCode?: string) {
      return { items: await repo.listUnitAreas(db, parentCode) };
    },

    async gradedUnits(query: repo.OpenDataFilter & { page: number; pageSize: number }) {
      const result = await repo.listGradedUnits(db, query, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
      return { items: result.items.map(toGradedUnit), total: result.total, page: query.page, pageSize: query.pageSize };
    },

    /** UTF-8 with a BOM so Excel reads the Chinese; CRLF line ends as RFC 4180 asks. */
    async gradedUnitsCsv(filter: repo.OpenDataFilter): Promise<string> {
      const { items } = await repo.listGradedUnits(db, filter, { offset: 0, limit: CSV_MAX_ROWS });
      const lines = [GRADED_UNIT_COLUMNS.join(','), ...items.map((row) => { const unit = toGradedUnit(row); return GRADED_UNIT_COLUMNS.map((c) => csvField(unit[c])).join(','); })];
      return `\uFEFF${lines.join('\r\n')}\r\n`;
    },
  };
}
export type GradingPublicService = ReturnType<typeof createGradingPublicService>;
