import type { Role } from '@canhgiac/contracts';
import request from 'supertest';
import { as, type DemoUser, login, loginDemoUsers } from '../support/auth';
import { personBody } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Who may call what: every route of the OpenAPI document × every role × an anonymous caller.
 * A route that is added without a row here fails this test; so does a row whose route is gone.
 *
 * "allowed" callers must get past authorization (any status but 401/403, and never a 5xx);
 * other roles get 403, and an anonymous caller 401 unless the route is public.
 */
type Rule = 'public' | readonly Role[];
const ALL: Rule = ['admin', 'staff', 'coordinator', 'leader'];
const STAFF: Rule = ['admin', 'staff'];
const ADMIN: Rule = ['admin'];
/** Participants' personal data: never leaders. */
const PEOPLE: Rule = ['admin', 'staff', 'coordinator'];
/** Leaflet stock: no personal data, so leadership reads it too. */
const STOCK: Rule = ['admin', 'staff', 'leader'];

export const accessMatrix: Record<string, Rule> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/refresh': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/auth/me': ALL,
  'POST /api/auth/password': ALL,
  'GET /api/users': ADMIN,
  'POST /api/users': ADMIN,
  'GET /api/users/{id}': ADMIN,
  'PATCH /api/users/{id}': ADMIN,
  'GET /api/audit': ADMIN,
  'GET /api/admin-units': ALL,
  'GET /api/admin-units/{code}/history': ALL,
  'GET /api/organizations': ALL,
  'POST /api/organizations': STAFF,
  'GET /api/organizations/{id}': ALL,
  'PATCH /api/organizations/{id}': STAFF,
  'GET /api/campaigns': ALL,
  'POST /api/campaigns': STAFF,
  'GET /api/campaigns/{id}': ALL,
  'PATCH /api/campaigns/{id}': STAFF,
  'GET /api/campaigns/{id}/progress': ALL,
  'GET /api/conferences': ALL,
  'POST /api/conferences': STAFF,
  'GET /api/conferences/{id}': ALL,
  'PATCH /api/conferences/{id}': STAFF,
  'POST /api/conferences/{id}/status': STAFF,
  'GET /api/people': PEOPLE,
  'POST /api/people': PEOPLE,
  'GET /api/people/{id}': PEOPLE,
  'PATCH /api/people/{id}': PEOPLE,
  'DELETE /api/people/{id}': STAFF,
  'GET /api/conferences/{id}/registrations': PEOPLE,
  'POST /api/conferences/{id}/registrations': PEOPLE,
  'DELETE /api/conferences/{id}/registrations/{registrationId}': PEOPLE,
  'POST /api/conferences/{id}/registrations/import': PEOPLE,
  'POST /api/conferences/{id}/registrations/import/annotated.xlsx': PEOPLE,
  'GET /api/conferences/{id}/registrations/template.xlsx': PEOPLE,
  'POST /api/conferences/{id}/attendance': PEOPLE,
  'POST /api/conferences/{id}/attendance/sync': PEOPLE,
  'GET /api/conferences/{id}/roster': PEOPLE,
  'GET /api/conferences/{id}/roll-call.pdf': PEOPLE,
  'POST /api/conferences/{id}/certificates': STAFF,
  'GET /api/conferences/{id}/certificates/issue-preview': STAFF,
  'GET /api/conferences/{id}/certificates': PEOPLE,
  'GET /api/conferences/{id}/certificates.pdf': PEOPLE,
  'GET /api/certificates/{id}.pdf': PEOPLE,
  'GET /api/certificates/{id}': PEOPLE,
  'POST /api/certificates/{id}/revoke': STAFF,
  'POST /api/certificates/{id}/reissue': STAFF,
  /** Counts only, no holder: leadership reads it too; a coordinator's counts its organization. */
  'GET /api/certificate-summary': ALL,
  'GET /api/public/verify/{verifyCode}': 'public',
  'GET /api/leaflet-batches': STOCK,
  'POST /api/leaflet-batches': STAFF,
  'GET /api/leaflet-batches/{id}': STOCK,
  'PATCH /api/leaflet-batches/{id}': STAFF,
  'GET /api/leaflet-batches/{id}/allocations': STOCK,
  'POST /api/leaflet-batches/{id}/allocations': STAFF,
  'GET /api/leaflet-allocations': STOCK,
  'GET /api/leaflet-allocations/{id}': STOCK,
  'POST /api/leaflet-allocations/{id}/deliver': STAFF,
  'POST /api/leaflet-allocations/{id}/cancel': STAFF,
  'GET /api/leaflet-allocations/{id}/slip.pdf': STAFF,
  'GET /api/leaflets/summary': STOCK,
  'GET /api/reports/coverage': ALL,
  'GET /api/reports/dashboard': STOCK,
  'GET /api/campaigns/{id}/activities': PEOPLE,
  'POST /api/campaigns/{id}/activities': PEOPLE,
  'POST /api/campaigns/{id}/activities/import': PEOPLE,
  'GET /api/activities/{id}': PEOPLE,
  'PATCH /api/activities/{id}': PEOPLE,
  'DELETE /api/activities/{id}': STAFF,
  'GET /api/campaigns/{id}/targets': ALL,
  'PUT /api/campaigns/{id}/targets': STAFF,
  'GET /api/reports/channels': ALL,
  'GET /api/reports/matrix': ALL,
  'GET /api/reports/plan-report': STOCK,
  'GET /api/campaigns/{id}/report-texts': STOCK,
  'PUT /api/campaigns/{id}/report-texts': STAFF,
  'GET /api/privacy/retention': ADMIN,
  'POST /api/privacy/retention/run': ADMIN,
  // Every role reaches the jobs; each kind then refuses what its synchronous route refuses.
  'POST /api/jobs': ALL,
  'GET /api/jobs/{id}': ALL,
  'GET /api/jobs/{id}/result': ALL,
};

