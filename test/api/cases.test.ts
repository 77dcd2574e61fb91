import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import type { TestCounty } from '../support/factories.js';

const on = (date: string) => new Date(`${date}T04:00:00Z`);
const PDF = Buffer.from('%PDF-1.4\n%weijian\n');

describe('cases', () => {
  let ctx: TestContext;
  let home: TestCounty;
  let admin: string;
  let otherAdmin: string;
  let inspector: string;
  let official: string;
  let handlerIds: string[];
  let unitId: string;

  const file = (cookie: string, overrides: Record<string, unknown> = {}) =>
    ctx.request(cookie, 'POST', '/api/cases', { unitId, area: 'public_place', cause: '未取得卫生许可证擅自营业', source: 'other', handlerIds, filedOn: '2026-05-04', ...overrides });
  const step = (cookie: string, id: string, segment: string, body: unknown = {}) => ctx.request(cookie, 'POST', `/api/cases/${id}/${segment}`, body);
  const upload = (cookie: string, id: string, kind: string, type = 'application/pdf', data = PDF, name = '决定书.pdf') => {
    const boundary = '----weijian';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`),
      data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return ctx.app.inject({ method: 'POST', url: `/api/cases/${id}/documents?kind=${kind}`, headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
  };
  const decision = { decidedOn: '2026-05-20', penaltyTypes: ['warning', 'fine'], fineAmount: 3000.5, violationBasis: '《公共场所卫生管理条例》第八条', penaltyBasis: '《公共场所卫生管理条例实施细则》第三十五条', discretion: 'ordinary' };

  beforeAll(async () => {
    ctx = await createTestContext();
    ({ home, admin, otherAdmin } = await ctx.twoCounties());
    const users = await Promise.all([0, 1].map(() => ctx.newUser({ orgId: home.instituteId, role: 'inspector' })));
    handlerIds = users.map((u) => u.id);
    inspector = await ctx.login(users[0]!.username);
    official = await ctx.login((await ctx.newUser({ orgId: home.commissionId, role: 'official' })).username);
    unitId = (await ctx.request(admin, 'POST', '/api/units', { name: '悦来宾馆', category: 'public_place', subCategory: 'accommodation', address: '人民路', townshipCode: home.townshipCodes[0] })).json().id;
    ctx.setNow(on('2026-06-10'));
  });
  afterAll(() => ctx.close());

  it('files, investigates, decides, executes and closes with the documents each step needs, audited before and after', async () => {
    const created = await file(inspector);
    expect(created.statusCode, created.body).toBe(201);
    const kase = created.json();
    expect(kase).toMatchObject({ caseNo: `${home.countyCode}卫罚〔2026〕1号`, status: 'filed', partyName: '悦来宾馆', unitName: '悦来宾馆', filedOn: '2026-05-04', handlers: [{ id: handlerIds[0] }, { id: handlerIds[1] }] });
    expect((await file(inspector)).json().caseNo).toBe(`${home.countyCode}卫罚〔2026〕2号`);

    const early = await step(inspector, kase.id, 'investigate', { investigatedOn: '2026-05-05' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('开始调查取证前须上传：立案审批表');
    expect((await upload(inspector, kase.id, 'filing_approval')).statusCode).toBe(201);
    const backwards = await step(inspector, kase.id, 'investigate', { investigatedOn: '2026-05-03' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().fields).toEqual([{ path: 'investigatedOn', message: '调查取证日期不能早于立案日期（2026-05-04）' }]);
    expect((await step(inspector, kase.id, 'investigate', { investigatedOn: '2026-05-05' })).json()).toMatchObject({ status: 'investigating', investigatedOn: '2026-05-05' });

    await upload(inspector, kase.id, 'prior_notice');
    const noAmount = await step(inspector, kase.id, 'decide', { ...decision, fineAmount: undefined });
    expect(noAmount.json().fields).toEqual([{ path: 'fineAmount', message: '罚款须填写大于 0 的罚款金额' }]);
    const decided = await step(inspector, kase.id, 'decide', decision);
    expect(decided.json()).toMatchObject({ status: 'decided', penaltyTypes: ['warning', 'fine'], fineAmount: 3000.5, discretion: 'ordinary', decidedOn: '2026-05-20' });

    expect((await step(inspector, kase.id, 'execute', { executedOn: '2026-05-25', amountPaid: 3000.5 })).json().message).toBe('执行处罚前须上传：行政处罚决定书、送达回证');
    await upload(inspector, kase.id, 'decision');
    await upload(inspector, kase.id, 'service_receipt');
    const overpaid = await step(inspector, kase.id, 'execute', { executedOn: '2026-05-25', amountPaid: 3000.51 });
    expect(overpaid.json().fields).toEqual([{ path: 'amountPaid', message: '缴纳金额不能超过决定的罚没款合计 3000.50 元' }]);
    expect((await step(inspector, kase.id, 'execute', { executedOn: '2026-05-25', amountPaid: 3000.5 })).json()).toMatchObject({ status: 'executing', amountPaid: 3000.5 });

    await upload(inspector, kase.id, 'closing_report');
    expect((await step(inspector, kase.id, 'close', { closedOn: '2026-06-01', summary: '罚款已缴清' })).json().message).toBe('结案前须上传：罚没款票据');
    await upload(inspector, kase.id, 'payment_receipt', 'image/png', Buffer.from('89504e47', 'hex'), 'receipt.png');
    const future = await step(inspector, kase.id, 'close', { closedOn: '2026-06-11', summary: '罚款已缴清' });
    expect(future.json().fields).toEqual([{ path: 'closedOn', message: '结案日期不能晚于今天' }]);
    expect((await step(inspector, kase.id, 'close', { closedOn: '2026-06-01', summary: '罚款已缴清' })).json()).toMatchObject({ status: 'closed', closedOn: '2026-06-01', closingSummary: '罚款已缴清' });

    const audit = (await ctx.request(admin, 'GET', `/api/audit?entityType=case&entityId=${kase.id}`)).json();
    expect(audit.items.filter((e: { action: string }) => !e.action.endsWith('document')).map((e: { action: string }) => e.action)).toEqual(['close', 'execute', 'decide', 'investigate', 'create']);
    expect(audit.items[0]).toMatchObject({ before: { status: 'executing' }, after: { status: 'closed' } });

    const again = await step(inspector, kase.id, 'dismiss', { reason: '重复' });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('当前状态为“结案”，不能不予处罚或撤销案件');
    const documents = (await ctx.request(inspector, 'GET', `/api/cases/${kase.id}/documents`)).json().items;
    expect(documents.map((d: { kind: string }) => d.kind)).toEqual(['filing_approval', 'prior_notice', 'decision', 'service_receipt', 'closing_report', 'payment_receipt']);
    const locked = await ctx.request(inspector, 'DELETE', `/api/cases/${kase.id}/documents/${documents[0].id}`);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().message).toBe('案件已结束，案卷文书不能再更改');
  });

  it('dismisses from 立案 with a reason; refuses illegal steps with 409', async () => {
    const { id } = (await file(inspector)).json();
    expect((await step(inspector, id, 'close', { summary: 'x' })).json()).toMatchObject({ error: 'Conflict', message: '当前状态为“立案”，不能结案' });
    expect((await step(inspector, id, 'decide', decision)).json().message).toBe('当前状态为“立案”，不能作出处罚决定');
    expect((await step(inspector, id, 'dismiss', { reason: ' ' })).json().fields).toEqual([{ path: 'reason', message: '不予处罚或撤销的理由不能为空' }]);
    expect((await step(inspector, id, 'dismiss', { reason: '违法事实不成立' })).json()).toMatchObject({ status: 'dismissed', dismissalReason: '违法事实不成立', dismissedOn: '2026-06-10' });
    expect((await step(inspector, id, 'investigate')).statusCode).toBe(409);
  });

  it('validates the filing form field by field', async () => {
    const assistant = await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' });
    const wrong: [Record<string, unknown>, string, string][] = [
      [{ handlerIds: [handlerIds[0]] }, 'handlerIds', '承办人至少 2 名执法人员'],
      [{ handlerIds: [handlerIds[0], assistant.id] }, 'handlerIds', '所选人员须为管辖范围内在岗的卫生监督员'],
      [{ handlerIds: [handlerIds[0], handlerIds[0]] }, 'handlerIds', '人员不能重复'],
      [{ area: 'food' }, 'area', '案件类别不正确'],
      [{ cause: '' }, 'cause', '案由不能为空'],
      [{ filedOn: '2026-06-11' }, 'filedOn', '立案日期不能晚于今天'],
      [{ unitId: undefined }, 'partyName', '请填写当事人，或选择涉案单位'],
      [{ source: 'rectification' }, 'sourceId', '请选择上报监督所的整改记录'],
      [{ source: 'complaint', sourceId: unitId }, 'sourceId', '来源记录不存在或不在您的管辖范围内'],
    ];
    for (const [override, path, message] of wrong) {
      const response = await file(inspector, override);
      expect(response.statusCode, JSON.stringify(override)).toBe(400);
      expect(response.json().fields).toEqual([{ path, message }]);
    }
    const person = await file(inspector, { unitId: undefined, partyName: '王某（无证行医）', area: 'medical' });
    expect(person.json()).toMatchObject({ unitId: null, partyName: '王某（无证行医）', countyCode: home.countyCode });
  });

  it('files from an escalated station rectification once, and the rectification shows the case number', async () => {
    const assistant = await ctx.login((await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' })).username);
    const patrol = (await ctx.request(assistant, 'POST', '/api/patrols', {
      unitId, patrolledOn: '2026-06-01', locationContent: '客房', problems: '拒不整改', outcome: 'referred',
      checklist: [{ code: 'public_place.licence_displayed', result: 'problem' }],
    })).json();
    const rectificationId = patrol.rectificationId as string;
    const filed = await file(inspector, { unitId: undefined, source: 'rectification', sourceId: rectificationId });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ unitId, source: 'rectification', sourceId: rectificationId });
    expect((await ctx.request(assistant, 'GET', `/api/rectifications/${rectificationId}`)).json().caseNo).toBe(filed.json().caseNo);
    const twice = await file(inspector, { source: 'rectification', sourceId: rectificationId });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toBe(`该记录已立案：${filed.json().caseNo}`);
  });

  it('files from a complaint or a station report once each, taking the complaint’s unit', async () => {
    const complaint = (await ctx.request(inspector, 'POST', '/api/complaints', {
      channel: 'hotline', divisionCode: home.countyCode, category: 'public_place', subject: '悦来宾馆', content: '床单未换', anonymous: true, unitId,
    })).json();
    const fromComplaint = await file(inspector, { unitId: undefined, source: 'complaint', sourceId: complaint.id });
    expect(fromComplaint.statusCode, fromComplaint.body).toBe(201);
    expect(fromComplaint.json()).toMatchObject({ source: 'complaint', sourceId: complaint.id, unitId, partyName: '悦来宾馆' });
    const again = await file(inspector, { unitId: undefined, source: 'complaint', sourceId: complaint.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe(`该记录已立案：${fromComplaint.json().caseNo}`);

    const assistant = await ctx.login((await ctx.newUser({ orgId: home.stationIds[0]!, role: 'assistant' })).username);
    const report = (await ctx.request(assistant, 'POST', '/api/reports', {
      category: 'illegal_practice', content: '无证行医', foundAt: '2026-06-09T09:00:00+08:00', reportedAt: '2026-06-09T10:00:00+08:00',
    })).json();
    const fromReport = await file(inspector, { unitId: undefined, partyName: '张某', source: 'report', sourceId: report.id });
    expect(fromReport.statusCode, fromReport.body).toBe(201);
    expect(fromReport.json()).toMatchObject({ source: 'report', unitId: null, partyName: '张某' });
  });

  it('stores documents by type and size limits, serves them back and deletes while open', async () => {
    const { id } = (await file(inspector)).json();
    expect((await upload(inspector, id, 'evidence', 'text/plain')).json().fields).toEqual([{ path: 'file', message: '文书须为 PDF、JPEG、PNG 或 Word（docx）文件' }]);
    expect((await upload(inspector, id, 'memo')).json().fields).toEqual([{ path: 'kind', message: '文书类别不正确' }]);
    expect((await upload(inspector, id, 'evidence', 'application/pdf', Buffer.alloc(10 * 1024 * 1024 + 1))).statusCode).toBe(400);
    const stored = await upload(inspector, id, 'evidence', 'application/pdf', PDF, '现场照片 1.pdf');
    expect(stored.json()).toMatchObject({ kind: 'evidence', fileName: '现场照片 1.pdf', size: PDF.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const served = await ctx.request(official, 'GET', `/api/cases/${id}/documents/${stored.json().id}`);
    expect(served.rawPayload.equals(PDF)).toBe(true);
    expect(served.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('现场照片 1.pdf')}`);
    expect((await ctx.request(official, 'DELETE', `/api/cases/${id}/documents/${stored.json().id}`)).statusCode).toBe(403);
    expect((await ctx.request(inspector, 'DELETE', `/api/cases/${id}/documents/${stored.json().id}`)).statusCode).toBe(204);
    expect((await ctx.request(inspector, 'GET', `/api/cases/${id}/documents`)).json().items).toEqual([]);
  });

  it('keeps cases inside the county: another county gets 404 on read, list, act and documents', async () => {
    const { id } = (await file(inspector)).json();
    expect((await ctx.request(otherAdmin, 'GET', `/api/cases/${id}`)).statusCode).toBe(404);
    expect((await ctx.request(otherAdmin, 'GET', '/api/cases')).json().total).toBe(0);
    expect((await step(otherAdmin, id, 'dismiss', { reason: '越权' })).statusCode).toBe(404);
    expect((await ctx.request(otherAdmin, 'GET', `/api/cases/${id}/documents`)).statusCode).toBe(404);
    expect((await upload(otherAdmin, id, 'evidence')).statusCode).toBe(404);
    expect((await ctx.request(official, 'GET', `/api/cases/${id}`)).statusCode).toBe(200);
    expect((await file(official)).statusCode).toBe(403);
  });

  it('adds up the period figures exactly', async () => {
    const fresh = await createTestContext();
    try {
      const { home: county, admin: a } = await fresh.twoCounties();
      const officers = await Promise.all([0, 1, 2].map(() => fresh.newUser({ orgId: county.instituteId, role: 'inspector' })));
      const ids = officers.map((o) => o.id);
      const unit = (await fresh.request(a, 'POST', '/api/units', { name: '诊所', category: 'public_place', subCategory: 'accommodation', address: '路', townshipCode: county.townshipCodes[0] })).json().id;
      fresh.setNow(on('2026-10-20'));
      const inspect = (body: Record<string, unknown>) => fresh.request(a, 'POST', '/api/inspections', { unitId: unit, inspectedOn: '2026-10-05', inspectorIds: ids.slice(0, 2), result: 'compliant', ...body });
      await inspect({ inspectorIds: ids });
      const order = (await inspect({ result: 'rectify', deadline: '2026-10-10' })).json();
      await inspect({ result: 'rectify', deadline: '2026-10-30' });
      await inspect({ inspectedOn: '2026-09-30' });
      const caseOf = async (area: string, filedOn: string) => (await fresh.request(a, 'POST', '/api/cases', { unitId: unit, area, cause: '案由', source: 'inspection', sourceId: order.id, handlerIds: ids.slice(0, 2), filedOn })).json();
      const first = await caseOf('medical', '2026-10-06');
      expect((await fresh.request(a, 'GET', `/api/inspections/${order.id}`)).json()).toMatchObject({ orderStatus: 'case_filed', caseNo: first.caseNo });
      const second = (await fresh.request(a, 'POST', '/api/cases', { partyName: '李某', area: 'radiation', cause: '案由', source: 'other', handlerIds: ids.slice(1), filedOn: '2026-10-07' })).json();
      await fresh.request(a, 'POST', `/api/cases/${second.id}/dismiss`, { dismissedOn: '2026-10-08', reason: '证据不足' });
      const figures = (await fresh.request(a, 'GET', '/api/cases/indicators?period=2026-10')).json();
      expect(figures).toEqual({
        period: { key: '2026-10', label: '2026年10月', start: '2026-10-01', end: '2026-10-31' },
        inspections: 3, inspectorVisits: 3 + 2 + 2, ordersIssued: 2, ordersClosed: 0, ordersOverdue: 0,
        casesFiled: 2, casesFiledByArea: { medical: 1, medical_waste: 0, infectious: 0, radiation: 1, public_place: 0, drinking_water: 0, other: 0 },
        casesEnded: 1, closureRate: { numerator: 1, denominator: 2, unit: '%', value: 50 }, finesDecided: 0, finesCollected: 0,
      });
      expect((await fresh.request(a, 'GET', '/api/cases/indicators?period=2026Q4')).json().inspections).toBe(3);
      expect((await fresh.request(a, 'GET', '/api/cases/indicators?period=2026-13')).json().fields[0].path).toBe('period');
      // The township of the unit holds all but the case against a person, filed at county level.
      const township = (await fresh.request(a, 'GET', `/api/cases/indicators?period=2026-10&area=${county.townshipCodes[0]}`)).json();
      expect(township).toMatchObject({ inspections: 3, casesFiled: 1, closureRate: { numerator: 0, denominator: 1 } });
      expect((await fresh.request(a, 'GET', `/api/cases/indicators?period=2026-10&area=${county.townshipCodes[1]}`)).json()).toMatchObject({ inspections: 0, casesFiled: 0 });
      const { other } = await fresh.twoCounties();
      expect((await fresh.request(a, 'GET', `/api/cases/indicators?period=2026-10&area=${other.countyCode}`)).statusCode).toBe(404);
    } finally {
      await fresh.close();
    }
  });
});
