import dayjs from 'dayjs';
import type { Kysely } from 'kysely';
import { localDate } from '../../core/dates.js';
import type { TaskResult } from '../../core/randomInspections.js';
import type { DB } from '../db/schema.js';
import { createRandomInspectionCatalogue } from '../modules/randomInspections/catalogue.js';
import { createRandomInspectionService } from '../modules/randomInspections/service.js';
import type { ItemBody } from '../modules/randomInspections/schemas.js';
import { systemActor } from '../scope.js';

/** A county's 抽查事项清单 as such lists are usually published. */
const ITEMS: ItemBody[] = [
  { name: '公共场所卫生监督抽查', legalBasis: '《公共场所卫生管理条例》《公共场所卫生管理条例实施细则》', categories: ['public_place'], ratio: 5, frequency: '每年1次', method: '现场检查', active: true },
  { name: '生活饮用水卫生监督抽查', legalBasis: '《中华人民共和国传染病防治法》《生活饮用水卫生监督管理办法》', categories: ['drinking_water'], ratio: 10, frequency: '每年1次', method: '现场检查', active: true },
  { name: '学校卫生监督抽查', legalBasis: '《学校卫生工作条例》', categories: ['school'], ratio: 10, frequency: '每年2次', method: '现场检查', active: true },
  { name: '医疗机构传染病防治监督抽查', legalBasis: '《中华人民共和国传染病防治法》《医疗废物管理条例》', categories: ['medical'], ratio: 5, frequency: '每年1次', method: '现场检查', active: true },
];

const RESULTS: TaskResult[] = ['no_problem', 'rectification', 'no_problem', 'unable', 'no_problem'];
const SUMMARIES: Record<TaskResult, string> = {
  no_problem: '卫生许可证、从业人员健康证明齐全，卫生管理制度落实。',
  rectification: '部分从业人员健康证明过期，已下达卫生监督意见书责令限期整改。',
  case: '',
  unable: '现场检查时该单位已停业。',
};

/**
 * The county's item list, one plan drawn two months ago with its results published, and one plan
 * committed yesterday and waiting for its draw. Run through the real services, clock set back, so
 * the commitments, frozen lists and tasks are exactly what the application would have made.
 */
export async function seedRandomInspections(db: Kysely<DB>, countyCode: string, now: Date): Promise<{ items: number; plans: number }> {
  const institute = await db.selectFrom('orgs').select(['id', 'path']).where('kind', '=', 'institute').where('county_code', '=', countyCode).executeTakeFirstOrThrow();
  const actor = { ...systemActor('seed-demo'), orgId: institute.id, path: institute.path };
  let at = dayjs(now).subtract(70, 'day');
  const clock = () => at.toDate();
  const catalogue = createRandomInspectionCatalogue({ db });
  const plans = createRandomInspectionService({ db, config: { randomRecentDays: 365 }, clock });

  const items = [];
  for (const item of ITEMS) items.push(await catalogue.createItem(actor, item));
  const day = (d: dayjs.Dayjs) => localDate(d.toDate());

  const done = await plans.create(actor, {
    itemId: items[0]!.id, title: `${at.year()} 年公共场所卫生双随机监督抽查（第二批）`, year: at.year(), batch: 2,
    windowStart: day(at.add(3, 'day')), windowEnd: day(at.add(45, 'day')), unitCount: null, inspectorsPerUnit: 2,
  });
  await plans.commit(actor, done.id);
  at = at.add(1, 'day');
  const drawn = await plans.draw(actor, done.id);
  for (const [i, task] of drawn.tasks.entries()) {
    at = at.add(5, 'day');
    const result = RESULTS[i % RESULTS.length]!;
    const deadline = result === 'rectification' ? { deadline: day(at.add(30, 'day')) } : {};
    await plans.recordResult(actor, done.id, task.id, { result, resultOn: day(at), summary: SUMMARIES[result], ...deadline });
  }
  at = dayjs(now).subtract(20, 'day');
  await plans.publish(actor, done.id);

  at = dayjs(now).subtract(1, 'day');
  const waiting = await plans.create(actor, {
    itemId: items[1]!.id, title: `${at.year()} 年生活饮用水卫生双随机监督抽查`, year: at.year(), batch: 1,
    windowStart: day(at.add(7, 'day')), windowEnd: day(at.add(60, 'day')), unitCount: null, inspectorsPerUnit: 2,
  });
  await plans.commit(actor, waiting.id);
  return { items: items.length, plans: 2 };
}
