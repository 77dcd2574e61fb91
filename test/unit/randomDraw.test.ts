import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { commitmentMatches, commitmentOf, drawProblem, eligibleInspectors, runDraw, sha256Hex, verifyDrawRecord, type DrawInput, type DrawRecord } from '../../src/core/randomDraw.js';

const SEED = 'a'.repeat(64);
const OTHER_SEED = 'b'.repeat(64);
const units = (n: number) => Array.from({ length: n }, (_, i) => `unit-${String(i + 1).padStart(3, '0')}`);
const codes = (n: number) => Array.from({ length: n }, (_, i) => `J${String(i + 1).padStart(2, '0')}`);
const input = (overrides: Partial<DrawInput> = {}): DrawInput => ({
  seed: SEED, candidates: units(20), pool: codes(6), conflicts: [], unitCount: 5, inspectorsPerUnit: 2, ...overrides,
});
const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('is SHA-256 of the UTF-8 text in lowercase hex', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('公共场所')).toBe(nodeSha('公共场所'));
  });
});

describe('commitment', () => {
  it('is the hash of the seed text and matches only that seed', async () => {
    const commitment = await commitmentOf(SEED);
    expect(commitment).toBe(nodeSha(SEED));
    expect(await commitmentMatches(SEED, commitment)).toBe(true);
    expect(await commitmentMatches(SEED, commitment.toUpperCase())).toBe(true);
    expect(await commitmentMatches(OTHER_SEED, commitment)).toBe(false);
    expect(await commitmentMatches('not-a-seed', await sha256Hex('not-a-seed'))).toBe(false);
  });
});

describe('runDraw', () => {
  it('gives the same tasks for the same inputs, and others for another seed', async () => {
    const first = await runDraw(input());
    expect(await runDraw(input())).toEqual(first);
    expect(await runDraw(input({ seed: OTHER_SEED }))).not.toEqual(first);
  });

  it('draws the candidates with the smallest SHA-256(seed:unit:id), in that order', async () => {
    const candidates = units(20);
    const expected = candidates.map((id) => ({ id, key: nodeSha(`${SEED}:unit:${id}`) })).sort((a, b) => (a.key < b.key ? -1 : 1)).slice(0, 5).map((u) => u.id);
    expect((await runDraw(input({ candidates }))).map((t) => t.unitId)).toEqual(expected);
  });

  it('does not depend on the order the candidates are listed in', async () => {
    const shuffled = [...units(20)].reverse();
    expect(await runDraw(input({ candidates: shuffled }))).toEqual(await runDraw(input()));
  });

  it('picks the first unit’s inspectors by SHA-256(seed:inspector:unit:code) when nobody has work yet', async () => {
    const [task] = await runDraw(input({ unitCount: 1 }));
    const expected = codes(6).map((code) => ({ code, key: nodeSha(`${SEED}:inspector:${task!.unitId}:${code}`) })).sort((a, b) => (a.key < b.key ? -1 : 1)).slice(0, 2).map((e) => e.code);
    expect(task!.inspectors).toEqual(expected);
  });

  it('never assigns an inspector to a unit they declared a conflict with', async () => {
    const candidates = units(10);
    // J01 and J02 conflict with every unit: neither may appear anywhere.
    const conflicts = candidates.flatMap((u) => [['J01', u], ['J02', u]] as [string, string][]);
    const tasks = await runDraw(input({ candidates, unitCount: 10, conflicts, pool: codes(4) }));
    expect(tasks.flatMap((t) => t.inspectors).sort()).toEqual([...Array(10).fill('J03'), ...Array(10).fill('J04')]);
  });

  it('keeps a single conflicting pair apart across many seeds', async () => {
    for (let s = 0; s < 16; s++) {
      const seed = s.toString(16).repeat(64);
      const tasks = await runDraw(input({ seed, candidates: units(3), unitCount: 3, pool: codes(3), conflicts: [['J02', 'unit-002']] }));
      expect(tasks.find((t) => t.unitId === 'unit-002')!.inspectors).toEqual(expect.not.arrayContaining(['J02']));
    }
  });

  it('spreads the work evenly: 10 units × 2 over 6 inspectors gives 3 or 4 each', async () => {
    const tasks = await runDraw(input({ unitCount: 10 }));
    const counts = new Map<string, number>();
    for (const code of tasks.flatMap((t) => t.inspectors)) counts.set(code, (counts.get(code) ?? 0) + 1);
    expect([...counts.values()].sort()).toEqual([3, 3, 3, 3, 4, 4]);
    for (const t of tasks) expect(new Set(t.inspectors).size).toBe(2);
  });

  it('refuses a malformed seed or impossible counts', async () => {
    await expect(runDraw(input({ seed: 'A'.repeat(64) }))).rejects.toThrow('种子应为 64 位小写十六进制');
    await expect(runDraw(input({ unitCount: 21 }))).rejects.toThrow('抽取单位数 21 超过候选单位数 20');
  });
});

