import { randomUUID } from 'node:crypto';
import type { Updateable } from 'kysely';
import { creditCodeProblem } from '../../../core/creditCode.js';
import { isWithinPath, parentDivisionCode } from '../../../core/divisions.js';
import { unitFileGaps } from '../../../core/indicators.js';
import { isValidSubCategory } from '../../../core/unitCategories.js';
import type { UnitTable } from '../../db/schema.js';
import { numericOrNull, type Executor } from '../../db/types.js';
import { ValidationError, type FieldError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { findDivisionsByCodes } from '../divisions/repo.js';
import { findActiveOrgsOfKindAt } from '../orgs/repo.js';
import * as repo from './repo.js';
import type { CreateUnitBody, Unit, UpdateUnitBody } from './schemas.js';

/**
 * How a unit file is checked and written. One path for filing by hand (POST, PATCH) and for the Excel
 * import: the same rules, the same columns, the same audit entries.
 */

export function toUnit(row: repo.UnitRow): Unit {
  const gaps = unitFileGaps({
    name: row.name, category: row.category, subCategory: row.sub_category, address: row.address,
    townshipCode: row.township_code, personInCharge: row.person_in_charge, phone: row.phone,
    licenceNo: row.licence_no, licenceExpiresOn: row.licence_expires_on,
  });
  return {
    id: row.id, name: row.name, creditCode: row.credit_code, category: row.category, subCategory: row.sub_category,
    address: row.address, townshipCode: row.township_code, townshipName: row.township_name, villageCode: row.village_code,
    orgId: row.org_id, orgName: row.org_name, countyCode: row.county_code,
    latitude: numericOrNull(row.latitude), longitude: numericOrNull(row.longitude),
    personInCharge: row.person_in_charge, phone: row.phone, licenceType: row.licence_type, licenceNo: row.licence_no,
    licenceIssuedOn: row.licence_issued_on, licenceExpiresOn: row.licence_expires_on,
    employees: row.employees, employeesCertified: row.employees_certified, status: row.status,
    hygieneGrade: row.hygiene_grade, riskLevel: row.risk_level, closedOn: row.closed_on,
    fileComplete: gaps.length === 0, fileGaps: gaps,
    createdAt: new Date(row.created_at).toISOString(), updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** The fields a person types; the server derives the rest (station, path, county). */
export type UnitFields = Omit<UpdateUnitBody, 'status'>;
export type UnitFieldName = keyof UnitFields;

/** Body field → column; a field left out of a patch leaves its column as it is. */
const COLUMN_OF = {
  name: 'name', creditCode: 'credit_code', category: 'category', subCategory: 'sub_category', address: 'address',
  townshipCode: 'township_code', villageCode: 'village_code', latitude: 'latitude', longitude: 'longitude',
  personInCharge: 'person_in_charge', phone: 'phone', licenceType: 'licence_type', licenceNo: 'licence_no',
  licenceIssuedOn: 'licence_issued_on', licenceExpiresOn: 'licence_expires_on', employees: 'employees',
  employeesCertified: 'employees_certified', riskLevel: 'risk_level',
} as const satisfies Record<UnitFieldName, keyof UnitTable>;

export const UNIT_FIELD_NAMES = Object.keys(COLUMN_OF) as UnitFieldName[];

function columns(fields: UnitFields): Updateable<UnitTable> {
  const values: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(COLUMN_OF)) {
    const value = fields[field as UnitFieldName];
    if (value !== undefined) values[column] = value;
  }
  return values as Updateable<UnitTable>;
}

/** What checking a unit needs from the database, loaded in two queries for one unit or a whole file. */
export interface UnitLookup {
  /** Today in Asia/Shanghai, 'YYYY-MM-DD'. */
  today: string;
  /** Divisions inside the actor's scope, by code. */
  divisions: ReadonlyMap<string, { level: string; path: string }>;
  /** The active station of each township, by township code. */
  stations: ReadonlyMap<string, string>;
}

export async function loadLookup(db: Executor, actor: Actor, codes: Iterable<string | null | undefined>, today: string): Promise<UnitLookup> {
  const wanted = [...new Set([...codes].filter((code): code is string => Boolean(code)))];
  const divisions = (await findDivisionsByCodes(db, wanted)).filter((d) => isWithinPath(d.path, actor.path));
  const townships = divisions.filter((d) => d.level === 'township').map((d) => d.code);
  const stations = new Map<string, string>();
  for (const station of await findActiveOrgsOfKindAt(db, 'station', townships)) {
    if (!stations.has(station.division_code)) stations.set(station.division_code, station.id);
  }
  return { today, divisions: new Map(divisions.map((d) => [d.code, d])), stations };
}

/** Where a unit is filed: its township (in scope, with a station) and optional village. */
export interface Placement {
  townshipCode: string;
  villageCode: string | null;
  orgId: string;
  path: string;
  countyCode: string;
}

/** The fields checkUnit reads, from a body, a stored unit merged with a patch, or an Excel row. */
export interface CheckedFields {
  townshipCode?: string | undefined;
  villageCode?: string | null | undefined;
  category?: string | undefined;
  subCategory?: string | undefined;
  creditCode?: string | null | undefined;
  licenceIssuedOn?: string | null | undefined;
  licenceExpiresOn?: string | null | undefined;
  employees?: number | null | undefined;
  employeesCertified?: number | null | undefined;
}

/**
 * Every rule the schema cannot see on its own, checked on the record as a whole; all problems are
 * returned, in form order. The credit code's uniqueness is not here: filing by hand refuses a twin,
 * the import updates it.
 */
export function checkUnit(fields: CheckedFields, lookup: UnitLookup): { problems: FieldError[]; placement: Placement | undefined } {
  const problems: FieldError[] = [];
  const problem = (path: UnitFieldName, message: string) => problems.push({ path, message });
  let placement: Placement | undefined;
  const { townshipCode, villageCode } = fields;
  if (townshipCode) {
    const township = lookup.divisions.get(townshipCode);
    const station = lookup.stations.get(townshipCode);
    if (!township || township.level !== 'township') problem('townshipCode', '乡镇（街道）不存在或不在您的管辖范围内');
    else if (villageCode && (!lookup.divisions.has(villageCode) || parentDivisionCode(villageCode) !== townshipCode)) {
      problem('villageCode', '村（社区）不属于所选乡镇（街道）');
    } else if (!station) problem('townshipCode', '该乡镇（街道）尚无在用的协管站');
    else {
      const path = villageCode ? lookup.divisions.get(villageCode)!.path : township.path;
      placement = { townshipCode, villageCode: villageCode ?? null, orgId: station, path, countyCode: parentDivisionCode(townshipCode)! };
    }
  }
  if (fields.category && fields.subCategory && !isValidSubCategory(fields.category, fields.subCategory)) {
    problem('subCategory', '子类不属于所选单位类别');
  }
  const creditProblem = fields.creditCode ? creditCodeProblem(fields.creditCode) : undefined;
  if (creditProblem) problem('creditCode', creditProblem);
  if (fields.licenceIssuedOn && fields.licenceIssuedOn > lookup.today) problem('licenceIssuedOn', '发证日期不能晚于今天');
  if (fields.licenceIssuedOn && fields.licenceExpiresOn && fields.licenceExpiresOn < fields.licenceIssuedOn) {
    problem('licenceExpiresOn', '有效期至不能早于发证日期');
  }
  if (fields.employees != null && fields.employeesCertified != null && fields.employeesCertified > fields.employees) {
    problem('employeesCertified', '持健康证人数不能多于从业人员数');
  }
  return { problems, placement };
}

/** The placement of a unit that passed checkUnit; otherwise a 400 naming every field at fault. */
export function requirePlacement({ problems, placement }: ReturnType<typeof checkUnit>): Placement {
  const first = problems[0];
  if (first) throw new ValidationError(`${first.path}：${first.message}`, problems);
  if (!placement) throw ValidationError.field('townshipCode', '请选择乡镇（街道）');
  return placement;
}

export type UnitStatus = Unit['status'];
export type NewUnitFields = Omit<CreateUnitBody, 'clientId'>;

export interface NewUnit {
  fields: NewUnitFields;
  placement: Placement;
  clientId?: string | undefined;
  status?: Exclude<UnitStatus, 'closed'> | undefined;
}

export interface UnitChange {
  before: repo.UnitRow;
  /** Only the fields that change; the placement is written whole. */
  fields: UnitFields;
  placement: Placement;
  status?: Exclude<UnitStatus, 'closed'> | undefined;
}

const CHUNK = 500;

/** Files new units, each with its own audit entry; returns them in the order given. */
export async function insertUnitRecords(db: Executor, actor: Actor, items: readonly NewUnit[], summary: (unit: Unit) => string): Promise<Unit[]> {
  const units: Unit[] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    const values = items.slice(start, start + CHUNK).map(({ fields, placement, clientId, status }) => ({
      ...columns(fields),
      id: randomUUID(), name: fields.name, category: fields.category, sub_category: fields.subCategory, address: fields.address,
      client_id: clientId ?? null, status: status ?? 'operating',
      township_code: placement.townshipCode, village_code: placement.villageCode, org_id: placement.orgId, path: placement.path,
      county_code: placement.countyCode, created_by: actor.userId || null, updated_by: actor.userId || null,
    }));
    await repo.insertUnits(db, values);
    const rows = new Map((await repo.findUnitsByIds(db, values.map((v) => v.id))).map((row) => [row.id, row]));
    for (const { id, path } of values) {
      const unit = toUnit(rows.get(id)!);
      await audit(db, actor, { action: 'create', entityType: 'unit', entityId: id, path, summary: summary(unit), after: unit });
      units.push(unit);
    }
  }
  return units;
}

/** Applies changes to filed units, each audited with before and after; returns the units after. */
export async function updateUnitRecords(db: Executor, actor: Actor, changes: readonly UnitChange[], summary: (unit: Unit) => string): Promise<Unit[]> {
  const units: Unit[] = [];
  for (let start = 0; start < changes.length; start += CHUNK) {
    const chunk = changes.slice(start, start + CHUNK);
    for (const { before, fields, placement, status } of chunk) {
      await repo.updateUnit(db, before.id, {
        ...columns(fields),
        ...(status ? { status } : {}),
        township_code: placement.townshipCode, village_code: placement.villageCode, org_id: placement.orgId, path: placement.path,
        updated_by: actor.userId || null,
      });
    }
    const rows = new Map((await repo.findUnitsByIds(db, chunk.map((c) => c.before.id))).map((row) => [row.id, row]));
    for (const { before, placement } of chunk) {
      const after = toUnit(rows.get(before.id)!);
      await audit(db, actor, { action: 'update', entityType: 'unit', entityId: before.id, path: placement.path, summary: summary(after), before: toUnit(before), after });
      units.push(after);
    }
  }
  return units;
}
