import { createHmac, randomUUID } from 'node:crypto';
import { as, type DemoUser, loginDemoUsers } from '../../support/auth';
import {
  conferenceBody,
  createCampaign,
  createConference,
  personBody,
} from '../../support/factories';
import { TEST_JWT_SECRET, type TestApp } from '../../support/test-app';
import type { Pools } from './openapi';

type Client = ReturnType<typeof as>;

async function ok<T = Record<string, unknown>>(
  what: string,
  req: PromiseLike<{ status: number; body: unknown }>,
  expected: number,
): Promise<T> {
  const res = await req;
  if (res.status !== expected)
    throw new Error(
      `fuzz fixture ${what}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body)}`,
    );
  return res.body as T;
}

const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

export interface Fixtures {
  tokens: Record<DemoUser, string>;
  pools: Pools;
  /** Authorization header values that must never get past authentication. */
  forged: string[];
}

/**
 * A little real data beside the demo seed, so that generated requests carry ids that exist:
 * a campaign, conferences (planned, and held with certificates), people of no organization and
 * of the coordinator's, registrations (one checked in), a leaflet batch with allocations, and
 * a user the fuzzer may edit freely (the demo users' own accounts stay as they are).
 */
export async function createFixtures(t: TestApp): Promise<Fixtures> {
  const tokens = await loginDemoUsers(t);
  const staff: Client = as(t, tokens.staff);
  const admin: Client = as(t, tokens.admin);
  const coordinator: Client = as(t, tokens.coordinator);

  const me = await ok<{ organizationId: string; id: string }>(
    'coordinator',
    coordinator.get('/api/auth/me'),
    200,
  );
  const adminMe = await ok<{ id: string }>('admin', admin.get('/api/auth/me'), 200);
  const organizations = await ok<{ items: Array<{ id: string }> }>(
    'organizations',
    staff.get('/api/organizations?pageSize=500'),
    200,
  );

  const campaign = await createCampaign(staff, { name: 'Chiến dịch kiểm thử mờ (fuzz)' });
  const planned = await createConference(
    staff,
    conferenceBody(campaign.id, '2026-03-05', 8, 11, { venue: 'Hội trường fuzz A' }),
  );
  const future = await createConference(
    staff,
    conferenceBody(campaign.id, '2026-12-15', 14, 16, { venue: 'Hội trường fuzz B', capacity: 3 }),
  );
  const held = await createConference(
    staff,
    conferenceBody(campaign.id, '2026-02-10', 8, 11, { venue: 'Hội trường fuzz C' }),
  );

  const loner = await ok<{ id: string }>(
    'person',
    staff.post('/api/people').send(personBody({ fullName: 'Phạm Văn Kiểm' })),
    201,
  );
  const member = await ok<{ id: string }>(
    'person',
    staff
      .post('/api/people')
      .send(personBody({ fullName: 'Lê Thị Thử', organizationId: me.organizationId })),
    201,
  );
  const own = await ok<{ id: string }>(
    'person',
    coordinator
      .post('/api/people')
      .send(personBody({ fullName: 'Vũ Văn Mờ', phone: '0912345678' })),
    201,
  );

  const registrations: Array<{ id: string; checkInCode: string }> = [];
  for (const personId of [loner.id, member.id, own.id]) {
    registrations.push(
      await ok(
        'registration',
        staff.post(`/api/conferences/${planned.id}/registrations`).send({ personId }),
        201,
      ),
    );
  }
  await ok(
    'check-in',
    staff
      .post(`/api/conferences/${planned.id}/attendance`)
      .send({ registrationId: registrations[0].id }),
    200,
  );
  for (const personId of [loner.id, member.id]) {
    const reg = await ok<{ id: string; checkInCode: string }>(
      'registration',
      staff.post(`/api/conferences/${held.id}/registrations`).send({ personId }),
      201,
    );
    registrations.push(reg);
    await ok(
      'check-in',
      staff.post(`/api/conferences/${held.id}/attendance`).send({ registrationId: reg.id }),
      200,
    );
  }
  await ok(
    'confirm',
    staff.post(`/api/conferences/${held.id}/status`).send({ status: 'confirmed' }),
    200,
  );
  await ok('hold', staff.post(`/api/conferences/${held.id}/status`).send({ status: 'held' }), 200);
  const issued = await ok<{ certificates: Array<{ id: string; verifyCode: string }> }>(
    'certificates',
    staff.post(`/api/conferences/${held.id}/certificates`),
    200,
  );
  await ok(
    'revoke',
    staff.post(`/api/certificates/${issued.certificates[1].id}/revoke`).send({ reason: 'Sai tên' }),
    200,
  );

  const batch = await ok<{ id: string }>(
    'batch',
    staff.post('/api/leaflet-batches').send({
      title: 'Tờ rơi fuzz',
      quantity: 50_000,
      receivedOn: '2026-01-15',
      campaignId: campaign.id,
    }),
    201,
  );
  const planA = await ok<{ id: string }>(
    'allocation',
    staff
      .post(`/api/leaflet-batches/${batch.id}/allocations`)
      .send({ quantity: 100, organizationId: me.organizationId }),
    201,
  );
  const planB = await ok<{ id: string }>(
    'allocation',
    staff
      .post(`/api/leaflet-batches/${batch.id}/allocations`)
      .send({ quantity: 50, conferenceId: planned.id }),
    201,
  );
  await ok(
    'deliver',
    staff
      .post(`/api/leaflet-allocations/${planB.id}/deliver`)
      .send({ deliveredOn: '2026-03-05', receivedBy: 'Nguyễn Văn Nhận' }),
    200,
  );

  const victim = await ok<{ id: string }>(
    'user',
    admin.post('/api/users').send({
      username: 'fuzz.victim',
      fullName: 'Người dùng thử',
      role: 'staff',
      password: 'fuzz-victim-password',
    }),
    201,
  );

  const districts = await ok<Array<{ code: string }>>(
    'districts',
    // Districts ended on 30/6/2025; the reports still filter by a former one.
    staff.get('/api/admin-units?level=district&on=2025-03-01'),
    200,
  );
  const communes = await ok<Array<{ code: string }>>(
    'communes',
    staff.get('/api/admin-units?level=commune'),
    200,
  );
  const conferences = await ok<{ items: Array<{ id: string }> }>(
    'conferences',
    staff.get('/api/conferences?pageSize=20'),
    200,
  );
  const people = await ok<{ items: Array<{ id: string }> }>(
    'people',
    staff.get('/api/people?pageSize=20'),
    200,
  );

  const pools: Pools = {
    campaign: [campaign.id],
    conference: [...new Set([planned.id, future.id, held.id, ...ids(conferences.items)])],
    person: [...new Set([loner.id, member.id, own.id, ...ids(people.items)])],
    organization: ids(organizations.items),
    registration: ids(registrations),
    user: [victim.id],
    certificate: ids(issued.certificates),
    batch: [batch.id],
    allocation: [planA.id, planB.id],
    verifyCode: issued.certificates.map((c) => c.verifyCode),
    checkInCode: registrations.map((r) => r.checkInCode).filter(Boolean),
    commune: communes.slice(0, 8).map((c) => c.code),
    district: districts.slice(0, 5).map((d) => d.code),
  };

  return { tokens, pools, forged: forgedHeaders(adminMe.id) };
}

