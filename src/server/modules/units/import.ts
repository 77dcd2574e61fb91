import type { z } from 'zod';
import { isWithinPath, parentDivisionCode } from '../../../core/divisions.js';
import type { Executor } from '../../db/types.js';
import { ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import {
  UNIT_FIELD_NAMES, checkUnit, insertUnitRecords, loadLookup, toUnit, updateUnitRecords,
  type CheckedFields, type NewUnit, type UnitChange, type UnitFieldName, type UnitFields, type UnitLookup, type UnitStatus,
} from './filing.js';
import * as repo from './repo.js';
import { CreateUnitBody, type ImportResult, type ImportRowError } from './schemas.js';
import { UNIT_SHEET_COLUMNS, columnHeader, rowInput, type SheetField } from './unitSheet.js';
import type { SheetRow } from './unitWorkbook.js';

/**
 * Excel import of the unit register (DESIGN §3): all or nothing. Every row is checked with the rules of
 * POST /api/units; a row is matched to the unit it describes (credit code, else name + address +
 * township) so that importing the same file twice files nothing twice.
 */

/** The response lists this many errors; the message counts all of them. */
const MAX_LISTED_ERRORS = 1000;

export class UnitImportError extends ValidationError {
  constructor(readonly rows: ImportRowError[]) {
    const first = rows[0]!;
    super(`导入失败：第 ${first.row} 行“${first.column}”：${first.message}（共 ${rows.length} 处错误，未导入任何数据）`);
  }

  get body() {
    return { error: this.code, message: this.message, rows: this.rows.slice(0, MAX_LISTED_ERRORS) };
  }
}

interface RowPlan {
  row: number;
  /** The fields that passed the schema; a blank cell is absent. */
  fields: Partial<UnitFields>;
  status: UnitStatus | undefined;
  /** Field → first problem found in it. */
  problems: Map<SheetField, string>;
  match?: { unit: repo.UnitRow; by: 'creditCode' | 'name' };
  create?: NewUnit;
  change?: UnitChange;
}

const fieldSchemas = CreateUnitBody.shape as unknown as Record<UnitFieldName, z.ZodType>;

function problem(plan: RowPlan, field: SheetField, message: string) {
  if (!plan.problems.has(field)) plan.problems.set(field, message);
}

/** A row's cells through the schema field by field, so that one bad cell does not hide the others. */
function parseRow({ row, cells }: SheetRow): RowPlan {
  const input = rowInput(cells);
  const plan: RowPlan = { row, fields: {}, status: input.status, problems: new Map() };
  for (const p of input.problems) problem(plan, p.path as SheetField, p.message);
  for (const field of UNIT_FIELD_NAMES) {
    const value = input.values[field];
    if (value === undefined) continue;
    const result = fieldSchemas[field].safeParse(value);
    if (result.success) (plan.fields as Record<string, unknown>)[field] = result.data;
    else problem(plan, field, result.error.issues[0]?.message ?? '格式不正确');
  }
  return plan;
}

/** The same unit twice in one file: by credit code, or without one by name + address + township. */
function markDuplicates(plans: readonly RowPlan[]) {
  const seen = new Map<string, number>();
  for (const plan of plans) {
    const { creditCode, name, address, townshipCode } = plan.fields;
    const key = creditCode ? `code|${creditCode}` : name && address && townshipCode ? `place|${townshipCode}|${name}|${address}` : undefined;
    if (!key) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, plan.row);
    else if (creditCode) problem(plan, 'creditCode', `与第 ${first} 行的统一社会信用代码重复`);
    else problem(plan, 'name', `与第 ${first} 行的单位名称、地址、乡镇（街道）都相同，是同一家单位`);
  }
}

interface Candidates {
  byCode: Map<string, repo.UnitRow>;
  byPlace: Map<string, repo.UnitRow[]>;
}

