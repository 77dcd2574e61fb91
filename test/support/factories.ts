import type { Kysely } from 'kysely';
import { countyCodeOfPath, divisionPath, parentDivisionCode, divisionLevelOf } from '../../src/core/divisions.js';
import type { OrgKind } from '../../src/core/orgs.js';
import type { Role } from '../../src/core/roles.js';
import type { DB } from '../../src/server/db/schema.js';
import { hashPassword } from '../../src/server/modules/auth/passwordHash.js';
import { upsertDivisions } from '../../src/server/modules/divisions/repo.js';
import { insertOrg, insertOrgName } from '../../src/server/modules/orgs/repo.js';
import { insertUser } from '../../src/server/modules/users/repo.js';

const TEST_PASSWORD = 'test1234';
let hashed: Promise<string> | undefined;

/** Division codes in an unused province (99), so tests never collide with real ones. */
let nextCounty = 1;

export interface TestCounty {
  countyCode: string;
  townshipCodes: string[];
  villageCodes: string[];
  instituteId: string;
  commissionId: string;
  stationIds: string[];
  infoPointIds: string[];
}

export function createFactories(db: Kysely<DB>) {
  let nextUser = 1;

  async function divisions(codes: string[]) {
    const all = new Set<string>();
    for (const code of codes) {
      for (let c: string | undefined = code; c; c = parentDivisionCode(c)) all.add(c);
    }
    await upsertDivisions(
      db,
      [...all].map((code) => ({
        code,
        name: `测试区划${code}`,
        level: divisionLevelOf(code)!,
        parent_code: parentDivisionCode(code) ?? null,
        path: divisionPath(code),
      })),
    );
  }

  async function newOrg(kind: OrgKind, divisionCode: string, parentId: string | null = null, name?: string) {
    const path = divisionPath(divisionCode);
    const orgName = name ?? `测试${kind}${divisionCode}`;
    const id = await insertOrg(db, {
      kind,
      name: orgName,
      division_code: divisionCode,
      path,
      county_code: countyCodeOfPath(path),
      parent_id: parentId,
      status: 'active',
      valid_from: '2020-01-01',
    });
    await insertOrgName(db, { org_id: id, name: orgName, valid_from: '2020-01-01' });
    return id;
  }

  return {
    /** A county in province 99 / city 9901 with its institute, two stations and a village each. */
    async newCounty(): Promise<TestCounty> {
      const n = nextCounty++;
      const countyCode = `9901${String(n).padStart(2, '0')}`;
      const townshipCodes = [`${countyCode}001000`, `${countyCode}002000`];
      const villageCodes = townshipCodes.map((t) => `${t.slice(0, 9)}001`);
      await divisions([...townshipCodes, ...villageCodes]);
      const commissionId = await newOrg('health_commission', countyCode);
      const instituteId = await newOrg('institute', countyCode, commissionId);
      const stationIds = [];
      const infoPointIds = [];
      for (const [i, township] of townshipCodes.entries()) {
        const stationId = await newOrg('station', township, instituteId);
        stationIds.push(stationId);
        infoPointIds.push(await newOrg('info_point', villageCodes[i]!, stationId));
      }
      return { countyCode, townshipCodes, villageCodes, instituteId, commissionId, stationIds, infoPointIds };
    },

    divisions,
    newOrg,

    async newUser(input: { orgId: string; role: Role; username?: string | undefined; enabled?: boolean; mustChangePassword?: boolean }) {
      hashed ??= hashPassword(TEST_PASSWORD);
      const username = input.username ?? `user${nextUser++}_${Math.random().toString(36).slice(2, 7)}`;
      const id = await insertUser(db, {
        username,
        display_name: `测试用户${username}`,
        role: input.role,
        org_id: input.orgId,
        password_hash: await hashed,
        enabled: input.enabled ?? true,
        must_change_password: input.mustChangePassword ?? false,
      });
      return { id, username };
    },
  };
}
