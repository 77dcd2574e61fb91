import dayjs from 'dayjs';
import type { Kysely } from 'kysely';
import type { OrgKind } from '../../../core/orgs.js';
import { can, type Permission } from '../../../core/roles.js';
import type { DB } from '../../db/schema.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { localDayRange } from '../../time.js';
import * as repo from './repo.js';
import {
  PATROL_REGISTER_COLUMNS, PATROL_REGISTER_TITLE, REPORT_REGISTER_COLUMNS, REPORT_REGISTER_TITLE, patrolCells, patrolTotals,
  reportCells, reportTotals,
} from './registerSheets.js';
import { buildRegisterWorkbook, monthLabel } from './registerWorkbook.js';
import type { XlsxDownload } from '../../xlsx.js';
import type { RegisterQuery } from './schemas.js';

/** filename: '卫生监督协管巡查登记表-<站名>-2026年03月.xlsx'. */
export interface RegisterFile extends XlsxDownload {
  content: Buffer;
}

/** The first and last calendar day of 'YYYY-MM'. */
export function monthDays(month: string): { first: string; last: string } {
  const first = `${month}-01`;
  return { first, last: dayjs(first).endOf('month').format('YYYY-MM-DD') };
}

/** Characters no file system accepts in a name. */
const unsafeInFilename = (name: string) => name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_');

export function createRegisterService({ db }: { db: Kysely<DB> }) {
  async function requireOrg(actor: Actor, permission: Permission, query: RegisterQuery, kinds: readonly OrgKind[], kindMessage: string) {
    if (!can(actor.role, permission)) throw new ForbiddenError();
    const days = monthDays(query.month);
    const org = await repo.findRegisterOrg(db, actor.path, query.orgId, days);
    if (!org) throw new NotFoundError('机构');
    if (!kinds.includes(org.kind)) throw ValidationError.field('orgId', kindMessage);
    return { org, days, name: org.name_in_month ?? org.name };
  }

  function file(title: string, kind: string, orgName: string, month: string, content: Buffer): RegisterFile {
    return { filename: `${title}-${unsafeInFilename(orgName)}-${monthLabel(month)}.xlsx`, asciiFilename: `${kind}-register-${month}.xlsx`, content };
  }

  return {
    /** 《卫生监督协管巡查登记表》 of one station and month. */
    async patrols(actor: Actor, query: RegisterQuery): Promise<RegisterFile> {
      const { org, days, name } = await requireOrg(actor, 'patrols.read', query, ['station'], '巡查登记表须选择协管站');
      const rows = await repo.listRegisterPatrols(db, actor.path, org.id, days);
      const content = await buildRegisterWorkbook({
        title: PATROL_REGISTER_TITLE, sheetName: '巡查登记表', orgName: name, month: query.month,
        columns: PATROL_REGISTER_COLUMNS, rows: rows.map(patrolCells), totals: patrolTotals(rows),
      });
      return file(PATROL_REGISTER_TITLE, 'patrol', name, query.month, content);
    },

    /** 《卫生监督协管信息报告登记表》 of a station (with its information points) or an information point, by report time. */
    async reports(actor: Actor, query: RegisterQuery): Promise<RegisterFile> {
      const { org, days, name } = await requireOrg(actor, 'reports.read', query, ['station', 'info_point'], '信息报告登记表须选择协管站或信息点');
      const range = localDayRange(days.first, days.last);
      const rows = await repo.listRegisterReports(db, actor.path, org, range.from, range.to);
      const content = await buildRegisterWorkbook({
        title: REPORT_REGISTER_TITLE, sheetName: '信息报告登记表', orgName: name, month: query.month,
        columns: REPORT_REGISTER_COLUMNS, rows: rows.map((row, i) => reportCells(row, i, org.id)), totals: reportTotals(rows),
      });
      return file(REPORT_REGISTER_TITLE, 'report', name, query.month, content);
    },
  };
}
export type RegisterService = ReturnType<typeof createRegisterService>;
