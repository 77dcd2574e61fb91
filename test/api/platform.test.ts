import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { postgresUrl } from '../support/testDatabase.js';

describe('platform', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  describe('GET /api/health', () => {
    it('answers ok with the database kind, without signing in', async () => {
      const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok', db: postgresUrl() ? 'postgres' : 'pglite' });
    });
  });

  describe('OpenAPI', () => {
    it('documents every route with its schemas at /api/docs/json', async () => {
      const response = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
      expect(response.statusCode).toBe(200);
      const doc = response.json();
      expect(doc.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.paths).sort()).toEqual([
        '/api/audit', '/api/auth/login', '/api/auth/logout', '/api/auth/me', '/api/auth/password',
        '/api/cases', '/api/cases/indicators', '/api/cases/{id}', '/api/cases/{id}/close', '/api/cases/{id}/decide', '/api/cases/{id}/dismiss',
        '/api/cases/{id}/documents', '/api/cases/{id}/documents/{documentId}', '/api/cases/{id}/execute', '/api/cases/{id}/investigate',
        '/api/complaints', '/api/complaints/{id}', '/api/complaints/{id}/assign', '/api/complaints/{id}/close',
        '/api/complaints/{id}/investigate', '/api/complaints/{id}/reply',
        '/api/data-set-templates', '/api/data-sets', '/api/data-sets/from-template', '/api/data-sets/{id}',
        '/api/divisions', '/api/gradings', '/api/gradings/setup', '/api/gradings/{id}', '/api/gradings/{id}/appeal',
        '/api/gradings/{id}/decide-appeal', '/api/gradings/{id}/discard', '/api/gradings/{id}/publish', '/api/gradings/{id}/reply',
        '/api/gradings/{id}/request-regrade', '/api/health', '/api/inbox', '/api/inspections', '/api/inspections/officers', '/api/inspections/{id}',
        '/api/licensing', '/api/licensing/indicators', '/api/licensing/{id}', '/api/licensing/{id}/issue', '/api/licensing/{id}/pass-documents',
        '/api/licensing/{id}/pass-site', '/api/licensing/{id}/refuse', '/api/licensing/{id}/review-documents', '/api/licensing/{id}/withdraw',
        '/api/notifications', '/api/notifications/read-all', '/api/notifications/unread-count', '/api/notifications/{id}/read',
        '/api/orgs', '/api/orgs/{id}', '/api/orgs/{id}/close',
        '/api/orgs/{id}/merge', '/api/orgs/{id}/rename',
        '/api/patrols', '/api/patrols/coverage', '/api/patrols/unpatrolled', '/api/patrols/{id}', '/api/patrols/{id}/photos',
        '/api/patrols/{id}/photos/{photoId}', '/api/public/complaints', '/api/public/complaints/{code}', '/api/public/divisions',
        '/api/public/licences', '/api/public/open-data/graded-units', '/api/public/open-data/graded-units.csv',
        '/api/public/random-inspections/items', '/api/public/random-inspections/plans', '/api/public/random-inspections/plans/{id}',
        '/api/public/random-inspections/plans/{id}/draw.json', '/api/public/unit-areas', '/api/public/units', '/api/random-inspections/conflicts',
        '/api/random-inspections/conflicts/{id}', '/api/random-inspections/items', '/api/random-inspections/items/{id}',
        '/api/random-inspections/plans', '/api/random-inspections/plans/{id}', '/api/random-inspections/plans/{id}/cancel',
        '/api/random-inspections/plans/{id}/commit', '/api/random-inspections/plans/{id}/draw', '/api/random-inspections/plans/{id}/publish',
        '/api/random-inspections/plans/{id}/tasks/{taskId}/result', '/api/rectifications', '/api/rectifications/{id}',
        '/api/rectifications/{id}/escalate',
        '/api/registers/patrols', '/api/registers/reports',
        '/api/report-categories', '/api/reports', '/api/reports/indicators', '/api/reports/missed', '/api/reports/{id}',
        '/api/reports/{id}/accept', '/api/reports/{id}/close', '/api/reports/{id}/verify',
        '/api/statistics/dashboard', '/api/statistics/dashboard.xlsx',
        '/api/statistics/data-sets/{id}', '/api/statistics/data-sets/{id}/export.xlsx',
        '/api/submissions', '/api/submissions/mine', '/api/submissions/summary', '/api/submissions/summary.xlsx', '/api/submissions/{dataSetId}/{orgId}/{period}',
        '/api/submissions/{dataSetId}/{orgId}/{period}/accept', '/api/submissions/{dataSetId}/{orgId}/{period}/reopen',
        '/api/submissions/{dataSetId}/{orgId}/{period}/return', '/api/submissions/{dataSetId}/{orgId}/{period}/submit', '/api/unit-categories', '/api/units', '/api/units/export',
        '/api/units/filing-rate', '/api/units/import', '/api/units/import-template', '/api/units/{id}', '/api/units/{id}/close',
        '/api/units/{id}/history', '/api/users', '/api/users/{id}', '/api/users/{id}/reset-password',
      ]);
      expect(doc.paths['/api/users'].post.requestBody.content['application/json'].schema.required).toEqual(
        expect.arrayContaining(['username', 'displayName', 'role', 'orgId', 'password']),
      );
    });

    it('serves browsable docs', async () => {
      const response = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
    });
  });

  describe('errors', () => {
    it('answers unknown API paths with a JSON 404 (after sign-in) and never a stack trace', async () => {
      const county = await ctx.newCounty();
      const cookie = await ctx.login((await ctx.newUser({ orgId: county.instituteId, role: 'admin' })).username);
      const response = await ctx.request(cookie, 'GET', '/api/nowhere');
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ error: 'NotFound', message: '接口不存在' });
    });

    it('answers malformed JSON with 400, not 500', async () => {
      const response = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toBe('BadRequest');
      expect(response.body).not.toMatch(/at .*\.js/);
    });

    it('answers a malformed id with 400 naming the field', async () => {
      const county = await ctx.newCounty();
      const cookie = await ctx.login((await ctx.newUser({ orgId: county.instituteId, role: 'admin' })).username);
      const response = await ctx.request(cookie, 'GET', '/api/orgs/not-a-uuid');
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual([{ path: 'id', message: '编号格式不正确' }]);
    });
  });

  describe('migrations', () => {
    it('ran from empty to the full schema, and running them again changes nothing', async () => {
      const tables = await sql<{ table_name: string }>`
        select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(ctx.database.db);
      expect(tables.rows.map((r) => r.table_name)).toEqual([
        'audit_log', 'case_documents', 'cases', 'complaints', 'data_set_fields', 'data_sets', 'data_values', 'divisions', 'gradings', 'inspections',
        'inspector_conflicts', 'kysely_migration', 'kysely_migration_lock', 'licence_applications', 'login_attempts', 'missed_reports',
        'notifications', 'org_names', 'orgs', 'patrol_photos', 'patrols', 'random_inspection_items', 'random_inspection_plans',
        'random_inspection_tasks', 'rectifications', 'reports', 'sessions',
        'submissions', 'units', 'users',
      ]);
      expect(await migrateToLatest(ctx.database.db)).toEqual([]);
    });

    it('indexes the scope path for prefix search', async () => {
      const indexes = await sql<{ indexdef: string }>`select indexdef from pg_indexes where tablename = 'orgs'`.execute(ctx.database.db);
      expect(indexes.rows.some((r) => /orgs_path_idx .*text_pattern_ops/.test(r.indexdef))).toBe(true);
    });
  });

  describe('GET /api/divisions', () => {
    it('lists the user’s own division, then its children, and refuses another county', async () => {
      const home = await ctx.newCounty();
      const other = await ctx.newCounty();
      const cookie = await ctx.login((await ctx.newUser({ orgId: home.instituteId, role: 'admin' })).username);
      const top = (await ctx.request(cookie, 'GET', '/api/divisions')).json().items;
      expect(top).toEqual([{ code: home.countyCode, name: `测试区划${home.countyCode}`, level: 'county', parentCode: '990100', hasChildren: true }]);
      const children = (await ctx.request(cookie, 'GET', `/api/divisions?parentCode=${home.countyCode}`)).json().items;
      expect(children.map((d: { code: string }) => d.code)).toEqual(home.townshipCodes);
      expect(children[0]).toMatchObject({ level: 'township', hasChildren: true });
      expect((await ctx.request(cookie, 'GET', `/api/divisions?parentCode=${other.countyCode}`)).statusCode).toBe(404);
      expect((await ctx.request(cookie, 'GET', '/api/divisions?parentCode=990100')).statusCode).toBe(404);
    });
  });
});
