import { createHmac } from 'node:crypto';
import { auditPageSchema, errorResponseSchema, loginResponseSchema, userSchema } from '@canhgiac/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { as, login, loginDemoUsers } from '../support/auth';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

const b64url = (value: object | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function forge(header: object, payload: object, secret?: string) {
  const unsigned = `${b64url(header)}.${b64url(payload)}`;
  const signature = secret ? createHmac('sha256', secret).update(unsigned).digest('base64url') : '';
  return `${unsigned}.${signature}`;
}

function refreshCookieOf(res: request.Response): string {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('cg_refresh='));
  if (!cookie) throw new Error('no refresh cookie');
  return cookie.split(';')[0];
}

describe.each(testDatabaseKinds())('logging in and staying logged in (%s)', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('lets every demo user log in with the demo password and tells who they are', async () => {
    const tokens = await loginDemoUsers(t);
    const me = await as(t, tokens.coordinator).get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({ username: 'coord.farmers', role: 'coordinator' });
    expect(me.body.organizationId).toEqual(expect.any(String));
  });

  it('answers a wrong password with 401 in the documented shape, and records it', async () => {
    const res = await request(t.http).post('/api/auth/login').send({ username: 'staff', password: 'wrong-password' }).expect(401);
    expect(errorResponseSchema.parse(res.body).code).toBe('INVALID_CREDENTIALS');
    const admin = as(t, await login(t, 'admin'));
    const audit = auditPageSchema.parse((await admin.get('/api/audit?entity=session&action=login_failure').expect(200)).body);
    expect(audit.items[0]).toMatchObject({ username: 'staff', action: 'login_failure', summary: { reason: 'wrong_password' } });
    expect(JSON.stringify(audit.items)).not.toContain('wrong-password');
  });

  it('gives an unknown user the same answer as a wrong password', async () => {
    const res = await request(t.http).post('/api/auth/login').send({ username: 'nobody', password: 'whatever-123' }).expect(401);
    expect(res.body.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
  });

  it('refuses tokens with alg none, a wrong signature, an expired time or no token at all', async () => {
    const token = await login(t, 'admin');
    const [, payload] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const attempts = [
      forge({ alg: 'none', typ: 'JWT' }, claims),
      forge({ alg: 'HS256', typ: 'JWT' }, claims, 'not-the-secret-not-the-secret-not-the-secret'),
      forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, TEST_JWT_SECRET),
      forge({ alg: 'HS512', typ: 'JWT' }, claims, TEST_JWT_SECRET),
      `${token}x`,
    ];
    for (const forged of attempts) {
      const res = await as(t, forged).get('/api/auth/me');
      expect(res.status).toBe(401);
      expect(errorResponseSchema.parse(res.body).statusCode).toBe(401);
    }
    await request(t.http).get('/api/auth/me').expect(401);
    await request(t.http).get('/api/auth/me').set('Authorization', 'Basic abc').expect(401);
    // The genuine token still works.
    await as(t, token).get('/api/auth/me').expect(200);
  });

  it('keeps a session across a reload with the refresh cookie, rotating it, and ends it on logout', async () => {
    const loginRes = await request(t.http).post('/api/auth/login').send({ username: 'leader', password: 'demo-password' }).expect(200);
    loginResponseSchema.parse(loginRes.body);
    expect(loginRes.body).not.toHaveProperty('refreshToken');
    const setCookie = ([] as string[]).concat(loginRes.headers['set-cookie']).join(';');
    expect(setCookie).toMatch(/HttpOnly/iu);
    expect(setCookie).toMatch(/SameSite=Strict/iu);
    const first = refreshCookieOf(loginRes);

    const refreshed = await request(t.http).post('/api/auth/refresh').set('Cookie', first).expect(200);
    expect(refreshed.body.user.username).toBe('leader');
    await as(t, refreshed.body.accessToken).get('/api/auth/me').expect(200);
    const second = refreshCookieOf(refreshed);
    expect(second).not.toBe(first);

    // Past the grace for a lost reply, the spent cookie is refused, and its reuse ends the whole
    // family of sessions.
    await t.app.get(DataSource).query(`UPDATE refresh_token SET rotated_at = rotated_at - interval '31 seconds' WHERE rotated_at IS NOT NULL`);
    await request(t.http).post('/api/auth/refresh').set('Cookie', first).expect(401);
    await request(t.http).post('/api/auth/refresh').set('Cookie', second).expect(401);

    const again = await request(t.http).post('/api/auth/login').send({ username: 'leader', password: 'demo-password' }).expect(200);
    const cookie = refreshCookieOf(again);
    await request(t.http).post('/api/auth/logout').set('Cookie', cookie).expect(204);
    await request(t.http).post('/api/auth/refresh').set('Cookie', cookie).expect(401);
    const audit = await as(t, await login(t, 'admin')).get('/api/audit?entity=session&action=logout').expect(200);
    expect(audit.body.items[0]).toMatchObject({ username: 'leader', action: 'logout' });
  });

  it('accepts a just-rotated refresh cookie again when the reply carrying its successor was lost', async () => {
    const loginRes = await request(t.http).post('/api/auth/login').send({ username: 'staff', password: 'demo-password' }).expect(200);
    const first = refreshCookieOf(loginRes);
    // The browser sent the refresh, the server rotated, and the page closed before the reply.
    await request(t.http).post('/api/auth/refresh').set('Cookie', first).expect(200);
    // On the next load it still holds the first cookie: the session goes on, nothing is revoked.
    const retried = await request(t.http).post('/api/auth/refresh').set('Cookie', first).expect(200);
    const third = refreshCookieOf(retried);
    await as(t, retried.body.accessToken).get('/api/auth/me').expect(200);
    const next = await request(t.http).post('/api/auth/refresh').set('Cookie', third).expect(200);
    await as(t, next.body.accessToken).get('/api/auth/me').expect(200);

    // Two tabs refreshing with the same cookie at once both get a session.
    const racing = refreshCookieOf(next);
    const both = await Promise.all([1, 2].map(() => request(t.http).post('/api/auth/refresh').set('Cookie', racing)));
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    for (const res of both) await request(t.http).post('/api/auth/refresh').set('Cookie', refreshCookieOf(res)).expect(200);

    // After a logout the old cookie is a replay, grace or not: every session of the user ends.
    const other = refreshCookieOf(await request(t.http).post('/api/auth/login').send({ username: 'staff', password: 'demo-password' }).expect(200));
    const spent = refreshCookieOf(await request(t.http).post('/api/auth/login').send({ username: 'staff', password: 'demo-password' }).expect(200));
    const successor = refreshCookieOf(await request(t.http).post('/api/auth/refresh').set('Cookie', spent).expect(200));
    await request(t.http).post('/api/auth/logout').set('Cookie', successor).expect(204);
    await request(t.http).post('/api/auth/refresh').set('Cookie', spent).expect(401);
    await request(t.http).post('/api/auth/refresh').set('Cookie', other).expect(401);
  });

  it('ends the tokens of a deactivated user at once, and refuses their login', async () => {
    const admin = as(t, await login(t, 'admin'));
    const created = await admin
      .post('/api/users')
      .send({ username: 'tam.nguyen', fullName: 'Nguyễn Thị Tâm', role: 'staff', password: 'một mật khẩu dài' })
      .expect(201);
    const token = await login(t, 'tam.nguyen', 'một mật khẩu dài');
    await as(t, token).get('/api/auth/me').expect(200);
    await admin.patch(`/api/users/${created.body.id}`).send({ active: false }).expect(200);
    await as(t, token).get('/api/auth/me').expect(401);
    await request(t.http).post('/api/auth/login').send({ username: 'tam.nguyen', password: 'một mật khẩu dài' }).expect(401);
  });

  it('ends tokens issued before a password change; the new session continues', async () => {
    const admin = as(t, await login(t, 'admin'));
    await admin
      .post('/api/users')
      .send({ username: 'hoa.tran', fullName: 'Trần Thị Hoa', role: 'leader', password: 'first passphrase' })
      .expect(201);
    const before = await login(t, 'hoa.tran', 'first passphrase');
    const changed = await as(t, before)
      .post('/api/auth/password')
      .send({ currentPassword: 'first passphrase', newPassword: 'second passphrase' })
      .expect(200);
    await as(t, before).get('/api/auth/me').expect(401);
    await as(t, changed.body.accessToken).get('/api/auth/me').expect(200);
    await request(t.http).post('/api/auth/login').send({ username: 'hoa.tran', password: 'first passphrase' }).expect(401);
    await login(t, 'hoa.tran', 'second passphrase');
  });

  it('refuses a wrong current password on a password change', async () => {
    const token = await login(t, 'staff');
    const res = await as(t, token)
      .post('/api/auth/password')
      .send({ currentPassword: 'not my password', newPassword: 'another passphrase' })
      .expect(400);
    expect(res.body.details[0].path).toBe('currentPassword');
  });

  it('ends tokens when an admin resets a password', async () => {
    const admin = as(t, await login(t, 'admin'));
    const created = await admin
      .post('/api/users')
      .send({ username: 'binh.le', fullName: 'Lê Văn Bình', role: 'staff', password: 'original passphrase' })
      .expect(201);
    const token = await login(t, 'binh.le', 'original passphrase');
    await admin.patch(`/api/users/${created.body.id}`).send({ password: 'reset by the admin' }).expect(200);
    await as(t, token).get('/api/auth/me').expect(401);
    await login(t, 'binh.le', 'reset by the admin');
  });
});

