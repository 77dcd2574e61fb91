import type { Kysely } from 'kysely';
import { creditCodeProblem, normalizeCreditCode } from '../../../core/creditCode.js';
import { localDate } from '../../../core/dates.js';
import { parentDivisionCode } from '../../../core/divisions.js';
import { filingRate, unitFileGaps } from '../../../core/indicators.js';
import { can } from '../../../core/roles.js';
import { isValidSubCategory } from '../../../core/unitCategories.js';
import type { Updateable } from 'kysely';
import type { DB, UnitTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { findDivision } from '../divisions/repo.js';
import { findActiveOrgOfKindAt } from '../orgs/repo.js';
import * as repo from './repo.js';
import type { CloseUnitBody, CreateUnitBody, ListUnitsQuery, Unit, UpdateUnitBody } from './schemas.js';

const toNumber = (value: string | null) => (value === null ? null : Number(value));

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
    latitude: toNumber(row.latitude), longitude: toNumber(row.longitude),
    personInCharge: row.person_in_charge, phone: row.phone, licenceType: row.licence_type, licenceNo: row.licence_no,
    licenceIssuedOn: row.licence_issued_on, licenceExpiresOn: row.licence_expires_on,
    employees: row.employees, employeesCertified: row.employees_certified, status: row.status,
    hygieneGrade: row.hygiene_grade, riskLevel: row.risk_level, closedOn: row.closed_on,
    fileComplete: gaps.length === 0, fileGaps: gaps,
    createdAt: new Date(row.created_at).toISOString(), updatedAt: new Date(row.updated_at).toISOString(),
  };
}

type UnitFields = Omit<UpdateUnitBody, 'status'>;

/** Body field → column; a field left out of a patch leaves its column as it is. */
const COLUMN_OF = {
  name: 'name', creditCode: 'credit_code', category: 'category', subCategory: 'sub_category', address: 'address',
  townshipCode: 'township_code', villageCode: 'village_code', latitude: 'latitude', longitude: 'longitude',
  personInCharge: 'person_in_charge', phone: 'phone', licenceType: 'licence_type', licenceNo: 'licence_no',
  licenceIssuedOn: 'licence_issued_on', licenceExpiresOn: 'licence_expires_on', employees: 'employees',
  employeesCertified: 'employees_certified', riskLevel: 'risk_level',
} as const satisfies Record<keyof UnitFields, keyof UnitTable>;

function columns(fields: UnitFields): Updateable<UnitTable> {
  const values: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(COLUMN_OF)) {
    const value = fields[field as keyof UnitFields];
    if (value !== undefined) values[column] = value;
  }
  return values as Updateable<UnitTable>;
}

/** The fields checkFields reads, from a body or a stored unit. */
interface CheckedFields {
  category?: string | undefined;
  subCategory?: string | undefined;
  creditCode?: string | null | undefined;
  licenceIssuedOn?: string | null | undefined;
  licenceExpiresOn?: string | null | undefined;
  employees?: number | null | undefined;
  employeesCertified?: number | null | undefined;
}