function indexCandidates(rows: readonly repo.UnitRow[]): Candidates {
  const byCode = new Map<string, repo.UnitRow>();
  const byPlace = new Map<string, repo.UnitRow[]>();
  for (const row of rows) {
    if (row.credit_code) byCode.set(`${row.county_code}|${row.credit_code}`, row);
    const key = `${row.township_code}|${row.name}|${row.address}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), row]);
  }
  return { byCode, byPlace };
}

/** The filed unit a row describes; only called for a row whose township is in the actor's scope. */
function findMatch(plan: RowPlan, candidates: Candidates, actor: Actor) {
  const { townshipCode, creditCode, name, address } = plan.fields;
  if (creditCode) {
    const twin = candidates.byCode.get(`${parentDivisionCode(townshipCode!)}|${creditCode}`);
    if (twin && !isWithinPath(twin.path, actor.path)) {
      return problem(plan, 'creditCode', `统一社会信用代码 ${creditCode} 已由本县其他乡镇（街道）建档，不在您的管辖范围内`);
    }
    if (twin) return (plan.match = { unit: twin, by: 'creditCode' });
  }
  if (!name || !address) return;
  // A row with a code may complete a file made without one; a file with another code is another unit.
  const same = (candidates.byPlace.get(`${townshipCode}|${name}|${address}`) ?? [])
    .filter((u) => isWithinPath(u.path, actor.path) && (!creditCode || u.credit_code === null));
  const open = same.filter((u) => u.status !== 'closed');
  if (open.length > 1) return problem(plan, 'name', `已有 ${open.length} 家单位的名称、地址、乡镇（街道）都相同，请填写统一社会信用代码以区分`);
  const unit = open[0] ?? (creditCode ? undefined : same[0]);
  if (unit) plan.match = { unit, by: 'name' };
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/** Decides what a row does (create, update or nothing) and checks it as POST or PATCH would. */
function planRow(plan: RowPlan, lookup: UnitLookup) {
  const openStatus = plan.status === 'closed' ? undefined : plan.status;
  if (!plan.match) {
    if (plan.status === 'closed') problem(plan, 'status', '已注销的单位不能导入建档');
    const { problems, placement } = checkUnit(plan.fields, lookup);
    for (const p of problems) problem(plan, p.path as SheetField, p.message);
    const body = CreateUnitBody.safeParse(plan.fields);
    if (!body.success) for (const issue of body.error.issues) problem(plan, String(issue.path[0]) as SheetField, issue.message);
    else if (placement) plan.create = { fields: body.data, placement, status: openStatus };
    return;
  }
  const { unit, by } = plan.match;
  if (unit.status === 'closed') {
    if (plan.status !== 'closed') problem(plan, by, '该单位已注销，不能通过导入恢复');
    return;
  }
  if (plan.status === 'closed') return problem(plan, 'status', '导入不能注销单位，请在系统中办理注销');
  // As PATCH: blank optional cells keep what is filed; a new township without a village clears the village.
  const before = toUnit(unit);
  const { fields } = plan;
  const villageCode = fields.villageCode !== undefined ? fields.villageCode : fields.townshipCode !== before.townshipCode ? null : before.villageCode;
  const merged: Record<string, unknown> = { ...Object.fromEntries(UNIT_FIELD_NAMES.map((f) => [f, before[f]])), ...fields, villageCode };
  const { problems, placement } = checkUnit(merged as CheckedFields, lookup);
  for (const p of problems) problem(plan, p.path as SheetField, p.message);
  const changed = UNIT_FIELD_NAMES.filter((f) => !same(merged[f], before[f]));
  const status = openStatus && openStatus !== before.status ? openStatus : undefined;
  if (placement && (changed.length || status)) {
    plan.change = { before: unit, fields: Object.fromEntries(changed.map((f) => [f, merged[f]])) as UnitFields, placement, status };
  }
}

/** Checks every row, then writes all of them or none; the caller passes the transaction. */
export async function importUnitRows(tx: Executor, actor: Actor, sheetRows: readonly SheetRow[], today: string): Promise<ImportResult> {
  const plans = sheetRows.map(parseRow);
  markDuplicates(plans);

  const filled = <T>(values: (T | null | undefined)[]) => [...new Set(values.filter((v): v is T => v != null))];
  const counties = filled(plans.map((p) => p.fields.townshipCode && parentDivisionCode(p.fields.townshipCode)));
  const found = await repo.findUnitsMatching(tx, counties, filled(plans.map((p) => p.fields.creditCode)), filled(plans.map((p) => p.fields.name)));
  const codes = [...plans.flatMap((p) => [p.fields.townshipCode, p.fields.villageCode]), ...found.map((u) => u.village_code)];
  const lookup = await loadLookup(tx, actor, codes, today);
  const candidates = indexCandidates(found);

  const matchedAt = new Map<string, number>();
  for (const plan of plans) {
    const township = plan.fields.townshipCode;
    // A township outside the scope is reported by checkUnit; looking further would tell about others' units.
    if (township && lookup.divisions.get(township)?.level === 'township') findMatch(plan, candidates, actor);
    if (plan.match) {
      const first = matchedAt.get(plan.match.unit.id);
      if (first !== undefined) problem(plan, plan.match.by, `与第 ${first} 行是同一家已建档单位`);
      else matchedAt.set(plan.match.unit.id, plan.row);
    }
    planRow(plan, lookup);
  }

  const order = new Map(UNIT_SHEET_COLUMNS.map((c, i) => [c.field, i]));
  const errors = plans.flatMap((plan) =>
    [...plan.problems]
      .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map(([field, message]) => ({ row: plan.row, field, column: columnHeader(field), message })),
  );
  if (errors.length) throw new UnitImportError(errors);

  const creates = plans.flatMap((p) => (p.create ? [p.create] : []));
  const changes = plans.flatMap((p) => (p.change ? [p.change] : []));
  await insertUnitRecords(tx, actor, creates, (u) => `导入建档 ${u.name}`);
  await updateUnitRecords(tx, actor, changes, (u) => `导入修改单位档案 ${u.name}`);
  return { created: creates.length, updated: changes.length, unchanged: plans.length - creates.length - changes.length };
}
