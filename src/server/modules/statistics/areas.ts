import { divisionAncestry, isWithinPath, type DivisionLevel } from '../../../core/divisions.js';
import type { Period } from '../../../core/periods.js';
import type { Executor } from '../../db/types.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { findDivision, findDivisionsByCodes, listChildDivisions } from '../divisions/repo.js';
import type { StationRow } from './repo.js';

/**
 * The nodes a dashboard shows: the area asked for, the way down to it from the actor's scope root,
 * its children (one click drills down) and its parent's children (the siblings it is ranked among).
 * Levels: province → cities → counties → stations; a county's children are its stations (named after
 * them, coded by their township), and a station has none.
 */
export interface AreaNode {
  code: string;
  name: string;
  level: DivisionLevel;
  path: string;
}

const AREA_LEVELS: readonly DivisionLevel[] = ['province', 'city', 'county', 'township'];

/** The division code of the actor's organisation: the last code on its path. */
export function scopeRootCode(actor: Actor): string | undefined {
  return actor.path.split('/').filter(Boolean).at(-1);
}

export interface ResolvedArea {
  area: AreaNode;
  /** From the actor's scope root down to the area, both included. */
  breadcrumb: AreaNode[];
  /** The area's parent when it lies inside the actor's scope, else null (no sibling figures then). */
  parent: AreaNode | null;
}

/** The area a dashboard is for; 404 when it is not inside the actor's scope, 400 below station level. */
export async function resolveArea(db: Executor, actor: Actor, code: string | undefined): Promise<ResolvedArea> {
  const wanted = code ?? scopeRootCode(actor);
  const division = wanted ? await findDivision(db, actor.path, wanted) : undefined;
  if (!division) throw new NotFoundError('统计区域');
  if (!AREA_LEVELS.includes(division.level)) throw ValidationError.field('area', '统计区域只到乡镇（协管站）一级');
  const ancestry = divisionAncestry(division.code);
  const found = new Map((await findDivisionsByCodes(db, ancestry)).map((d) => [d.code, d]));
  const chain = ancestry.map((c) => found.get(c)).filter((d) => d !== undefined);
  const breadcrumb = chain.filter((d) => isWithinPath(d.path, actor.path)).map(toNode);
  const parentDivision = chain.at(-2);
  const parent = parentDivision && isWithinPath(parentDivision.path, actor.path) ? toNode(parentDivision) : null;
  return { area: toNode(division), breadcrumb, parent };
}

function toNode(d: { code: string; name: string; level: DivisionLevel; path: string }): AreaNode {
  return { code: d.code, name: d.name, level: d.level, path: d.path };
}

/** valid_to is the first day the station no longer exists. */
const existedDuring = (station: StationRow, period: Period) =>
  station.valid_from <= period.end && (station.valid_to === null || station.valid_to > period.start);

/** The stations at each township during the period, oldest first ("A站、B站" after a merge). */
function stationNamesByTownship(stations: readonly StationRow[], period: Period): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const station of stations.filter((s) => existedDuring(s, period))) {
    names.set(station.division_code, [...(names.get(station.division_code) ?? []), station.name]);
  }
  return names;
}

/** A township node takes its station's name: that is what people call it on a dashboard. */
export function withStationName(node: AreaNode, stations: readonly StationRow[], period: Period): AreaNode {
  if (node.level !== 'township') return node;
  const names = stationNamesByTownship(stations, period).get(node.code);
  return names ? { ...node, name: names.join('、') } : node;
}

/** The children of a node (one query at most; none for a station). `stations` covers the node. */
export async function childNodes(db: Executor, actor: Actor, node: AreaNode, stations: readonly StationRow[], period: Period): Promise<AreaNode[]> {
  if (node.level === 'township') return [];
  if (node.level === 'county') {
    const inside = stations.filter((s) => isWithinPath(s.path, node.path));
    return [...stationNamesByTownship(inside, period)].map(([code, names]) => ({
      code, name: names.join('、'), level: 'township' as const, path: inside.find((s) => s.division_code === code)!.path,
    }));
  }
  return (await listChildDivisions(db, actor.path, node.code)).map(toNode);
}

/** Stations that existed on at least one day of the period (the ones expected to work in it). */
export function stationsDuring(stations: readonly StationRow[], period: Period): StationRow[] {
  return stations.filter((s) => existedDuring(s, period));
}
