import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';
import { containsPattern } from '../../scope.js';

/**
 * Queries behind the public pages and the open data. Each selects only public columns, so a
 * person in charge, a phone or an inspector cannot leak from them whatever the caller does.
 */

function selectPublicUnits(db: Executor, filter: { q?: string | undefined; divisionCode?: string | undefined }) {
  let query = db
    .selectFrom('units as u')
    .innerJoin('divisions as t', 't.code', 'u.township_code')
    .leftJoin('gradings as g', (join) => join.onRef('g.unit_id', '=', 'u.id').on('g.status', '=', 'published'))
    .where('u.status', '!=', 'closed');
  if (filter.q) query = query.where('u.name', 'ilike', containsPattern(filter.q));
  const code = filter.divisionCode;
  if (code) query = query.where((eb) => (code.length === 6 ? eb('u.county_code', '=', code) : eb('u.township_code', '=', code)));
  return query;
}

export async function searchUnits(db: Executor, filter: { q?: string | undefined; divisionCode?: string | undefined }, page: { offset: number; limit: number }) {
  const query = selectPublicUnits(db, filter);
  const [items, count] = await Promise.all([
    query
      .select([
        'u.id', 'u.name', 'u.credit_code', 'u.category', 'u.sub_category', 'u.address', 't.name as township_name', 'u.licence_no', 'u.licence_expires_on',
        'g.grade', 'g.published_on', 'g.inspected_on', 'g.reply', 'g.appeal_status',
      ])
      // Graded units first: they are what people look for; then by name.
      .orderBy(sql`g.grade is null`).orderBy('u.name').orderBy('u.id').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}
export type PublicUnitRow = Awaited<ReturnType<typeof searchUnits>>['items'][number];

/**
 * The latest visit of the institute to each of the given units that the public may know of: an
 * inspection (监督检查) or a 双随机 task whose results have been published. One query for the page.
 */
export async function latestVisits(db: Executor, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  const inspections = db
    .selectFrom('inspections as i')
    .select(['i.unit_id', sql<string>`i.inspected_on::text`.as('on'), sql<'inspection' | 'random'>`'inspection'`.as('kind'), sql<string>`i.result`.as('result')])
    .where('i.unit_id', 'in', [...unitIds]);
  const tasks = db
    .selectFrom('random_inspection_tasks as t')
    .innerJoin('random_inspection_plans as p', 'p.id', 't.plan_id')
    .select(['t.unit_id', sql<string>`t.result_on::text`.as('on'), sql<'inspection' | 'random'>`'random'`.as('kind'), sql<string>`t.result`.as('result')])
    .where('t.unit_id', 'in', [...unitIds])
    .where('p.status', '=', 'published')
    .where('t.result', 'is not', null);
  return db
    .selectFrom(inspections.unionAll(tasks).as('v'))
    .selectAll()
    .distinctOn('v.unit_id')
    .orderBy('v.unit_id')
    .orderBy('v.on', 'desc')
    .execute();
}
export type VisitRow = Awaited<ReturnType<typeof latestVisits>>[number];

/** Counties with units, or the townships of one county that have units: the public area picker. */
export async function listUnitAreas(db: Executor, countyCode?: string) {
  const column = countyCode ? 'u.township_code' : 'u.county_code';
  let query = db.selectFrom('units as u').innerJoin('divisions as d', 'd.code', column).select(['d.code', 'd.name']).where('u.status', '!=', 'closed').distinct();
  if (countyCode) query = query.where('u.county_code', '=', countyCode);
  return query.orderBy('d.code').execute();
}

export interface OpenDataFilter {
  county?: string | undefined;
  since?: string | undefined;
}

function selectGradedUnits(db: Executor, filter: OpenDataFilter) {
  let query = db.selectFrom('gradings as g').innerJoin('units as u', 'u.id', 'g.unit_id').where('g.status', '=', 'published');
  if (filter.county) query = query.where('g.county_code', '=', filter.county);
  // A day in Shanghai, like every date the system shows.
  if (filter.since) query = query.where(sql<boolean>`g.updated_at >= (${filter.since}::date::timestamp at time zone 'Asia/Shanghai')`);
  return query;
}

export async function listGradedUnits(db: Executor, filter: OpenDataFilter, page: { offset: number; limit: number }) {
  const query = selectGradedUnits(db, filter);
  const [items, count] = await Promise.all([
    query
      .select(['u.id', 'u.name', 'u.category', 'u.address', 'u.county_code', 'u.township_code', 'g.grade', 'g.total', 'g.published_on', 'g.reply', 'g.updated_at'])
      .orderBy('u.id').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}
export type GradedUnitRow = Awaited<ReturnType<typeof listGradedUnits>>['items'][number];
