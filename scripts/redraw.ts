/**
 * `npm run redraw -- <file-or-url>`: re-runs a 双随机 draw from its public record
 * (GET /api/public/random-inspections/plans/:id/draw.json), with the same code the server used
 * (src/core/randomDraw.ts). Checks the revealed seed against the commitment published before the
 * draw, recomputes the tasks, prints them and ends with 一致 (exit 0) or 不一致 (exit 1).
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { verifyDrawRecord, type DrawRecord } from '../src/core/randomDraw.js';

async function load(source: string): Promise<DrawRecord> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    return (await response.json()) as DrawRecord;
  }
  return JSON.parse(await readFile(source, 'utf8')) as DrawRecord;
}

/** The report the command prints, and whether the draw checks out. */
export async function redraw(record: DrawRecord): Promise<{ consistent: boolean; lines: string[] }> {
  const verification = await verifyDrawRecord(record);
  const unitName = new Map(record.candidates.map((c) => [c.id, c.name]));
  const inspectorName = new Map(record.pool.map((p) => [p.code, p.name]));
  const lines = [
    `计划 ${record.planId}`,
    `承诺值 ${record.commitment}`,
    `种子   ${record.seed ?? '（尚未公开）'}`,
    `候选单位 ${record.candidates.length} 户，执法人员 ${record.pool.length} 人，回避 ${record.conflicts.length} 对；抽取 ${record.unitCount} 户，每户 ${record.inspectorsPerUnit} 人`,
    `承诺值校验：${verification.commitmentOk ? '通过' : '未通过'}`,
  ];
  for (const [i, task] of (verification.recomputed ?? []).entries()) {
    const names = task.inspectors.map((code) => `${inspectorName.get(code) ?? '?'}(${code})`).join('、');
    lines.push(`${String(i + 1).padStart(3)}. ${unitName.get(task.unitId) ?? task.unitId} — ${names}`);
  }
  if (verification.problem) lines.push(verification.problem);
  lines.push(verification.consistent ? '一致' : '不一致');
  return { consistent: verification.consistent, lines };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const source = process.argv[2];
  if (!source) {
    console.error('用法：npm run redraw -- <draw.json 文件或网址>');
    process.exit(2);
  }
  const { consistent, lines } = await redraw(await load(source));
  console.log(lines.join('\n'));
  process.exit(consistent ? 0 : 1);
}