describe.each(testDatabaseKinds())('managing users (%s)', (kind) => {
  let t: TestApp;
  let admin: ReturnType<typeof as>;
  let farmersId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = as(t, await login(t, 'admin'));
    const me = await as(t, await login(t, 'coord.farmers')).get('/api/auth/me');
    farmersId = me.body.organizationId;
  });
  afterAll(() => t.close());

  it('creates a coordinator bound to an organization, and records who did it', async () => {
    const res = await admin
      .post('/api/users')
      .send({ username: 'Coord.Women', fullName: '  Đỗ   Thị Mai ', role: 'coordinator', organizationId: farmersId, password: 'passphrase for mai' })
      .expect(201);
    const user = userSchema.parse(res.body);
    expect(user).toMatchObject({ username: 'coord.women', fullName: 'Đỗ Thị Mai', role: 'coordinator', active: true });
    expect(res.body).not.toHaveProperty('passwordHash');
    const audit = await admin.get(`/api/audit?entity=user&action=create`).expect(200);
    const entry = audit.body.items.find((item: { entityId: string }) => item.entityId === user.id);
    expect(entry).toMatchObject({ username: 'admin', summary: { username: 'coord.women', role: 'coordinator' } });
    expect(JSON.stringify(entry)).not.toContain('passphrase');
  });

  it.each([
    ['a coordinator without an organization', { username: 'c.x', fullName: 'X', role: 'coordinator', password: 'long enough pass' }, 'organizationId'],
    ['a password shorter than 10 characters', { username: 'short.pw', fullName: 'X', role: 'staff', password: 'short' }, 'password'],
    ['the username as the password', { username: 'same.as.name', fullName: 'X', role: 'staff', password: 'same.as.name' }, 'password'],
    ['an unknown organization', { username: 'c.y', fullName: 'X', role: 'coordinator', organizationId: '00000000-0000-4000-8000-000000000000', password: 'long enough pass' }, 'organizationId'],
    ['a username with spaces', { username: 'có dấu', fullName: 'X', role: 'staff', password: 'long enough pass' }, 'username'],
  ])('refuses %s, naming the field', async (_what, body, field) => {
    const res = await admin.post('/api/users').send(body).expect(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain(field);
  });

  it('refuses a username that is taken, whatever its case', async () => {
    const res = await admin
      .post('/api/users')
      .send({ username: 'STAFF', fullName: 'X', role: 'staff', password: 'long enough pass' })
      .expect(409);
    expect(res.body.code).toBe('USERNAME_TAKEN');
  });

  it('keeps an admin from locking themselves out', async () => {
    const me = await admin.get('/api/auth/me').expect(200);
    await admin.patch(`/api/users/${me.body.id}`).send({ active: false }).expect(409);
    await admin.patch(`/api/users/${me.body.id}`).send({ role: 'staff' }).expect(409);
  });

  it('filters the audit log by entity, user and period', async () => {
    const me = await admin.get('/api/auth/me').expect(200);
    // The audit filter's days are days in Vietnam; the day is the one the database stamped.
    const latest = auditPageSchema.parse((await admin.get(`/api/audit?entity=user&userId=${me.body.id}&pageSize=1`).expect(200)).body);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(latest.items[0].at));
    const res = await admin.get(`/api/audit?entity=user&userId=${me.body.id}&from=${today}&to=${today}&pageSize=5`).expect(200);
    const page = auditPageSchema.parse(res.body);
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) expect(item).toMatchObject({ entity: 'user', userId: me.body.id });
    const none = await admin.get('/api/audit?from=2000-01-01&to=2000-01-02').expect(200);
    expect(none.body.total).toBe(0);
  });
});

