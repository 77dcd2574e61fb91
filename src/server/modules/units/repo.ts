import { sql, type Insertable, type Updateable } from 'kysely';
import { UNIT_CATEGORIES } from '../../../core/unitCategories.js';
import type { UnitTable } from '../../db/schema.js';

type UnitStatus = 'operating' | 'suspended' | 'closed';
import type { Executor } from '../../db/types.js';
import { containsPattern, subtreePattern } from '../../scope.js';

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

function filtered(db: Executor, scopePath: string, filter: UnitFilter) {
  let query = selectUnits(db, scopePath);
  if (filter.q) {
    const like = containsPattern(filter.q);
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
  return query;
}

export async function listUnits(db: Executor, scopePath: string, filter: UnitFilter, page: { offset: number; limit: number }) {
  const query = filtered(db, scopePath, filter);
  const [items, count] = await Promise.all([
    withColumns(query).orderBy('u.path').orderBy('u.name').orderBy('u.id').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

/** Where the previous page of an export ended: its last row's sort key. */
export interface UnitCursor {
  path: string;
  name: string;
  id: string;
}

/** A page of the list in its usual order, after `cursor` (keyset paging: page 200 costs what page 1 does). */
export async function listUnitsAfter(db: Executor, scopePath: string, filter: UnitFilter, cursor: UnitCursor | null, limit: number) {
  let query = filtered(db, scopePath, filter);
  if (cursor) {
    query = query.where((eb) => eb(eb.refTuple('u.path', 'u.name', 'u.id'), '>', eb.tuple(cursor.path, cursor.name, cursor.id)));
  }
  return withColumns(query).orderBy('u.path').orderBy('u.name').orderBy('u.id').limit(limit).execute();
}

export async function findUnitsByIds(db: Executor, ids: readonly string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return withColumns(selectUnits(db, '/')).where('u.id', 'in', [...ids]).execute();
}

/**
 * Every unit an import might be about, in one query: those in the file's counties that carry one of its
 * credit codes or names. Not scoped: the caller decides what an out-of-scope match means.
 */
export async function findUnitsMatching(db: Executor, countyCodes: readonly string[], creditCodes: readonly string[], names: readonly string[]) {
  if (countyCodes.length === 0 || (creditCodes.length === 0 && names.length === 0)) return [];
  return withColumns(selectUnits(db, '/'))
    .where('u.county_code', 'in', [...countyCodes])
    .where((eb) =>
      eb.or([
        ...(creditCodes.length ? [eb('u.credit_code', 'in', [...creditCodes])] : []),
        ...(names.length ? [eb('u.name', 'in', [...names])] : []),
      ]),
    )
    .orderBy('u.created_at')
    .execute();
}

/** Townships in scope with their station, if any: the code list of the import template. */
export async function listTownshipsWithStations(db: Executor, scopePath: string) {
  return db
    .selectFrom('divisions as d')
    .leftJoin('orgs as o', (join) =>
      join.onRef('o.division_code', '=', 'd.code').on('o.kind', '=', 'station').on('o.status', '=', 'active'),
    )
    .select(['d.code', 'd.name', 'o.name as station_name'])
    .where('d.level', '=', 'township')
    .where('d.path', 'like', subtreePattern(scopePath))
    .orderBy('d.code')
    .execute();
}

const licensedSubCategories = UNIT_CATEGORIES.flatMap((c) => c.subCategories.filter((s) => s.licence).map((s) => `${c.code}:${s.code}`));

/**
 * Whether the unit aliased `u` has a complete file, in SQL: unitFileGaps in src/core, mirrored, with the
 * sub-categories that need a licence taken from the same dictionary. Shared with the statistics module.
 */
export const unitFileCompleteSql = sql<boolean>`(btrim(u.name) <> '' and btrim(u.address) <> ''
  and coalesce(btrim(u.person_in_charge), '') <> '' and coalesce(btrim(u.phone), '') <> ''
  and (u.category || ':' || u.sub_category <> all(${sql.val(licensedSubCategories)}::text[])
       or (coalesce(btrim(u.licence_no), '') <> '' and u.licence_expires_on is not null)))`;

/**
 * 建档率 counts per station, in one grouped query. The rule is unitFileGaps in src/core: the SQL
 * mirrors it, with the sub-categories that need a licence taken from the same dictionary.
 */
export async function countFilingByStation(db: Executor, scopePath: string, townshipCode?: string) {
  let query = db
    .selectFrom('units as u')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .select(['u.org_id', 'o.name as org_name', 'o.division_code as township_code'])
    .select((eb) => eb.fn.countAll<string>().as('known'))
    .select(sql<string>`count(*) filter (where ${unitFileCompleteSql})`.as('complete'))
    .where('u.path', 'like', subtreePattern(scopePath))
    .where('u.status', '!=', 'closed')
    .groupBy(['u.org_id', 'o.name', 'o.division_code', 'o.path'])
    .orderBy('o.path');
  if (townshipCode) query = query.where('u.township_code', '=', townshipCode);
  return query.execute();
}

/** Inserts units in batches of 500; each carries its id, so callers know which is which. */
export async function insertUnits(db: Executor, values: readonly (Insertable<UnitTable> & { id: string })[]): Promise<void> {
  for (let start = 0; start < values.length; start += 500) {
    await db.insertInto('units').values(values.slice(start, start + 500)).execute();
  }
}

export async function updateUnit(db: Executor, id: string, values: Updateable<UnitTable>): Promise<void> {
  await db.updateTable('units').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
}
