import { PassThrough, type Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { normalizeCreditCode } from '../../../core/creditCode.js';
import { localDate } from '../../../core/dates.js';
import { filingRate } from '../../../core/indicators.js';
import { can } from '../../../core/roles.js';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { findDivision } from '../divisions/repo.js';
import { checkUnit, insertUnitRecords, loadLookup, requirePlacement, toUnit, updateUnitRecords } from './filing.js';
import type { XlsxDownload } from '../../xlsx.js';
import * as repo from './repo.js';
import { importUnitRows } from './import.js';
import type { CloseUnitBody, CreateUnitBody, ExportUnitsQuery, ImportResult, ListUnitsQuery, Unit, UpdateUnitBody } from './schemas.js';
import { readUnitSheet, writeUnitWorkbook, type UnitWorkbook } from './unitWorkbook.js';

/** Rows fetched per query while exporting: the whole register is never in memory at once. */
const EXPORT_PAGE = 1000;

/** A workbook being written, for the route to stream to the client. */
export interface WorkbookDownload extends XlsxDownload {
  stream: Readable;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

export { toUnit } from './filing.js';

export function createUnitService({ db, clock = () => new Date() }: { db: Kysely<DB>; clock?: () => Date }) {
  const today = () => localDate(clock());

  async function requireUnit(tx: Executor, actor: Actor, id: string) {
    const row = await repo.findUnit(tx, actor.path, id);
    if (!row) throw new NotFoundError('单位');
    return row;
  }

  /** A credit code names one legal entity: a second file for it in the county is refused. */
  async function refuseTwin(tx: Executor, creditCode: string | null | undefined, countyCode: string, selfId?: string) {
    if (!creditCode) return;
    const twin = await repo.findUnitByCreditCode(tx, countyCode, creditCode);
    if (twin && twin.id !== selfId) throw new ConflictError(`统一社会信用代码 ${creditCode} 已建档：${twin.name}`);
  }

  function requireManage(actor: Actor) {
    if (!can(actor.role, 'units.manage')) throw new ForbiddenError();
  }

  /** The template or an export: title, code lists of the scope, and the units streamed page by page. */
  async function download(
    actor: Actor,
    names: Omit<WorkbookDownload, 'stream'>,
    heading: (scopeName: string) => Pick<UnitWorkbook, 'title' | 'note'>,
    pages?: (stream: Readable) => AsyncIterable<readonly Unit[]>,
  ): Promise<WorkbookDownload> {
    if (!can(actor.role, 'units.read')) throw new ForbiddenError();
    const scopeCode = actor.path.split('/').filter(Boolean).at(-1);
    const scopeName = (scopeCode && (await findDivision(db, '/', scopeCode))?.name) || '全部';
    const townships = (await repo.listTownshipsWithStations(db, actor.path)).map((t) => ({ code: t.code, name: t.name, stationName: t.station_name }));
    const stream = new PassThrough();
    writeUnitWorkbook(stream, { ...heading(scopeName), townships, ...(pages ? { pages: pages(stream) } : {}) }).catch((error: unknown) => stream.destroy(error as Error));
    return { ...names, stream };
  }

  async function* exportPages(actor: Actor, filter: ExportUnitsQuery, stream: Readable) {
    let cursor: repo.UnitCursor | null = null;
    for (;;) {
      const rows = await repo.listUnitsAfter(db, actor.path, filter, cursor, EXPORT_PAGE);
      yield rows.map(toUnit);
      // Stop when the client has gone away.
      if (rows.length < EXPORT_PAGE || stream.destroyed) return;
      const last = rows.at(-1)!;
      cursor = { path: last.path, name: last.name, id: last.id };
    }
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
        const lookup = await loadLookup(tx, actor, [fields.townshipCode, fields.villageCode], today());
        const placement = requirePlacement(checkUnit(fields, lookup));
        await refuseTwin(tx, fields.creditCode, placement.countyCode);
        const { clientId, ...values } = fields;
        const [unit] = await insertUnitRecords(tx, actor, [{ fields: values, placement, clientId }], (u) => `建档 ${u.name}`);
        return { unit: unit!, created: true };
      });
    },

    async update(actor: Actor, id: string, patch: UpdateUnitBody): Promise<Unit> {
      requireManage(actor);
      const fields = { ...patch, ...(patch.creditCode ? { creditCode: normalizeCreditCode(patch.creditCode) } : {}) };
      return db.transaction().execute(async (tx) => {
        const beforeRow = await requireUnit(tx, actor, id);
        if (beforeRow.status === 'closed') throw new ConflictError('单位已注销，不能再修改');
        const before = toUnit(beforeRow);
        const { status, ...changes } = fields;
        const townshipCode = changes.townshipCode ?? before.townshipCode;
        const villageCode = changes.villageCode !== undefined ? changes.villageCode : changes.townshipCode ? null : before.villageCode;
        const lookup = await loadLookup(tx, actor, [townshipCode, villageCode], today());
        const merged = { ...before, ...changes, townshipCode, villageCode };
        const placement = requirePlacement(checkUnit(merged, lookup));
        await refuseTwin(tx, merged.creditCode, placement.countyCode, id);
        const [after] = await updateUnitRecords(tx, actor, [{ before: beforeRow, fields: changes, placement, status }], (u) => `修改单位档案 ${u.name}`);
        return after!;
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

    /** An empty register with drop-downs and the scope's township codes, to fill in and import. */
    template(actor: Actor): Promise<WorkbookDownload> {
      return download(actor, { filename: '单位档案导入模板.xlsx', asciiFilename: 'unit-import-template.xlsx' }, (scope) => ({
        title: `管理相对人档案导入模板（${scope}）`,
        note: '带 * 的列必填；代码见“填写说明”',
      }));
    },

    /** The units GET /api/units would list, in the template's layout (so the file can be edited and imported). */
    exportUnits(actor: Actor, filter: ExportUnitsQuery): Promise<WorkbookDownload> {
      const date = today();
      return download(
        actor,
        { filename: `单位档案_${date}.xlsx`, asciiFilename: `units-${date}.xlsx` },
        (scope) => ({ title: `管理相对人档案（${scope}）`, note: `导出日期：${date}` }),
        (stream) => exportPages(actor, filter, stream),
      );
    },

    /** All or nothing: every row checked first, then one transaction (see import.ts). */
    async importFile(actor: Actor, upload: () => Promise<Buffer>): Promise<ImportResult> {
      requireManage(actor);
      const rows = await readUnitSheet(await upload());
      try {
        return await db.transaction().execute((tx) => importUnitRows(tx, actor, rows, today()));
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictError('导入期间有人同时为相同的统一社会信用代码建档，请重新导入');
        throw error;
      }
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
