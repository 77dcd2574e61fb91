import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradingChecklistFor } from '../../src/core/gradingChecklists.js';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

/** Noon in Shanghai on the given day. */
const on = (date: string) => new Date(`${date}T04:00:00Z`);
const food = gradingChecklistFor('food')!;
const fullMarks = Object.fromEntries(food.items.map((i) => [i.code, i.max]));
const PHONE = '13912345678';
const PERSON = '王掌柜';

describe('grading', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let admin: string;
  let otherAdmin: string;
  let inspectors: { id: string; cookie: string }[];
  let nextIp = 1;

  const newUnit = async (name: string, overrides: Record<string, unknown> = {}) => {
    const response = await ctx.request(admin, 'POST', '/api/units', {
      name, category: 'food', subCategory: 'catering', address: '昭阳路 8 号', townshipCode: home.townshipCodes[0], personInCharge: PERSON, phone: PHONE, ...overrides,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string };
  };
  const grade = async (unitId: string, sheet: Record<string, number | null> = {}, cookie = inspectors[0]!.cookie) => {
    const response = await ctx.request(cookie, 'POST', '/api/gradings', {
      unitId, inspectedOn: '2026-03-02', graderIds: [inspectors[0]!.id, inspectors[1]!.id], scoreSheet: { ...fullMarks, ...sheet },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const act = (cookie: string, id: string, segment: string, body?: unknown) => ctx.request(cookie, 'POST', `/api/gradings/${id}/${segment}`, body);
  const published = async (unitId: string, sheet: Record<string, number | null> = {}) => {
    const draft = await grade(unitId, sheet);
    expect((await act(inspectors[0]!.cookie, draft.id, 'publish')).statusCode).toBe(200);
    return draft;
  };
  const publicGet = (url: string) => ctx.app.inject({ method: 'GET', url, remoteAddress: `10.3.0.${nextIp++}` });

  beforeAll(async () => {
    ctx = await createTestContext();
    ({ home, admin, otherAdmin } = await ctx.twoCounties());
    inspectors = [];
    for (let i = 0; i < 3; i++) {
      const user = await ctx.newUser({ orgId: home.instituteId, role: 'inspector' });
      inspectors.push({ id: user.id, cookie: await ctx.login(user.username) });
    }
    // After signing in: sessions created today stay valid on these earlier days.
    ctx.setNow(on('2026-03-02'));
  });
  afterAll(() => ctx.close());

  describe('scoring and publishing', () => {
    it('scores a draft with the capping item named, publishes it and puts the grade on the unit file', async () => {
      const unit = await newUnit('老街面馆');
      const draft = await grade(unit.id, { processing: 9.5 });
      expect(draft).toMatchObject({
        status: 'draft', total: 89.5, grade: 'C', cappedBy: { itemCode: 'processing', itemLabel: '加工操作规范（生熟分开）' }, publishedOn: null,
        graders: [{ id: inspectors[0]!.id }, { id: inspectors[1]!.id }],
      });
      expect((await ctx.request(admin, 'GET', `/api/units/${unit.id}`)).json().hygieneGrade).toBeNull();
      const visits = async () => (await ctx.request(admin, 'GET', `/api/inspections?unitId=${unit.id}`)).json().items;
      expect(await visits()).toEqual([]);
      ctx.setNow(on('2026-03-05'));
      const result = await act(inspectors[0]!.cookie, draft.id, 'publish');
      expect(result.json()).toMatchObject({ status: 'published', publishedOn: '2026-03-05', appealDeadline: '2026-03-19' });
      expect((await ctx.request(admin, 'GET', `/api/units/${unit.id}`)).json().hygieneGrade).toBe('C');
      // The graders' visit is now a 监督检查 on the day they scored, counted in 户次 and 出动人次.
      expect(await visits()).toMatchObject([{
        source: 'grading', sourceId: draft.id, inspectedOn: '2026-03-02', inspectorCount: 2, result: 'other', findings: '量化分级评分：总分 89.5，C级',
        inspectors: [{ id: inspectors[0]!.id }, { id: inspectors[1]!.id }],
      }]);
      const trail = (await ctx.request(admin, 'GET', `/api/audit?entityType=grading&entityId=${draft.id}`)).json().items;
      expect(trail.map((e: { action: string }) => e.action)).toEqual(['publish', 'create']);
      expect(trail[0]).toMatchObject({ before: { status: 'draft' }, after: { status: 'published' } });
      ctx.setNow(on('2026-03-02'));
    });

    it('supersedes the earlier grading on publishing a new one, and 不予评级 empties the unit’s grade', async () => {
      const unit = await newUnit('河畔小吃');
      const first = await published(unit.id);
      const second = await published(unit.id, { staff_health: 7.5, purchase: 7.5, processing: 10, storage: 1, pest_control: 1, environment: 7.5 });
      expect(second).toMatchObject({ total: 54.5, grade: 'none' });
      expect((await ctx.request(admin, 'GET', `/api/gradings/${first.id}`)).json()).toMatchObject({ status: 'superseded', supersededOn: '2026-03-02' });
      expect((await ctx.request(admin, 'GET', `/api/units/${unit.id}`)).json().hygieneGrade).toBeNull();
    });

    it('validates, naming the field', async () => {
      const unit = await newUnit('验证餐馆');
      const hospital = (await ctx.request(admin, 'POST', '/api/units', { name: '人民医院', category: 'medical', subCategory: 'hospital', address: '医院路 1 号', townshipCode: home.townshipCodes[0] })).json();
      const assistant = await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' });
      const post = (body: Record<string, unknown>) => ctx.request(inspectors[0]!.cookie, 'POST', '/api/gradings', { unitId: unit.id, inspectedOn: '2026-03-01', graderIds: [inspectors[0]!.id], scoreSheet: fullMarks, ...body });
      const cases: [Record<string, unknown>, string, string][] = [
        [{ unitId: hospital.id }, 'unitId', '医疗机构单位不参加量化分级'],
        [{ inspectedOn: '2026-03-03' }, 'inspectedOn', '检查日期不能晚于今天'],
        [{ graderIds: [inspectors[0]!.id, inspectors[0]!.id] }, 'graderIds', '两名评分人员不能是同一人'],
        [{ graderIds: [assistant.id] }, 'graderIds', '评分人员应为您管辖范围内在岗的卫生监督员'],
        [{ scoreSheet: { ...fullMarks, storage: 11 } }, 'scoreSheet.storage', '“食品贮存（离地离墙、分类存放）”的得分应为 0–10 之间的整数或半分'],
        [{ graderIds: [] }, 'graderIds', '至少一名评分人员'],
      ];
      for (const [body, path, message] of cases) {
        const response = await post(body);
        expect(response.statusCode, path).toBe(400);
        expect(response.json().fields[0]).toEqual({ path, message });
      }
    });
  });

  describe('transitions', () => {
    it('refuses steps out of order with 409 and a Chinese reason', async () => {
      const unit = await newUnit('顺序餐馆');
      const draft = await grade(unit.id, { storage: 5 });
      const early = await act(inspectors[0]!.cookie, draft.id, 'reply', { reply: '已整改' });
      expect(early.statusCode).toBe(409);
      expect(early.json().message).toBe('当前状态为“草稿”，不能登记单位回应');
      expect((await act(inspectors[0]!.cookie, draft.id, 'publish')).statusCode).toBe(200);
      expect((await act(inspectors[0]!.cookie, draft.id, 'publish')).json().message).toBe('当前状态为“已公示”，不能再次公示');
      expect((await act(inspectors[0]!.cookie, draft.id, 'decide-appeal', { decision: 'dismissed', note: '无' })).json().message).toBe('该评级没有待复核的申诉');
      const replied = await act(inspectors[0]!.cookie, draft.id, 'reply', { reply: '已更换储物架' });
      expect(replied.json()).toMatchObject({ reply: '已更换储物架', repliedOn: '2026-03-02' });
      expect((await act(inspectors[0]!.cookie, draft.id, 'reply', { reply: '  ' })).json().fields[0]).toEqual({ path: 'reply', message: '单位回应不能为空' });
    });

    it('discards a draft, never a published grading', async () => {
      const unit = await newUnit('草稿餐馆');
      const draft = await grade(unit.id);
      const done = await published(unit.id);
      const refused = await act(inspectors[0]!.cookie, done.id, 'discard');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().message).toBe('当前状态为“已公示”，不能删除；已公示的评级只能经申诉或重新评级更正');
      expect((await act(otherAdmin, draft.id, 'discard')).statusCode).toBe(404);
      expect((await act(inspectors[0]!.cookie, draft.id, 'discard')).statusCode).toBe(204);
      expect((await ctx.request(admin, 'GET', `/api/gradings/${draft.id}`)).statusCode).toBe(404);
      const trail = (await ctx.request(admin, 'GET', `/api/audit?entityType=grading&entityId=${draft.id}`)).json().items;
      expect(trail[0]).toMatchObject({ action: 'discard', before: { status: 'draft', unitName: '草稿餐馆' }, after: null });
    });

    it('takes an appeal within the window, refuses a grader as its judge, and re-scores when upheld', async () => {
      const unit = await newUnit('申诉酒家');
      const grading = await published(unit.id, { tableware: 7 });
      expect(grading.grade).toBe('C');
      ctx.setNow(on('2026-03-16'));
      const appealed = await act(inspectors[0]!.cookie, grading.id, 'appeal', { grounds: '消毒柜当日在检修，记录齐全' });
      expect(appealed.json()).toMatchObject({ appealStatus: 'pending', appealedOn: '2026-03-16', appealGrounds: '消毒柜当日在检修，记录齐全' });
      expect((await act(inspectors[0]!.cookie, grading.id, 'appeal', { grounds: '再次' })).statusCode).toBe(409);
      const newer = await grade(unit.id);
      const blocked = await act(inspectors[0]!.cookie, newer.id, 'publish');
      expect(blocked.statusCode).toBe(409);
      expect(blocked.json().message).toBe('该单位现行评级的申诉尚待复核，复核后再公示新的评级');
      const byGrader = await act(inspectors[1]!.cookie, grading.id, 'decide-appeal', { decision: 'dismissed', note: '维持' });
      expect(byGrader.statusCode).toBe(403);
      expect(byGrader.json().message).toBe('参与本次评分的监督员不能复核其申诉，请由其他监督员复核');
      const noSheet = await act(inspectors[2]!.cookie, grading.id, 'decide-appeal', { decision: 'upheld', note: '成立' });
      expect(noSheet.json().fields[0]).toEqual({ path: 'scoreSheet', message: '申诉成立须重新评分' });
      const upheld = await act(inspectors[2]!.cookie, grading.id, 'decide-appeal', { decision: 'upheld', note: '核实消毒记录，重新评分', scoreSheet: { ...fullMarks, tableware: 12 } });
      expect(upheld.json()).toMatchObject({ appealStatus: 'upheld', total: 97, grade: 'A', cappedBy: null, appealDecidedBy: { id: inspectors[2]!.id }, appealDecidedOn: '2026-03-16' });
      expect((await ctx.request(admin, 'GET', `/api/units/${unit.id}`)).json().hygieneGrade).toBe('A');
      const trail = (await ctx.request(admin, 'GET', `/api/audit?entityType=grading&entityId=${grading.id}`)).json().items;
      expect(trail[0]).toMatchObject({ action: 'decideAppeal', before: { grade: 'C', appealStatus: 'pending' }, after: { grade: 'A', appealStatus: 'upheld' } });
      ctx.setNow(on('2026-03-02'));
    });

    it('refuses an appeal after the 14th day', async () => {
      const unit = await newUnit('逾期酒家');
      const grading = await published(unit.id, { storage: 0 });
      ctx.setNow(on('2026-03-17'));
      const late = await act(inspectors[0]!.cookie, grading.id, 'appeal', { grounds: '不服' });
      expect(late.statusCode).toBe(409);
      expect(late.json().message).toBe('申诉期为公示之日起 14 日，已于 2026-03-16 截止');
      ctx.setNow(on('2026-03-02'));
    });

    it('takes one re-grading request for B or C, answered by the next published grading', async () => {
      const unit = await newUnit('整改饭店');
      const best = await published(unit.id);
      expect((await act(inspectors[0]!.cookie, best.id, 'request-regrade', { reason: '想更好' })).json().message).toBe('现行等级为 A 级，无需申请重新评级');
      const b = await published(unit.id, { storage: 6, environment: 4, pest_control: 9.5 });
      const requested = await act(inspectors[0]!.cookie, b.id, 'request-regrade', { reason: '已更换防蝇设施' });
      expect(requested.json()).toMatchObject({ regradeRequestedOn: '2026-03-02', regradeReason: '已更换防蝇设施' });
      expect((await act(inspectors[0]!.cookie, b.id, 'request-regrade', { reason: '再次' })).json().message).toBe('已于 2026-03-02 申请重新评级，尚待评定');
      const pending = (await ctx.request(admin, 'GET', '/api/gradings?regradeRequested=true')).json();
      expect(pending.items.map((g: { id: string }) => g.id)).toContain(b.id);
      await published(unit.id);
      expect((await ctx.request(admin, 'GET', '/api/gradings?regradeRequested=true')).json().items.map((g: { id: string }) => g.id)).not.toContain(b.id);
    });
  });

  it('refuses to let an older inspection replace the current grade', async () => {
    const unit = await newUnit('先后餐馆');
    await published(unit.id);
    const older = await ctx.request(inspectors[0]!.cookie, 'POST', '/api/gradings', { unitId: unit.id, inspectedOn: '2026-02-01', graderIds: [inspectors[0]!.id], scoreSheet: fullMarks });
    const response = await act(inspectors[0]!.cookie, older.json().id, 'publish');
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('该单位现行评级的检查日期（2026-03-02）晚于本次，不能以较早的评级取代');
  });

  describe('scope and roles', () => {
    it('is invisible to another county: list, read and every action answer 404', async () => {
      const unit = await newUnit('本县餐馆');
      const grading = await grade(unit.id);
      expect((await ctx.request(otherAdmin, 'GET', `/api/gradings/${grading.id}`)).statusCode).toBe(404);
      expect((await ctx.request(otherAdmin, 'GET', '/api/gradings')).json().items).toEqual([]);
      for (const segment of ['publish', 'reply', 'appeal', 'decide-appeal', 'request-regrade']) {
        const response = await act(otherAdmin, grading.id, segment, segment === 'publish' ? undefined : { reply: 'x', grounds: 'x', reason: 'x', decision: 'dismissed', note: 'x' });
        expect(response.statusCode, segment).toBe(404);
      }
      const foreign = await ctx.request(otherAdmin, 'POST', '/api/gradings', { unitId: unit.id, inspectedOn: '2026-03-01', graderIds: [inspectors[0]!.id], scoreSheet: fullMarks });
      expect(foreign.json().fields[0]).toEqual({ path: 'unitId', message: '单位不存在或不在您的管辖范围内' });
    });

    it('lets an official read but not grade, and a station head neither', async () => {
      const official = await ctx.login((await ctx.newUser({ orgId: home.commissionId, role: 'official' })).username);
      const head = await ctx.login((await ctx.newUser({ orgId: home.stationIds[0]!, role: 'station_head' })).username);
      expect((await ctx.request(official, 'GET', '/api/gradings')).statusCode).toBe(200);
      expect((await ctx.request(official, 'POST', '/api/gradings', { unitId: home.stationIds[0], inspectedOn: '2026-03-01', graderIds: [inspectors[0]!.id], scoreSheet: {} })).statusCode).toBe(403);
      expect((await ctx.request(head, 'GET', '/api/gradings')).statusCode).toBe(403);
    });
  });

  describe('public search and open data', () => {
    it('shows grade, notice date, reply and licence status without personal data', async () => {
      const unit = await newUnit('公开查询酒楼', { licenceType: '食品经营许可证', licenceNo: 'JY13212810000001', licenceExpiresOn: '2030-01-01' });
      const grading = await published(unit.id, { storage: 5 });
      await act(inspectors[0]!.cookie, grading.id, 'reply', { reply: '储物架已整改' });
      const response = await publicGet(`/api/public/units?q=${encodeURIComponent('公开查询')}&divisionCode=${home.townshipCodes[0]}`);
      expect(response.statusCode).toBe(200);
      const { items, total } = response.json();
      expect(total).toBe(1);
      expect(items[0]).toEqual({
        id: unit.id, name: '公开查询酒楼', creditCode: null, category: 'food', categoryLabel: '食品', address: '昭阳路 8 号', divisionName: `测试区划${home.townshipCodes[0]}`,
        grade: 'A', noticeDate: '2026-03-02', reply: '储物架已整改', appealStatus: null, licenceStatus: 'valid',
        latestInspection: { date: '2026-03-02', kind: 'grading', result: '量化分级 A级' },
      });
      const ungraded = await newUnit('未评级小店');
      const other = (await publicGet(`/api/public/units?q=${encodeURIComponent('未评级')}`)).json().items[0];
      expect(other).toMatchObject({ id: ungraded.id, grade: null, licenceStatus: 'not_recorded', latestInspection: null });
      for (const body of [response.body, JSON.stringify(other)]) {
        for (const secret of [PHONE, PERSON, inspectors[0]!.id, 'personInCharge', 'phone']) expect(body).not.toContain(secret);
      }
    });

    it('shows as latest inspection whichever came last: the grading or an inspection by the institute, never the inspectors', async () => {
      const unit = await newUnit('后来检查饭店');
      await published(unit.id);
      const latest = async () => (await publicGet(`/api/public/units?q=${encodeURIComponent('后来检查')}`)).json().items[0];
      expect((await latest()).latestInspection).toEqual({ date: '2026-03-02', kind: 'grading', result: '量化分级 A级' });
      const earlier = await ctx.request(inspectors[0]!.cookie, 'POST', '/api/inspections', { unitId: unit.id, inspectedOn: '2026-03-01', inspectorIds: [inspectors[0]!.id], result: 'compliant' });
      expect(earlier.statusCode, earlier.body).toBe(201);
      expect((await latest()).latestInspection.kind).toBe('grading');
      ctx.setNow(on('2026-03-09'));
      const later = await ctx.request(inspectors[0]!.cookie, 'POST', '/api/inspections', {
        unitId: unit.id, inspectedOn: '2026-03-09', inspectorIds: [inspectors[0]!.id, inspectors[1]!.id], result: 'rectify', deadline: '2026-03-20', findings: '冷藏柜温度超标',
      });
      expect(later.statusCode, later.body).toBe(201);
      const shown = await latest();
      expect(shown.latestInspection).toEqual({ date: '2026-03-09', kind: 'inspection', result: '监督检查：责令整改' });
      expect(JSON.stringify(shown)).not.toMatch(new RegExp(`${inspectors[0]!.id}|冷藏柜`));
      ctx.setNow(on('2026-03-02'));
    });

    it('limits the public search to 30 requests a minute per address', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 31; i++) codes.push((await ctx.app.inject({ method: 'GET', url: '/api/public/units?q=x', remoteAddress: '10.3.9.9' })).statusCode);
      expect(codes.slice(0, 30).every((c) => c === 200)).toBe(true);
      expect(codes[30]).toBe(429);
    });

    it('lists areas with units for the picker', async () => {
      const counties = (await publicGet('/api/public/unit-areas')).json().items;
      expect(counties).toContainEqual({ code: home.countyCode, name: `测试区划${home.countyCode}` });
      const townships = (await publicGet(`/api/public/unit-areas?parentCode=${home.countyCode}`)).json().items;
      expect(townships).toEqual([{ code: home.townshipCodes[0], name: `测试区划${home.townshipCodes[0]}` }]);
    });

    it('serves the same graded units as JSON and as CSV, with stable ids and no personal data', async () => {
      const json = await publicGet(`/api/public/open-data/graded-units?county=${home.countyCode}&pageSize=1000`);
      expect(json.statusCode).toBe(200);
      const { items, total } = json.json();
      expect(total).toBe(items.length);
      expect(items.length).toBeGreaterThan(3);
      expect(items.find((i: { name: string }) => i.name === '公开查询酒楼')).toEqual({
        unit_id: expect.any(String), name: '公开查询酒楼', category: 'food', address: '昭阳路 8 号', county_code: home.countyCode, township_code: home.townshipCodes[0],
        grade: 'A', score: 95, notice_date: '2026-03-02', reply_present: true, updated_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
      const csv = await publicGet(`/api/public/open-data/graded-units.csv?county=${home.countyCode}`);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.body.startsWith('\uFEFFunit_id,name,category,address,county_code,township_code,grade,score,notice_date,reply_present,updated_at\r\n')).toBe(true);
      const rows = csv.body.slice(1).trim().split('\r\n').slice(1).map((line) => line.split(','));
      expect(rows.map((r) => [r[0], r[1], r[6], Number(r[7]), r[9] === 'true'])).toEqual(items.map((i: Record<string, unknown>) => [i.unit_id, i.name, i.grade, i.score, i.reply_present]));
      for (const body of [json.body, csv.body]) for (const secret of [PHONE, PERSON, inspectors[0]!.id]) expect(body).not.toContain(secret);
      expect((await publicGet(`/api/public/open-data/graded-units?county=${home.countyCode}&since=2099-01-01`)).json()).toMatchObject({ items: [], total: 0 });
      expect((await publicGet('/api/public/open-data/graded-units?since=2026-13-01')).statusCode).toBe(400);
      const doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
      expect(Object.keys(doc.paths['/api/public/open-data/graded-units.csv'].get.responses['200'].content)).toEqual(['text/csv']);
      expect(doc.paths['/api/public/open-data/graded-units'].get.responses['200'].content['application/json'].schema.properties.items.items.required).toContain('unit_id');
    });
  });
});