const callers: Array<DemoUser | 'anonymous'> = [
  'anonymous',
  'admin',
  'staff',
  'coordinator',
  'leader',
];
const roleOf: Record<DemoUser, Role> = {
  admin: 'admin',
  staff: 'staff',
  coordinator: 'coordinator',
  otherCoordinator: 'coordinator',
  leader: 'leader',
};

function expectedOutcome(rule: Rule, caller: DemoUser | 'anonymous'): 'allowed' | 401 | 403 {
  if (rule === 'public') return 'allowed';
  if (caller === 'anonymous') return 401;
  return rule.includes(roleOf[caller]) ? 'allowed' : 403;
}

/** A path with its parameters filled by an id that exists nowhere. */
const concrete = (path: string) =>
  path.replace(/\{[^}]+\}/gu, '00000000-0000-4000-8000-000000000000');

describe('authorization matrix', () => {
  let t: TestApp;
  let tokens: Record<DemoUser, string>;
  let operations: string[];

  beforeAll(async () => {
    t = await createTestApp('embedded');
    tokens = await loginDemoUsers(t);
    const doc = await request(t.http).get('/api/docs-json').expect(200);
    operations = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, item]) =>
        Object.keys(item)
          .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
          .map((method) => `${method.toUpperCase()} ${path}`),
    );
  });
  afterAll(() => t.close());

  it('has a row for every route of the API, and no row for a route that does not exist', () => {
    expect([...operations].sort()).toEqual(Object.keys(accessMatrix).sort());
  });

  it('gives each caller the expected answer on every route', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const operation of operations) {
      const [method, path] = operation.split(' ');
      for (const caller of callers) {
        const expected = expectedOutcome(accessMatrix[operation], caller);
        let req = request(t.http)[method.toLowerCase() as 'get'](concrete(path));
        if (caller !== 'anonymous') req = req.set('Authorization', `Bearer ${tokens[caller]}`);
        if (method !== 'GET') req = req.send({});
        const res = await req;
        checked += 1;
        // A public route may still answer 401 for its own reasons (a refresh without a session).
        const denied = accessMatrix[operation] === 'public' ? [403] : [401, 403];
        const ok =
          expected === 'allowed'
            ? !denied.includes(res.status) && res.status < 500
            : res.status === expected;
        if (!ok)
          failures.push(`${operation} as ${caller}: expected ${expected}, got ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(operations.length * callers.length);
  });
  /**
   * Whose members each coordinator reads: an association's provincial coordinator reads its own
   * and its commune branches' members; a branch coordinator only the branch's; nobody another
   * association's. The same for people and for registrations.
   */
  it('keeps each coordinator to their organization and, for an association, its branches', async () => {
    const coordinators = {
      province: 'coord.farmers',
      haiHau: 'coord.farmers.haihau',
      namDinh: 'coord.farmers.namdinh',
      veterans: 'coord.veterans',
    } as const;
    type Coordinator = keyof typeof coordinators;
    const names = Object.keys(coordinators) as Coordinator[];
    const clients = Object.fromEntries(
      await Promise.all(
        names.map(async (name) => [name, as(t, await login(t, coordinators[name]))] as const),
      ),
    ) as Record<Coordinator, ReturnType<typeof as>>;
    const conference = (
      await as(t, tokens.staff).get('/api/conferences?status=planned&pageSize=1').expect(200)
    ).body.items[0] as { id: string };
    const members = {} as Record<Coordinator, { person: string; registration: string }>;
    for (const name of names) {
      const registered = await clients[name]
        .post(`/api/conferences/${conference.id}/registrations`)
        .send({ person: personBody() })
        .expect(201);
      members[name] = { person: registered.body.person.id, registration: registered.body.id };
    }
    const sees: Record<Coordinator, Coordinator[]> = {
      province: ['province', 'haiHau', 'namDinh'],
      haiHau: ['haiHau'],
      namDinh: ['namDinh'],
      veterans: ['veterans'],
    };
    const failures: string[] = [];
    for (const reader of names) {
      const listed = (
        await clients[reader].get(`/api/conferences/${conference.id}/registrations`).expect(200)
      ).body as Array<{ id: string }>;
      for (const member of names) {
        const expected = sees[reader].includes(member);
        const person = await clients[reader].get(`/api/people/${members[member].person}`);
        if ((person.status === 200) !== expected || ![200, 404].includes(person.status))
          failures.push(`${reader} reading ${member}'s member: ${person.status}`);
        const onList = listed.some((r) => r.id === members[member].registration);
        if (onList !== expected)
          failures.push(`${reader} ${onList ? 'lists' : 'does not list'} ${member}'s registration`);
      }
    }
    expect(failures).toEqual([]);
  });
});
