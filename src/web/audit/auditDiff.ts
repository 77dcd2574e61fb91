export interface ChangedField {
  key: string;
  before: unknown;
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The keys whose values differ between the recorded before and after. A creation (no before) lists
 * every field of after; a record that is not an object is compared as one value under `''`.
 */
export function changedFields(before: unknown, after: unknown): ChangedField[] {
  if (before == null && after == null) return [];
  if (!isPlainObject(before ?? {}) || !isPlainObject(after ?? {})) {
    return sameValue(before, after) ? [] : [{ key: '', before, after }];
  }
  const beforeRecord = (before ?? {}) as Record<string, unknown>;
  const afterRecord = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(beforeRecord), ...Object.keys(afterRecord)])];
  return keys
    .filter((key) => !sameValue(beforeRecord[key], afterRecord[key]))
    .map((key) => ({ key, before: beforeRecord[key], after: afterRecord[key] }));
}

/** A recorded value as text: strings as they are, everything else as JSON; absent as null. */
export function displayValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