export function createUnitService({ db, clock = () => new Date() }: { db: Kysely<DB>; clock?: () => Date }) {
  const today = () => localDate(clock());

  async function requireUnit(tx: Executor, actor: Actor, id: string) {
    const row = await repo.findUnit(tx, actor.path, id);
    if (!row) throw new NotFoundError('单位');
    return row;
  }

  /** Where a unit is filed: its township (in scope, with a station) and optional village. */
  async function placement(tx: Executor, actor: Actor, townshipCode: string, villageCode: string | null | undefined) {
    const township = await findDivision(tx, actor.path, townshipCode);
    if (!township || township.level !== 'township') throw ValidationError.field('townshipCode', '乡镇（街道）不存在或不在您的管辖范围内');
    let path = township.path;
    if (villageCode) {
      const village = await findDivision(tx, actor.path, villageCode);
      if (!village || parentDivisionCode(villageCode) !== townshipCode) throw ValidationError.field('villageCode', '村（社区）不属于所选乡镇（街道）');
      path = village.path;
    }
    const station = await findActiveOrgOfKindAt(tx, 'station', townshipCode);
    if (!station) throw ValidationError.field('townshipCode', '该乡镇（街道）尚无在用的协管站');
    const countyCode = parentDivisionCode(townshipCode) as string;
    return { orgId: station.id, path, countyCode };
  }

  /** Field rules the schema cannot see on its own; the merged record is checked as a whole. */
  async function checkFields(tx: Executor, merged: CheckedFields, countyCode: string, selfId?: string) {
    if (merged.category && merged.subCategory && !isValidSubCategory(merged.category, merged.subCategory)) {
      throw ValidationError.field('subCategory', '子类不属于所选单位类别');
    }
    if (merged.creditCode) {
      const problem = creditCodeProblem(merged.creditCode);
      if (problem) throw ValidationError.field('creditCode', problem);
      const twin = await repo.findUnitByCreditCode(tx, countyCode, merged.creditCode);
      if (twin && twin.id !== selfId) throw new ConflictError(`统一社会信用代码 ${merged.creditCode} 已建档：${twin.name}`);
    }
    if (merged.licenceIssuedOn && merged.licenceIssuedOn > today()) throw ValidationError.field('licenceIssuedOn', '发证日期不能晚于今天');
    if (merged.licenceIssuedOn && merged.licenceExpiresOn && merged.licenceExpiresOn < merged.licenceIssuedOn) {
      throw ValidationError.field('licenceExpiresOn', '有效期至不能早于发证日期');
    }
    if (merged.employees != null && merged.employeesCertified != null && merged.employeesCertified > merged.employees) {
      throw ValidationError.field('employeesCertified', '持健康证人数不能多于从业人员数');
    }
  }

  function requireManage(actor: Actor) {
    if (!can(actor.role, 'units.manage')) throw new ForbiddenError();
  }

  return {
    async list(actor: Actor, query: ListUnitsQuery) {
      if (!can(actor.role, 'units.read')) throw new ForbiddenError();
      const { page, pageSize, ...filter } = query;
      const result = await repo.listUnits(db, actor.path, filter, { offset: (page - 1) * pageSize, limit: pageSize });
      return { items: result.items.map(toUnit), total: result.total };
    },

    async get(actor: Actor, id: string): Promise<Unit> {
      if (!can(actor.role, 'units.read')) throw new ForbiddenError();
      return toUnit(await requireUnit(db, actor, id));
    },

    /** Files a unit; a retried request with the same clientId returns the first one (created: false). */
    async create(actor: Actor, input: CreateUnitBody): Promise<{ unit: Unit; created: boolean }> {
      requireManage(actor);
      const fields = { ...input, creditCode: input.creditCode ? normalizeCreditCode(input.creditCode) : null };
      return db.transaction().execute(async (tx) => {
        if (input.clientId) {
          const existing = await repo.findUnitIdByClientId(tx, input.clientId);
          if (existing) return { unit: toUnit(await requireUnit(tx, actor, existing.id)), created: false };
        }
        const where = await placement(tx, actor, input.townshipCode, input.villageCode);
        await checkFields(tx, fields, where.countyCode);
        const id = await repo.insertUnit(tx, {
          ...columns(fields),
          name: fields.name, category: fields.category, sub_category: fields.subCategory, address: fields.address,
          client_id: input.clientId ?? null, township_code: input.townshipCode, org_id: where.orgId, path: where.path,
          county_code: where.countyCode, created_by: actor.userId || null, updated_by: actor.userId || null,
        });
        const unit = toUnit(await requireUnit(tx, actor, id));
        await audit(tx, actor, { action: 'create', entityType: 'unit', entityId: id, path: where.path, summary: `建档 ${unit.name}`, after: unit });
        return { unit, created: true };
      });
    },

    async update(actor: Actor, id: string, patch: UpdateUnitBody): Promise<Unit> {
      requireManage(actor);
      const fields = { ...patch, ...(patch.creditCode ? { creditCode: normalizeCreditCode(patch.creditCode) } : {}) };
      return db.transaction().execute(async (tx) => {
        const beforeRow = await requireUnit(tx, actor, id);
        if (beforeRow.status === 'closed') throw new ConflictError('单位已注销，不能再修改');
        const before = toUnit(beforeRow);
        const townshipCode = fields.townshipCode ?? before.townshipCode;
        const villageCode = fields.villageCode !== undefined ? fields.villageCode : fields.townshipCode ? null : before.villageCode;
        const where = await placement(tx, actor, townshipCode, villageCode);
        await checkFields(tx, { ...before, ...fields }, where.countyCode, id);
        await repo.updateUnit(tx, id, {
          ...columns(fields),
          ...(fields.status ? { status: fields.status } : {}),
          township_code: townshipCode, village_code: villageCode ?? null, org_id: where.orgId, path: where.path,
          updated_by: actor.userId || null,
        });
        const after = toUnit(await requireUnit(tx, actor, id));
        await audit(tx, actor, { action: 'update', entityType: 'unit', entityId: id, path: where.path, summary: `修改单位档案 ${after.name}`, before, after });
        return after;
      });
    },

    async close(actor: Actor, id: string, input: CloseUnitBody): Promise<Unit> {
      requireManage(actor);
      return db.transaction().execute(async (tx) => {
        const beforeRow = await requireUnit(tx, actor, id);
        if (beforeRow.status === 'closed') throw new ConflictError('单位已注销');
        if (input.date > today()) throw ValidationError.field('date', '日期不能晚于今天');
        await repo.updateUnit(tx, id, { status: 'closed', closed_on: input.date, updated_by: actor.userId || null });
        const after = toUnit(await requireUnit(tx, actor, id));
        await audit(tx, actor, {
          action: 'close', entityType: 'unit', entityId: id, path: beforeRow.path,
          summary: `注销单位 ${after.name}：${input.reason}`, before: toUnit(beforeRow), after: { ...after, reason: input.reason },
        });
        return after;
      });
    },

    /** 建档率 per station in scope (units not closed). */
    async filingRates(actor: Actor, townshipCode?: string) {
      if (!can(actor.role, 'units.read')) throw new ForbiddenError();
      const rows = await repo.countFilingByStation(db, actor.path, townshipCode);
      return rows.map((r) => {
        const known = Number(r.known);
        const complete = Number(r.complete);
        return { orgId: r.org_id, orgName: r.org_name, townshipCode: r.township_code, unitsKnown: known, unitsWithCompleteFile: complete, rate: filingRate({ unitsWithCompleteFile: complete, unitsKnown: known }) };
      });
    },
  };
}
export type UnitService = ReturnType<typeof createUnitService>;
