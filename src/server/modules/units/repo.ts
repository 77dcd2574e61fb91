import { sql, type Insertable, type Updateable } from 'kysely';
import { UNIT_CATEGORIES } from '../../../core/unitCategories.js';
import type { UnitTable } from '../../db/schema.js';

type UnitStatus = 'operating' | 'suspended' | 'closed';
import type { Executor } from '../../db/types.js';
import { subtreePattern } from '../../scope.js';

export const unitColumns = [
  'u.id', 'u.name', 'u.credit_code', 'u.category', 'u.sub_category', 'u.address', 'u.township_code',
  'u.village_code', 'u.org_id', 'u.path', 'u.county_code', 'u.latitude', 'u.longitude',
  'u.person_in_charge', 'u.phone', 'u.licence_type', 'u.licence_no', 'u.licence_issued_on',
  'u.licence_expires_on', 'u.employees', 'u.employees_certified', 'u.status', 'u.hygiene_grade',
  'u.risk_level', 'u.closed_on', 'u.created_at', 'u.updated_at',
] as const;

function selectUnits(db: Executor, scopePath: string) {
  return db
    .selectFrom('units as u')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .innerJoin('divisions as t', 't.code', 'u.township_code')
    .where('u.path', 'like', subtreePattern(scopePath));
}

function withColumns(query: ReturnType<typeof selectUnits>) {
  return query.select(unitColumns).select(['o.name as org_name', 't.name as township_name']);
}
export type UnitRow = Awaited<ReturnType<ReturnType<typeof withColumns>['executeTakeFirstOrThrow']>>;

export async function findUnit(db: Executor, scopePath: string, id: string): Promise<UnitRow | undefined> {
  return withColumns(selectUnits(db, scopePath)).where('u.id', '=', id).executeTakeFirst();
}

export async function findUnitIdByClientId(db: Executor, clientId: string) {
  return db.selectFrom('units').select(['id', 'path']).where('client_id', '=', clientId).executeTakeFirst();
}

export async function findUnitByCreditCode(db: Executor, countyCode: string, creditCode: string) {
  return db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('county_code', '=', countyCode)
    .where('credit_code', '=', creditCode)
    .executeTakeFirst();
}

export interface UnitFilter {
  q?: string | undefined;
  category?: string | undefined;
  subCategory?: string | undefined;
  townshipCode?: string | undefined;
  villageCode?: string | undefined;
  status?: UnitStatus | undefined;
  licenceExpiresBefore?: string | undefined;
}

export async function listUnits(db: Executor, scopePath: string, filter: UnitFilter, page: { offset: number; limit: number }) {
  let query = selectUnits(db, scopePath);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('u.name', 'ilike', like), eb('u.address', 'ilike', like), eb('u.credit_code', 'ilike', like), eb('u.licence_no', 'ilike', like)]),
    );
  }
  if (filter.category) query = query.where('u.category', '=', filter.category);
  if (filter.subCategory) query = query.where('u.sub_category', '=', filter.subCategory);
  if (filter.townshipCode) query = query.where('u.township_code', '=', filter.townshipCode);
  if (filter.villageCode) query = query.where('u.village_code', '=', filter.villageCode);
  if (filter.status) query = query.where('u.status', '=', filter.status);
  if (filter.licenceExpiresBefore) query = query.where('u.licence_expires_on', '<=', filter.licenceExpiresBefore);
  const [items, count] = await Promise.all([
    withColumns(query).orderBy('u.path').orderBy('u.name').orderBy('u.id').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

/**
 * 建档率 counts per station, in one grouped query. The rule is unitFileGaps in src/core: the SQL
 * mirrors it, with the sub-categories that need a licence taken from the same dictionary.
 */
export async function countFilingByStation(db: Executor, scopePath: string, townshipCode?: string) {
  const licensed = UNIT_CATEGORIES.flatMap((c) => c.subCategories.filter((s) => s.licence).map((s) => `${c.code}:${s.code}`));
  let query = db
    .selectFrom('units as u')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .select(['u.org_id', 'o.name as org_name', 'o.division_code as township_code'])
    .select((eb) => eb.fn.countAll<string>().as('known'))
    .select(
      sql<string>`count(*) filter (where
        btrim(u.name) <> '' and btrim(u.address) <> ''
        and coalesce(btrim(u.person_in_charge), '') <> '' and coalesce(btrim(u.phone), '') <> ''
        and (u.category || ':' || u.sub_category <> all(${sql.val(licensed)}::text[])
             or (coalesce(btrim(u.licence_no), '') <> '' and u.licence_expires_on is not null)))`.as('complete'),
    )
    .where('u.path', 'like', subtreePattern(scopePath))
    .where('u.status', '!=', 'closed')
    .groupBy(['u.org_id', 'o.name', 'o.division_code', 'o.path'])
    .orderBy('o.path');
  if (townshipCode) query = query.where('u.township_code', '=', townshipCode);
  return query.execute();
}

export async function insertUnit(db: Executor, values: Insertable<UnitTable>): Promise<string> {
  const row = await db.insertInto('units').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUnit(db: Executor, id: string, values: Updateable<UnitTable>): Promise<void> {
  await db.updateTable('units').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
}