const b64url = (value: object | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function jwt(header: object, payload: object, secret?: string): string {
  const unsigned = `${b64url(header)}.${b64url(payload)}`;
  const signature = secret ? createHmac('sha256', secret).update(unsigned).digest('base64url') : '';
  return `${unsigned}.${signature}`;
}

/** Tokens an attacker could make: wrong key, no signature, expired, another algorithm, garbage. */
function forgedHeaders(adminId: string): string[] {
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: adminId, ver: 0, iat: now, exp: now + 3600 };
  const hs256 = { alg: 'HS256', typ: 'JWT' };
  return [
    `Bearer ${jwt(hs256, claims, 'not-the-secret-not-the-secret-not-the-secret')}`,
    `Bearer ${jwt(hs256, { ...claims, ver: 1 }, 'not-the-secret-not-the-secret-not-the-secret')}`,
    `Bearer ${jwt(hs256, { ...claims, iat: now - 7200, exp: now - 3600 }, TEST_JWT_SECRET)}`,
    `Bearer ${jwt({ alg: 'none', typ: 'JWT' }, claims)}`,
    `Bearer ${jwt({ alg: 'HS512', typ: 'JWT' }, claims, TEST_JWT_SECRET)}`,
    `Bearer ${jwt(hs256, { ...claims, sub: randomUUID() }, TEST_JWT_SECRET)}`,
    `Bearer ${jwt(hs256, { ...claims, sub: "' OR 1=1 --" }, TEST_JWT_SECRET)}`,
    `Bearer ${jwt(hs256, { ...claims, sub: adminId, ver: '0' }, TEST_JWT_SECRET)}`,
    `Bearer ${jwt(hs256, { ...claims, sub: adminId, ver: 999 }, TEST_JWT_SECRET)}`,
    `Bearer ${jwt(hs256, { ...claims, sub: { $ne: null } }, TEST_JWT_SECRET)}`,
    `Bearer ${jwt({ alg: 'HS256', typ: 'JWT', kid: '../../../dev/null' }, claims, '')}`,
    `Bearer ${b64url('{"alg":"HS256"')}.${b64url('{')}.x`,
    'Bearer not.a.jwt',
    'Bearer ',
    'Bearer',
    'Bearer a b',
    `Bearer ${'A'.repeat(6000)}`,
    'Basic YWRtaW46ZGVtby1wYXNzd29yZA==',
    'Token abc',
    'null',
    '',
  ];
}
