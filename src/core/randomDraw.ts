/**
 * The 双随机 draw (DESIGN §7, §12), pure and deterministic so that anyone can re-run it from the
 * published record and get the same tasks. It runs in Node 20 and in browsers alike (Web Crypto), so
 * the public page and `npm run redraw` use this very code.
 *
 * The algorithm, precisely (an outsider can reimplement it from this):
 *  - Text is hashed as its UTF-8 bytes with SHA-256 and compared as lowercase hex strings.
 *  - The seed is 64 lowercase hex digits (256 random bits). The commitment is SHA-256(seed), the
 *    seed hashed as its 64-character text; it is published when the plan is committed, the seed
 *    only after the draw.
 *  - Units: each candidate unit id u gets the key SHA-256(seed + ":unit:" + u). Candidates are
 *    ordered by key ascending (then id, never needed in practice); the first `unitCount` are drawn,
 *    and the tasks keep that order.
 *  - Inspectors: every pool code starts with 0 assignments. For each drawn unit in order, the
 *    eligible inspectors are the pool minus those with a declared conflict with that unit; each gets
 *    the key SHA-256(seed + ":inspector:" + u + ":" + code); they are ordered by assignments so far
 *    ascending, then key ascending, then code; the first `inspectorsPerUnit` are assigned (in that
 *    order) and their counts go up by one. Preferring the least-used keeps the work spread as evenly
 *    as conflicts allow, while the key keeps who is chosen among equals random.
 */

export interface DrawInput {
  seed: string;
  /** Unit ids, frozen at commit. */
  candidates: readonly string[];
  /** Inspector codes (public stand-ins for people), frozen at commit. */
  pool: readonly string[];
  /** [inspector code, unit id]: that inspector may not inspect that unit. */
  conflicts: readonly (readonly [string, string])[];
  unitCount: number;
  inspectorsPerUnit: number;
}

export interface DrawTask {
  unitId: string;
  inspectors: string[];
}

const SEED_PATTERN = /^[0-9a-f]{64}$/;

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const isSeed = (seed: string) => SEED_PATTERN.test(seed);

/** The commitment published before the draw. */
export const commitmentOf = (seed: string) => sha256Hex(seed);

export async function commitmentMatches(seed: string, commitment: string): Promise<boolean> {
  return isSeed(seed) && (await commitmentOf(seed)) === commitment.toLowerCase();
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Inspectors a unit may be given: the pool less anyone who declared a conflict with it. */
export function eligibleInspectors(pool: readonly string[], conflicts: DrawInput['conflicts'], unitId: string): string[] {
  const barred = new Set(conflicts.filter(([, unit]) => unit === unitId).map(([code]) => code));
  return pool.filter((code) => !barred.has(code));
}

/** Why the draw cannot run on these inputs, in words a planner can act on; null when it can. */
export function drawProblem(input: Omit<DrawInput, 'seed'>): string | null {
  if (input.candidates.length === 0) return '没有符合条件的候选单位';
  if (!Number.isInteger(input.unitCount) || input.unitCount < 1) return '抽取单位数至少为 1';
  if (input.unitCount > input.candidates.length) return `抽取单位数 ${input.unitCount} 超过候选单位数 ${input.candidates.length}`;
  if (!Number.isInteger(input.inspectorsPerUnit) || input.inspectorsPerUnit < 1) return '每户检查人员数至少为 1';
  if (new Set(input.candidates).size !== input.candidates.length) return '候选单位有重复';
  if (new Set(input.pool).size !== input.pool.length) return '执法人员名录有重复';
  const short = input.candidates.find((u) => eligibleInspectors(input.pool, input.conflicts, u).length < input.inspectorsPerUnit);
  if (short !== undefined) return `执法人员不足：排除利益冲突后，有候选单位可派的执法人员少于 ${input.inspectorsPerUnit} 人`;
  return null;
}

export async function runDraw(input: DrawInput): Promise<DrawTask[]> {
  if (!isSeed(input.seed)) throw new RangeError('种子应为 64 位小写十六进制');
  const problem = drawProblem(input);
  if (problem) throw new RangeError(problem);

  const unitKeys = await Promise.all(input.candidates.map(async (id) => ({ id, key: await sha256Hex(`${input.seed}:unit:${id}`) })));
  unitKeys.sort((a, b) => compare(a.key, b.key) || compare(a.id, b.id));
  const drawn = unitKeys.slice(0, input.unitCount).map((u) => u.id);

  const assignments = new Map(input.pool.map((code) => [code, 0]));
  const tasks: DrawTask[] = [];
  for (const unitId of drawn) {
    const eligible = await Promise.all(
      eligibleInspectors(input.pool, input.conflicts, unitId).map(async (code) => ({ code, key: await sha256Hex(`${input.seed}:inspector:${unitId}:${code}`) })),
    );
    eligible.sort((a, b) => assignments.get(a.code)! - assignments.get(b.code)! || compare(a.key, b.key) || compare(a.code, b.code));
    const chosen = eligible.slice(0, input.inspectorsPerUnit).map((e) => e.code);
    for (const code of chosen) assignments.set(code, assignments.get(code)! + 1);
    tasks.push({ unitId, inspectors: chosen });
  }
  return tasks;
}

/** What GET /api/public/random-inspections/plans/:id/draw.json publishes. */
export interface DrawRecord {
  planId: string;
  commitment: string;
  /** Null until the draw. */
  seed: string | null;
  candidates: { id: string; name: string }[];
  pool: { code: string; name: string }[];
  conflicts: [string, string][];
  unitCount: number;
  inspectorsPerUnit: number;
  /** The tasks the server stored; null until the draw. */
  result: DrawTask[] | null;
}

export interface DrawVerification {
  commitmentOk: boolean;
  recomputed: DrawTask[] | null;
  /** The commitment holds and the recomputed tasks equal the published ones. */
  consistent: boolean;
  problem: string | null;
}

const sameTasks = (a: readonly DrawTask[], b: readonly DrawTask[]) =>
  a.length === b.length && a.every((t, i) => t.unitId === b[i]!.unitId && t.inspectors.join(',') === b[i]!.inspectors.join(','));

/** Checks a published record: the seed against the commitment, and the tasks against a fresh run. */
export async function verifyDrawRecord(record: DrawRecord): Promise<DrawVerification> {
  if (record.seed === null) return { commitmentOk: false, recomputed: null, consistent: false, problem: '尚未抽取，种子未公开' };
  const commitmentOk = await commitmentMatches(record.seed, record.commitment);
  if (!commitmentOk) return { commitmentOk, recomputed: null, consistent: false, problem: '种子与事先公布的承诺值不符' };
  // A plan cancelled after its commitment reveals the seed but has no tasks to compare.
  if (record.result === null) return { commitmentOk, recomputed: null, consistent: false, problem: '计划已取消，未抽取' };
  const input = {
    seed: record.seed, candidates: record.candidates.map((c) => c.id), pool: record.pool.map((p) => p.code),
    conflicts: record.conflicts, unitCount: record.unitCount, inspectorsPerUnit: record.inspectorsPerUnit,
  };
  const problem = drawProblem(input);
  if (problem) return { commitmentOk, recomputed: null, consistent: false, problem };
  const recomputed = await runDraw(input);
  const consistent = sameTasks(recomputed, record.result);
  return { commitmentOk, recomputed, consistent, problem: consistent ? null : '重新计算的结果与公布的结果不同' };
}