describe('drawProblem', () => {
  const base = { candidates: units(3), pool: codes(3), conflicts: [] as [string, string][], unitCount: 2, inspectorsPerUnit: 2 };
  it('names what stops a draw', () => {
    expect(drawProblem(base)).toBeNull();
    expect(drawProblem({ ...base, candidates: [] })).toBe('没有符合条件的候选单位');
    expect(drawProblem({ ...base, unitCount: 0 })).toBe('抽取单位数至少为 1');
    expect(drawProblem({ ...base, inspectorsPerUnit: 0 })).toBe('每户检查人员数至少为 1');
    expect(drawProblem({ ...base, candidates: ['u', 'u'] })).toBe('候选单位有重复');
    expect(drawProblem({ ...base, pool: ['J01', 'J01'] })).toBe('执法人员名录有重复');
    expect(drawProblem({ ...base, conflicts: [['J01', 'unit-002'], ['J02', 'unit-002']] })).toBe('执法人员不足：排除利益冲突后，有候选单位可派的执法人员少于 2 人');
  });
});

describe('eligibleInspectors', () => {
  it('leaves out only those in conflict with that unit', () => {
    expect(eligibleInspectors(['J01', 'J02', 'J03'], [['J02', 'u1'], ['J03', 'u2']], 'u1')).toEqual(['J01', 'J03']);
  });
});

describe('verifyDrawRecord', () => {
  async function record(): Promise<DrawRecord> {
    const candidates = units(8).map((id) => ({ id, name: `单位${id}` }));
    const pool = codes(4).map((code) => ({ code, name: `人员${code}` }));
    const conflicts: [string, string][] = [['J01', 'unit-001']];
    const result = await runDraw({ seed: SEED, candidates: candidates.map((c) => c.id), pool: pool.map((p) => p.code), conflicts, unitCount: 3, inspectorsPerUnit: 2 });
    return { planId: 'p', commitment: nodeSha(SEED), seed: SEED, candidates, pool, conflicts, unitCount: 3, inspectorsPerUnit: 2, result };
  }

  it('confirms a faithful record', async () => {
    expect(await verifyDrawRecord(await record())).toMatchObject({ commitmentOk: true, consistent: true, problem: null });
  });

  it('rejects a seed that does not match the commitment', async () => {
    expect(await verifyDrawRecord({ ...(await record()), seed: OTHER_SEED })).toMatchObject({ commitmentOk: false, consistent: false, problem: '种子与事先公布的承诺值不符' });
  });

  it('rejects a published result that differs from the recomputed one', async () => {
    const faithful = await record();
    const swapped = faithful.result!.map((t) => ({ ...t, inspectors: [...t.inspectors].reverse() }));
    expect(await verifyDrawRecord({ ...faithful, result: swapped })).toMatchObject({ commitmentOk: true, consistent: false, problem: '重新计算的结果与公布的结果不同' });
  });

  it('says so before the draw, and checks only the commitment of a plan cancelled after it', async () => {
    expect((await verifyDrawRecord({ ...(await record()), seed: null, result: null })).problem).toBe('尚未抽取，种子未公开');
    expect(await verifyDrawRecord({ ...(await record()), result: null })).toMatchObject({ commitmentOk: true, consistent: false, problem: '计划已取消，未抽取' });
  });
});
