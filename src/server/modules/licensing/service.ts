import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  LICENCE_VALID_YEARS, OPEN_LICENSING_STATUSES, averageDaysToFinish, completionWithinLimitRate, isLicenceExpired, isOnExistingLicence,
  licenceExpiresOn, licensingActionLabel, licensingActionProblem, nextLicensingStatus, type LicenceType, type LicensingAction,
  type LicensingStatus,
} from '../../../core/licensing.js';
import { localDate } from '../../../core/dates.js';
import { countyCodeOfPath, divisionPath } from '../../../core/divisions.js';
import { can } from '../../../core/roles.js';
import { licensingDeadline, type HolidayCalendar } from '../../../core/workingDays.js';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { findDivision } from '../divisions/repo.js';
import { toUnit } from '../units/filing.js';
import { findUnit, updateUnit } from '../units/repo.js';
import * as repo from './repo.js';
import type { CreateLicenceApplicationBody, LicenceApplication, ListLicenceApplicationsQuery, PublicLicence } from './schemas.js';

const PUBLIC_RESULTS = 20;

const isOpen = (status: LicensingStatus) => (OPEN_LICENSING_STATUSES as readonly LicensingStatus[]).includes(status);

export function toApplication(row: repo.LicenceApplicationRow, today: string): LicenceApplication {
  return {
    id: row.id, applicationNo: row.application_no, countyCode: row.county_code, unitId: row.unit_id, unitName: row.unit_name,
    applicantName: row.applicant_name, applicantPhone: row.applicant_phone, licenceType: row.licence_type, kind: row.kind,
    status: row.status, acceptedOn: row.accepted_on, dueOn: row.due_on, overdue: isOpen(row.status) && row.due_on < today,
    decidedOn: row.decided_on, refusalReason: row.refusal_reason, licenceNo: row.licence_no, issuedOn: row.issued_on,
    expiresOn: row.expires_on, createdAt: new Date(row.created_at).toISOString(), updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** The audit trail keeps what happened, not the applicant's phone number. */
const forAudit = (a: LicenceApplication) => ({ ...a, applicantPhone: a.applicantPhone ? '***' : null });

const newApplicationNo = (year: string) => `XK${year}${String(randomInt(1_000_000)).padStart(6, '0')}`;

export interface LicensingActionInput {
  reason?: string | undefined;
  licenceNo?: string | undefined;
}

interface Licence { type: string; no: string; issuedOn: string; expiresOn: string }

export interface LicensingServiceDeps {
  db: Kysely<DB>;
  config: { licensingLimitDays: number; holidayCalendar: HolidayCalendar };
  clock?: () => Date;
}

export function createLicensingService({ db, config, clock = () => new Date() }: LicensingServiceDeps) {
  const today = () => localDate(clock());

  function require(actor: Actor, permission: 'licensing.read' | 'licensing.manage') {
    if (!can(actor.role, permission)) throw new ForbiddenError();
  }

  async function requireApplication(tx: Executor, actor: Actor, id: string) {
    const row = await repo.findApplication(tx, actor.path, id);
    if (!row) throw new NotFoundError('许可申请');
    return row;
  }

  /** The handling county: the unit's, the one named, or the actor's own. */
  async function handlingCounty(tx: Executor, actor: Actor, input: CreateLicenceApplicationBody) {
    if (input.unitId) {
      const unit = await findUnit(tx, actor.path, input.unitId);
      if (!unit) throw ValidationError.field('unitId', '单位不存在或不在您的管辖范围内');
      if (input.countyCode && input.countyCode !== unit.county_code) throw ValidationError.field('countyCode', '与所选单位所在县（区）不一致');
      return { countyCode: unit.county_code, path: divisionPath(unit.county_code), unitName: unit.name, unit };
    }
    const code = input.countyCode ?? countyCodeOfPath(actor.path);
    const division = code ? await findDivision(tx, actor.path, code) : undefined;
    if (!division || division.level !== 'county') throw ValidationError.field('countyCode', '请选择您管辖范围内承办许可的县（区）');
    return { countyCode: division.code, path: division.path, unitName: null, unit: undefined };
  }

  /** 延续、变更、注销 are about the licence on the unit's file: it must be there, of the same type. */
  function existingLicenceNo(input: CreateLicenceApplicationBody, unit: Awaited<ReturnType<typeof findUnit>>): string | null {
    if (!isOnExistingLicence(input.kind)) return null;
    if (!unit) throw ValidationError.field('unitId', '延续、变更、注销须选择持有该许可证的已建档单位');
    if (!unit.licence_no || unit.licence_type !== input.licenceType) throw ValidationError.field('unitId', `该单位档案中没有${input.licenceType}`);
    return unit.licence_no;
  }

  /** Writes the granted licence onto the unit file (or clears it when cancelled), audited like any change of the file. */
  async function writeLicenceToUnit(tx: Executor, actor: Actor, path: string, unitId: string, licence: Licence | null, summary: string) {
    const before = await findUnit(tx, path, unitId);
    if (!before) return;
    await updateUnit(tx, unitId, {
      licence_type: licence ? licence.type : null, licence_no: licence?.no ?? null, licence_issued_on: licence?.issuedOn ?? null,
      licence_expires_on: licence?.expiresOn ?? null, updated_by: actor.userId || null,
    });
    const after = toUnit((await findUnit(tx, path, unitId))!);
    await audit(tx, actor, { action: 'update', entityType: 'unit', entityId: unitId, path: before.path, summary: `${summary}：${before.name}`, before: toUnit(before), after });
  }

  /**
   * The licence a grant produces: 新办 a new number; 延续 the same number for another full term from
   * today; 变更 the same number and the same end date. A cancellation produces none.
   */
  async function grantedLicence(tx: Executor, row: repo.LicenceApplicationRow, licenceNo: string | undefined, today: string): Promise<Licence | null> {
    const years = LICENCE_VALID_YEARS[row.licence_type as LicenceType] ?? 4;
    if (row.kind === 'cancellation') return null;
    if (row.kind === 'new') {
      const no = licenceNo?.trim();
      if (!no) throw ValidationError.field('licenceNo', '新办发证须填写许可证号');
      if (await repo.licenceNoTaken(tx, no)) throw ValidationError.field('licenceNo', `许可证号 ${no} 已被使用`);
      return { type: row.licence_type, no, issuedOn: today, expiresOn: licenceExpiresOn(today, years) };
    }
    const unit = row.unit_id ? await findUnit(tx, row.path, row.unit_id) : undefined;
    if (!unit || unit.licence_no !== row.licence_no) throw new ConflictError(`单位档案中的许可证已不是 ${row.licence_no}，请核实后重新受理`);
    const expiresOn = row.kind === 'renewal' ? licenceExpiresOn(today, years) : unit.licence_expires_on!;
    return { type: row.licence_type, no: row.licence_no!, issuedOn: today, expiresOn };
  }

  return {
    /** 受理: the due date is fixed now, from the working-day calendar, and kept. */
    async create(actor: Actor, input: CreateLicenceApplicationBody): Promise<LicenceApplication> {
      require(actor, 'licensing.manage');
      return db.transaction().execute(async (tx) => {
        const county = await handlingCounty(tx, actor, input);
        const licenceNo = existingLicenceNo(input, county.unit);
        const acceptedOn = today();
        let applicationNo = newApplicationNo(acceptedOn.slice(0, 4));
        while (await repo.applicationNoTaken(tx, applicationNo)) applicationNo = newApplicationNo(acceptedOn.slice(0, 4));
        const id = await repo.insertApplication(tx, {
          application_no: applicationNo, county_code: county.countyCode, path: county.path, unit_id: input.unitId ?? null,
          applicant_name: input.applicantName ?? county.unitName!, applicant_phone: input.applicantPhone ?? null,
          licence_type: input.licenceType, kind: input.kind, accepted_on: acceptedOn,
          due_on: licensingDeadline(acceptedOn, config.licensingLimitDays, config.holidayCalendar), licence_no: licenceNo, created_by: actor.userId || null,
        });
        const application = toApplication((await repo.findApplication(tx, county.path, id))!, acceptedOn);
        await audit(tx, actor, { action: 'create', entityType: 'licence_application', entityId: id, path: county.path, summary: `受理许可申请：${applicationNo} ${application.applicantName}`, after: forAudit(application) });
        return application;
      });
    },

    async list(actor: Actor, query: ListLicenceApplicationsQuery) {
      require(actor, 'licensing.read');
      const { page, pageSize, ...filter } = query;
      const now = today();
      const result = await repo.listApplications(db, actor.path, filter, now, { offset: (page - 1) * pageSize, limit: pageSize });
      return { items: result.items.map((row) => toApplication(row, now)), total: result.total };
    },

    async get(actor: Actor, id: string): Promise<LicenceApplication> {
      require(actor, 'licensing.read');
      return toApplication(await requireApplication(db, actor, id), today());
    },

    /** One step of 受理 → 资料审核 → 现场审查 → 审批 → 发证, or a refusal or withdrawal; audited before and after. */
    async handle(actor: Actor, id: string, action: LicensingAction, input: LicensingActionInput = {}): Promise<LicenceApplication> {
      require(actor, 'licensing.manage');
      return db.transaction().execute(async (tx) => {
        const beforeRow = await requireApplication(tx, actor, id);
        const problem = licensingActionProblem(action, beforeRow.status, input.reason);
        if (problem) {
          if (action === 'refuse' && isOpen(beforeRow.status)) throw ValidationError.field('reason', problem);
          throw new ConflictError(problem);
        }
        const now = today();
        const licence = action === 'issue' ? await grantedLicence(tx, beforeRow, input.licenceNo, now) : undefined;
        const label = licensingActionLabel(action, beforeRow.kind);
        await repo.updateApplication(tx, id, {
          status: nextLicensingStatus(action, beforeRow.kind),
          ...(action === 'issue' || action === 'refuse' ? { decided_on: now } : {}),
          ...(action === 'refuse' ? { refusal_reason: input.reason!.trim() } : {}),
          ...(licence ? { licence_no: licence.no, issued_on: licence.issuedOn, expires_on: licence.expiresOn } : {}),
        });
        if (action === 'issue' && beforeRow.unit_id) await writeLicenceToUnit(tx, actor, beforeRow.path, beforeRow.unit_id, licence ?? null, `${label} ${beforeRow.licence_no ?? licence?.no}`);
        const before = toApplication(beforeRow, now);
        const after = toApplication(await requireApplication(tx, actor, id), now);
        const summary = `许可申请${label}：${beforeRow.application_no}`;
        await audit(tx, actor, { action, entityType: 'licence_application', entityId: id, path: beforeRow.path, summary, before: forAudit(before), after: forAudit(after) });
        return after;
      });
    },

    /** 办结率 and 平均办结天数 over the applications decided between two days, inclusive. */
    async indicators(actor: Actor, range: { from: string; to: string }) {
      require(actor, 'licensing.read');
      const rows = await repo.listDecidedBetween(db, actor.path, range.from, range.to);
      const times = rows.map((r) => ({ status: r.status, acceptedOn: r.accepted_on, dueOn: r.due_on, finishedOn: r.decided_on }));
      return { ...range, completionWithinLimit: completionWithinLimitRate(times), averageDaysToFinish: averageDaysToFinish(times, config.holidayCalendar) };
    },

    /** The public query of issued licences: number, holder, type, dates and whether still valid. */
    async searchPublic(q: string): Promise<{ items: PublicLicence[] }> {
      const now = today();
      const rows = await repo.searchIssuedLicences(db, q, PUBLIC_RESULTS);
      return {
        items: rows.map((r) =>
          r.status === 'cancelled'
            ? { licenceNo: r.licence_no!, holderName: r.applicant_name, licenceType: r.licence_type, issuedOn: null, expiresOn: null, cancelledOn: r.decided_on, status: 'cancelled' as const }
            : {
              licenceNo: r.licence_no!, holderName: r.applicant_name, licenceType: r.licence_type, issuedOn: r.issued_on!, expiresOn: r.expires_on!,
              cancelledOn: null, status: isLicenceExpired(r.expires_on!, now) ? 'expired' as const : 'valid' as const,
            },
        ),
      };
    },
  };
}
export type LicensingService = ReturnType<typeof createLicensingService>;
