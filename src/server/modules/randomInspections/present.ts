import type { FrozenDraw } from '../../db/schema.js';
import type { PlanRow, TaskRow } from './repo.js';
import type { Plan, Task } from './schemas.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The seed stays secret while only the commitment is out; afterwards (drawn, or cancelled) anyone may check it. */
export const seedIsPublic = (row: PlanRow) => row.status !== 'committed' && row.seed !== null;

export function toPlan(row: PlanRow): Plan {
  const frozen = row.frozen as FrozenDraw | null;
  return {
    id: row.id, itemId: row.item_id, itemName: row.item_name, itemCategories: row.item_categories, itemRatio: Number(row.item_ratio), itemMethod: row.item_method,
    countyCode: row.county_code, countyName: row.county_name, title: row.title, year: row.year, batch: row.batch,
    windowStart: row.window_start, windowEnd: row.window_end, unitCount: row.unit_count, inspectorsPerUnit: row.inspectors_per_unit, status: row.status,
    commitment: row.commitment, seed: seedIsPublic(row) ? row.seed : null,
    candidateCount: frozen?.candidates.length ?? null, drawCount: frozen?.unitCount ?? null, excludedRecent: frozen?.excludedRecent ?? null,
    committedAt: iso(row.committed_at), drawnAt: iso(row.drawn_at), publishedAt: iso(row.published_at), cancelReason: row.cancel_reason,
    createdAt: iso(row.created_at)!, updatedAt: iso(row.updated_at)!,
  };
}

/** Inspector codes back to names through the pool frozen at the commit. */
export function inspectorNames(frozen: FrozenDraw | null): Map<string, string> {
  return new Map((frozen?.pool ?? []).map((p) => [p.code, p.name]));
}

export function toTask(row: TaskRow, names: Map<string, string>): Task {
  return {
    id: row.id, position: row.position, unitId: row.unit_id, unitName: row.unit_name, unitCategory: row.unit_category,
    inspectors: row.inspector_codes.map((code) => ({ code, name: names.get(code) ?? code })),
    result: row.result, resultOn: row.result_on, summary: row.summary, deadline: row.deadline, inspectionId: row.inspection_id,
  };
}