describe('brute-force protection', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp('embedded', {
      LOGIN_MAX_FAILURES_PER_USER: '3',
      LOGIN_MAX_FAILURES_PER_IP: '6',
      LOGIN_WINDOW_SECONDS: '2',
    });
  });
  afterAll(() => t.close());

  const attempt = (username: string, password: string) =>
    request(t.http).post('/api/auth/login').send({ username, password });

  it('answers 429 after repeated failures for one username, even with the right password, until the window ends', async () => {
    for (let i = 0; i < 3; i += 1) await attempt('staff', 'wrong-password').expect(401);
    const locked = await attempt('staff', 'demo-password').expect(429);
    expect(errorResponseSchema.parse(locked.body).code).toBe('LOGIN_LOCKED');
    expect(locked.body.retryAfter).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    await attempt('staff', 'demo-password').expect(200);
  });

  it('answers 429 after repeated failures from one address across usernames', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    for (const username of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']) await attempt(username, 'wrong-password').expect(401);
    await attempt('leader', 'demo-password').expect(429);
  });
});

describe('bootstrap outside demo mode', () => {
  it('creates the first admin from ADMIN_USERNAME/ADMIN_PASSWORD and no demo user', async () => {
    const t = await createTestApp('embedded', { DEMO_SEED: 'false', ADMIN_USERNAME: 'quantri', ADMIN_PASSWORD: 'a production passphrase' });
    try {
      await login(t, 'quantri', 'a production passphrase');
      for (const username of ['admin', 'staff', 'leader', 'coord.farmers']) {
        await request(t.http).post('/api/auth/login').send({ username, password: 'demo-password' }).expect(401);
      }
    } finally {
      await t.close();
    }
  });

  it('has no user at all, so no default password, without those variables', async () => {
    const t = await createTestApp('embedded', { DEMO_SEED: 'false' });
    try {
      const res = await request(t.http).post('/api/auth/login').send({ username: 'admin', password: 'demo-password' });
      expect(res.status).toBe(401);
      const [{ count }] = await t.app.get(DataSource).query('SELECT count(*)::int AS count FROM app_user');
      expect(count).toBe(0);
    } finally {
      await t.close();
    }
  });
});
