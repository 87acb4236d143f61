import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  errorResponseSchema,
  organizationPageSchema,
  organizationSchema,
} from '@canhgiac/contracts';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';
import { as, login } from '../support/auth';

function expectErrorShape(body: unknown, status: number) {
  const parsed = errorResponseSchema.parse(body);
  expect(parsed.statusCode).toBe(status);
  expect(parsed.message.length).toBeGreaterThan(0);
  return parsed;
}

describe.each(testDatabaseKinds())('foundation over HTTP (%s)', (kind) => {
  let t: TestApp;
  let webDist: string;
  let staff: ReturnType<typeof as>;

  beforeAll(async () => {
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-web-'));
    fs.writeFileSync(
      path.join(webDist, 'index.html'),
      '<!doctype html><html lang="vi"><title>Cảnh Giác</title></html>',
    );
    t = await createTestApp(kind, { WEB_DIST: webDist });
    staff = as(t, await login(t, 'staff'));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  it('reports health and which database is in use', async () => {
    const res = await request(t.http).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: kind });
  });

  it('lists the 9 district-level units of Nam Định and the 24 communes of Hải Hậu as they were before 1/7/2025', async () => {
    const districts = await staff.get('/api/admin-units?level=district&on=2025-03-01').expect(200);
    expect(districts.body).toHaveLength(9);
    expect(districts.body.map((d: { name: string }) => d.name)).toContain('Huyện Hải Hậu');
    const communes = await staff
      .get('/api/admin-units?level=commune&parentCode=366&on=2025-03-01')
      .expect(200);
    expect(communes.body).toHaveLength(24);
  });

  it('has no district today, and refuses a district for an organization with a reason', async () => {
    expect((await staff.get('/api/admin-units?level=district').expect(200)).body).toEqual([]);
    const res = await staff
      .post('/api/organizations')
      .send({ name: 'Hội Y', kind: 'other', districtCode: '366' })
      .expect(400);
    expect(expectErrorShape(res.body, 400).details).toEqual([
      { path: 'districtCode', message: expect.stringContaining('không còn cấp huyện') },
    ]);
  });

  it('refuses an unknown level with the documented error shape', async () => {
    const res = await staff.get('/api/admin-units?level=hamlet').expect(400);
    const error = expectErrorShape(res.body, 400);
    expect(error.details?.[0].path).toBe('level');
  });

  it('creates, reads, updates and searches organizations without accents', async () => {
    const created = await staff
      .post('/api/organizations')
      .send({ name: '  Hội  Nông dân xã Hải Đông ', kind: 'farmers_association' })
      .expect(201);
    const organization = organizationSchema.parse(created.body);
    expect(organization.name).toBe('Hội Nông dân xã Hải Đông');

    await staff.get(`/api/organizations/${organization.id}`).expect(200);
    const updated = await staff
      .patch(`/api/organizations/${organization.id}`)
      .send({ kind: 'other' })
      .expect(200);
    expect(updated.body.kind).toBe('other');

    const search = await staff.get('/api/organizations?q=hoi nong dan xa hai dong').expect(200);
    const page = organizationPageSchema.parse(search.body);
    expect(page.items.map((o) => o.id)).toEqual([organization.id]);
  });

  it('answers a second organization with the same name with 409 and its id', async () => {
    const body = { name: 'Hội Người cao tuổi xã Hải Hậu', kind: 'other' };
    const first = await staff.post('/api/organizations').send(body).expect(201);
    const res = await staff
      .post('/api/organizations')
      .send({ ...body, name: 'hội người cao tuổi xã hải hậu' })
      .expect(409);
    expectErrorShape(res.body, 409);
    expect(res.body.existingId).toBe(first.body.id);
  });

  it('refuses a district code that does not exist, naming the field', async () => {
    const res = await staff
      .post('/api/organizations')
      .send({ name: 'Hội X', kind: 'other', districtCode: '999' })
      .expect(400);
    expect(expectErrorShape(res.body, 400).details).toEqual([
      { path: 'districtCode', message: expect.any(String) },
    ]);
  });

  it('pages the organization list and caps the page size', async () => {
    const res = await staff.get('/api/organizations?page=1&pageSize=2').expect(200);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.total).toBeGreaterThan(2);
    await staff.get('/api/organizations?pageSize=501').expect(400);
    await staff.get('/api/organizations?page=0').expect(400);
  });

  it.each([
    [
      'malformed JSON',
      () =>
        staff.post('/api/organizations').set('content-type', 'application/json').send('{"name":'),
      400,
    ],
    [
      'an oversized body',
      () =>
        staff.post('/api/organizations').send({ name: 'x'.repeat(2 * 1024 * 1024), kind: 'other' }),
      413,
    ],
    ['an unknown route', () => staff.get('/api/no-such-thing'), 404],
    ['an unknown method on a route', () => staff.delete('/api/organizations'), 404],
    ['a malformed id', () => staff.get('/api/organizations/not-a-uuid'), 400],
    ['a broken escape in the path', () => staff.get('/api/admin-units/%/history'), 400],
    ['a broken escape in an id', () => staff.get('/api/organizations/%E0%A4%A'), 400],
    [
      'an unknown id',
      () => staff.get('/api/organizations/7a1d7d1e-1111-4c2e-9f00-000000000000'),
      404,
    ],
    [
      'a wrong type',
      () => staff.post('/api/organizations').send({ name: 42, kind: ['farmers_association'] }),
      400,
    ],
    [
      'an unexpected field',
      () => staff.post('/api/organizations').send({ name: 'A', kind: 'other', admin: true }),
      400,
    ],
    [
      'an empty update',
      () => staff.patch('/api/organizations/7a1d7d1e-1111-4c2e-9f00-000000000000').send({}),
      400,
    ],
    ['a JSON array body', () => staff.post('/api/organizations').send([1, 2]), 400],
  ])('answers %s with %i in the documented shape', async (_what, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    expectErrorShape(res.body, status);
  });

  it('answers a broken compressed body with 400, not 500', async () => {
    const res = await request(t.http)
      .post('/api/organizations')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send('{');
    expect(res.status).toBe(400);
    expectErrorShape(res.body, 400);
  });

  it('answers an over-long request line in the documented shape', async () => {
    const res = await request(t.http).get(`/api/conferences?q=${'a'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expectErrorShape(res.body, 431);
  });

  it('serves the OpenAPI document generated from the contracts, and Swagger UI', async () => {
    const res = await request(t.http).get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/admin-units',
        '/api/organizations',
        '/api/organizations/{id}',
      ]),
    );
    const post = res.body.paths['/api/organizations'].post;
    const ref: string = post.requestBody.content['application/json'].schema.$ref;
    const schema = res.body.components.schemas[ref.split('/').pop()!];
    expect(schema.properties.kind.enum).toContain('farmers_association');
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'kind']));
    await request(t.http).get('/api/docs').redirects(1).expect(200);
  });

  it('serves the web app at / and for client routes, but never shadows /api', async () => {
    const home = await request(t.http).get('/').expect(200);
    expect(home.text).toContain('Cảnh Giác');
    const clientRoute = await request(t.http).get('/verify/abc').expect(200);
    expect(clientRoute.headers['content-type']).toContain('text/html');
    const api = await request(t.http).get('/api/verify/abc').expect(404);
    expect(api.headers['content-type']).toContain('application/json');
  });

  it('sends security headers', async () => {
    const res = await request(t.http).get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
