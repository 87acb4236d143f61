import { createHmac } from 'node:crypto';
import {
  auditPageSchema,
  errorResponseSchema,
  loginResponseSchema,
  userSchema,
} from '@canhgiac/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { as, login, loginDemoUsers } from '../support/auth';
import { personBody } from '../support/factories';
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
    const res = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'staff', password: 'wrong-password' })
      .expect(401);
    expect(errorResponseSchema.parse(res.body).code).toBe('INVALID_CREDENTIALS');
    const admin = as(t, await login(t, 'admin'));
    const audit = auditPageSchema.parse(
      (await admin.get('/api/audit?entity=session&action=login_failure').expect(200)).body,
    );
    expect(audit.items[0]).toMatchObject({
      username: 'staff',
      action: 'login_failure',
      summary: { reason: 'wrong_password' },
    });
    expect(JSON.stringify(audit.items)).not.toContain('wrong-password');
  });

  it('gives an unknown user the same answer as a wrong password', async () => {
    const res = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'nobody', password: 'whatever-123' })
      .expect(401);
    expect(res.body.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
  });

  it('refuses tokens with alg none, a wrong signature, an expired time or no token at all', async () => {
    const token = await login(t, 'admin');
    const [, payload] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const attempts = [
      forge({ alg: 'none', typ: 'JWT' }, claims),
      forge({ alg: 'HS256', typ: 'JWT' }, claims, 'not-the-secret-not-the-secret-not-the-secret'),
      forge(
        { alg: 'HS256', typ: 'JWT' },
        { ...claims, exp: Math.floor(Date.now() / 1000) - 10 },
        TEST_JWT_SECRET,
      ),
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

  it('refuses a token that says nothing of when it expires', async () => {
    const token = await login(t, 'staff');
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    const { exp: _exp, ...forever } = claims;
    // The same claims with an expiry are accepted: only the missing expiry is refused.
    await as(t, forge({ alg: 'HS256', typ: 'JWT' }, claims, TEST_JWT_SECRET))
      .get('/api/auth/me')
      .expect(200);
    const res = await as(t, forge({ alg: 'HS256', typ: 'JWT' }, forever, TEST_JWT_SECRET))
      .get('/api/auth/me')
      .expect(401);
    expect(errorResponseSchema.parse(res.body).code).toBe('TOKEN_INVALID');
  });

  it('refuses the access token of a session right after its logout; other sessions go on', async () => {
    const ended = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'leader', password: 'demo-password' })
      .expect(200);
    const other = await login(t, 'leader');
    await as(t, ended.body.accessToken).get('/api/auth/me').expect(200);
    await request(t.http)
      .post('/api/auth/logout')
      .set('Cookie', refreshCookieOf(ended))
      .expect(204);
    await as(t, ended.body.accessToken).get('/api/auth/me').expect(401);
    await as(t, other).get('/api/auth/me').expect(200);
  });

  it('refuses every access token of the user right after a refresh token is reused', async () => {
    const first = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'staff', password: 'demo-password' })
      .expect(200);
    const refreshed = await request(t.http)
      .post('/api/auth/refresh')
      .set('Cookie', refreshCookieOf(first))
      .expect(200);
    const elsewhere = await login(t, 'staff');
    await as(t, refreshed.body.accessToken).get('/api/auth/me').expect(200);
    await t.app
      .get(DataSource)
      .query(
        `UPDATE refresh_token SET rotated_at = rotated_at - interval '31 seconds' WHERE rotated_at IS NOT NULL`,
      );
    await request(t.http)
      .post('/api/auth/refresh')
      .set('Cookie', refreshCookieOf(first))
      .expect(401);
    for (const token of [first.body.accessToken, refreshed.body.accessToken, elsewhere]) {
      await as(t, token).get('/api/auth/me').expect(401);
    }
  });

  it('keeps a session across a reload with the refresh cookie, rotating it, and ends it on logout', async () => {
    const loginRes = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'leader', password: 'demo-password' })
      .expect(200);
    loginResponseSchema.parse(loginRes.body);
    expect(loginRes.body).not.toHaveProperty('refreshToken');
    const setCookie = ([] as string[]).concat(loginRes.headers['set-cookie']).join(';');
    expect(setCookie).toMatch(/HttpOnly/iu);
    expect(setCookie).toMatch(/SameSite=Strict/iu);
    const first = refreshCookieOf(loginRes);

    const refreshed = await request(t.http)
      .post('/api/auth/refresh')
      .set('Cookie', first)
      .expect(200);
    expect(refreshed.body.user.username).toBe('leader');
    await as(t, refreshed.body.accessToken).get('/api/auth/me').expect(200);
    const second = refreshCookieOf(refreshed);
    expect(second).not.toBe(first);

    // Past the grace for a lost reply, the spent cookie is refused, and its reuse ends the whole
    // family of sessions.
    await t.app
      .get(DataSource)
      .query(
        `UPDATE refresh_token SET rotated_at = rotated_at - interval '31 seconds' WHERE rotated_at IS NOT NULL`,
      );
    await request(t.http).post('/api/auth/refresh').set('Cookie', first).expect(401);
    await request(t.http).post('/api/auth/refresh').set('Cookie', second).expect(401);

    const again = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'leader', password: 'demo-password' })
      .expect(200);
    const cookie = refreshCookieOf(again);
    await request(t.http).post('/api/auth/logout').set('Cookie', cookie).expect(204);
    await request(t.http).post('/api/auth/refresh').set('Cookie', cookie).expect(401);
    const audit = await as(t, await login(t, 'admin'))
      .get('/api/audit?entity=session&action=logout')
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({ username: 'leader', action: 'logout' });
  });

  it('accepts a just-rotated refresh cookie again when the reply carrying its successor was lost', async () => {
    const loginRes = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'staff', password: 'demo-password' })
      .expect(200);
    const first = refreshCookieOf(loginRes);
    // The browser sent the refresh, the server rotated, and the page closed before the reply.
    await request(t.http).post('/api/auth/refresh').set('Cookie', first).expect(200);
    // On the next load it still holds the first cookie: the session goes on, nothing is revoked.
    const retried = await request(t.http)
      .post('/api/auth/refresh')
      .set('Cookie', first)
      .expect(200);
    const third = refreshCookieOf(retried);
    await as(t, retried.body.accessToken).get('/api/auth/me').expect(200);
    const next = await request(t.http).post('/api/auth/refresh').set('Cookie', third).expect(200);
    await as(t, next.body.accessToken).get('/api/auth/me').expect(200);

    // Two tabs refreshing with the same cookie at once both get a session.
    const racing = refreshCookieOf(next);
    const both = await Promise.all(
      [1, 2].map(() => request(t.http).post('/api/auth/refresh').set('Cookie', racing)),
    );
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    for (const res of both)
      await request(t.http)
        .post('/api/auth/refresh')
        .set('Cookie', refreshCookieOf(res))
        .expect(200);

    // After a logout the old cookie is a replay, grace or not: every session of the user ends.
    const other = refreshCookieOf(
      await request(t.http)
        .post('/api/auth/login')
        .send({ username: 'staff', password: 'demo-password' })
        .expect(200),
    );
    const spent = refreshCookieOf(
      await request(t.http)
        .post('/api/auth/login')
        .send({ username: 'staff', password: 'demo-password' })
        .expect(200),
    );
    const successor = refreshCookieOf(
      await request(t.http).post('/api/auth/refresh').set('Cookie', spent).expect(200),
    );
    await request(t.http).post('/api/auth/logout').set('Cookie', successor).expect(204);
    await request(t.http).post('/api/auth/refresh').set('Cookie', spent).expect(401);
    await request(t.http).post('/api/auth/refresh').set('Cookie', other).expect(401);
  });

  it('ends the tokens of a deactivated user at once, and refuses their login', async () => {
    const admin = as(t, await login(t, 'admin'));
    const created = await admin
      .post('/api/users')
      .send({
        username: 'tam.nguyen',
        fullName: 'Nguyễn Thị Tâm',
        role: 'staff',
        password: 'một mật khẩu dài',
      })
      .expect(201);
    const token = await login(t, 'tam.nguyen', 'một mật khẩu dài');
    await as(t, token).get('/api/auth/me').expect(200);
    await admin.patch(`/api/users/${created.body.id}`).send({ active: false }).expect(200);
    await as(t, token).get('/api/auth/me').expect(401);
    await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'tam.nguyen', password: 'một mật khẩu dài' })
      .expect(401);
  });

  it('ends tokens issued before a password change; the new session continues', async () => {
    const admin = as(t, await login(t, 'admin'));
    await admin
      .post('/api/users')
      .send({
        username: 'hoa.tran',
        fullName: 'Trần Thị Hoa',
        role: 'leader',
        password: 'first passphrase',
      })
      .expect(201);
    const before = await login(t, 'hoa.tran', 'first passphrase');
    const changed = await as(t, before)
      .post('/api/auth/password')
      .send({ currentPassword: 'first passphrase', newPassword: 'second passphrase' })
      .expect(200);
    await as(t, before).get('/api/auth/me').expect(401);
    await as(t, changed.body.accessToken).get('/api/auth/me').expect(200);
    await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'hoa.tran', password: 'first passphrase' })
      .expect(401);
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
      .send({
        username: 'binh.le',
        fullName: 'Lê Văn Bình',
        role: 'staff',
        password: 'original passphrase',
      })
      .expect(201);
    const token = await login(t, 'binh.le', 'original passphrase');
    await admin
      .patch(`/api/users/${created.body.id}`)
      .send({ password: 'reset by the admin' })
      .expect(200);
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
      .send({
        username: 'Coord.Women',
        fullName: '  Đỗ   Thị Mai ',
        role: 'coordinator',
        organizationId: farmersId,
        password: 'passphrase for mai',
      })
      .expect(201);
    const user = userSchema.parse(res.body);
    expect(user).toMatchObject({
      username: 'coord.women',
      fullName: 'Đỗ Thị Mai',
      role: 'coordinator',
      active: true,
    });
    expect(res.body).not.toHaveProperty('passwordHash');
    const audit = await admin.get(`/api/audit?entity=user&action=create`).expect(200);
    const entry = audit.body.items.find((item: { entityId: string }) => item.entityId === user.id);
    expect(entry).toMatchObject({
      username: 'admin',
      summary: { username: 'coord.women', role: 'coordinator' },
    });
    expect(JSON.stringify(entry)).not.toContain('passphrase');
  });

  it.each([
    [
      'a coordinator without an organization',
      { username: 'c.x', fullName: 'X', role: 'coordinator', password: 'long enough pass' },
      'organizationId',
    ],
    [
      'a password shorter than 10 characters',
      { username: 'short.pw', fullName: 'X', role: 'staff', password: 'short' },
      'password',
    ],
    [
      'the username as the password',
      { username: 'same.as.name', fullName: 'X', role: 'staff', password: 'same.as.name' },
      'password',
    ],
    [
      'an unknown organization',
      {
        username: 'c.y',
        fullName: 'X',
        role: 'coordinator',
        organizationId: '00000000-0000-4000-8000-000000000000',
        password: 'long enough pass',
      },
      'organizationId',
    ],
    [
      'a username with spaces',
      { username: 'có dấu', fullName: 'X', role: 'staff', password: 'long enough pass' },
      'username',
    ],
  ])('refuses %s, naming the field', async (_what, body, field) => {
    const res = await admin.post('/api/users').send(body).expect(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain(field);
  });

  it.each([
    ['combining marks only', '\u0301\u0303\u0323'],
    ['zero-width characters only', '\u200B\u200C\u200D\u2060'],
    ['a right-to-left override', 'Lê Văn \u202EhnìB'],
    ['a byte-order mark', '\uFEFFLê Văn Bình'],
  ])(
    'refuses a full name of %s, for a user and for a person, in Vietnamese',
    async (_what, fullName) => {
      const user = await admin
        .post('/api/users')
        .send({ username: 'hidden.name', fullName, role: 'staff', password: 'long enough pass' })
        .expect(400);
      expect(user.body.details).toEqual([
        {
          path: 'fullName',
          message: expect.stringMatching(/^Họ và tên (có ký tự ẩn|phải có ít nhất một chữ cái)/u),
          code: 'custom',
        },
      ]);
      const person = await admin.post('/api/people').send(personBody({ fullName })).expect(400);
      expect(person.body.details).toEqual([
        {
          path: 'fullName',
          message: expect.stringMatching(/^Họ và tên (có ký tự ẩn|phải có ít nhất một chữ cái)/u),
          code: 'custom',
        },
      ]);
    },
  );

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
    const latest = auditPageSchema.parse(
      (await admin.get(`/api/audit?entity=user&userId=${me.body.id}&pageSize=1`).expect(200)).body,
    );
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(latest.items[0].at),
    );
    const res = await admin
      .get(`/api/audit?entity=user&userId=${me.body.id}&from=${today}&to=${today}&pageSize=5`)
      .expect(200);
    const page = auditPageSchema.parse(res.body);
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items)
      expect(item).toMatchObject({ entity: 'user', userId: me.body.id });
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
    });
  });
  afterAll(() => t.close());

  const attempt = (username: string, password: string) =>
    request(t.http).post('/api/auth/login').send({ username, password });

  /** Every failure window ends now, as if LOGIN_WINDOW_SECONDS had passed. */
  const endWindows = () =>
    t.app
      .get(DataSource)
      .query(`UPDATE login_failure SET window_ends_at = now() - interval '1 second'`);

  it('answers 429 after repeated failures for one username, even with the right password, until the window ends', async () => {
    for (let i = 0; i < 3; i += 1) await attempt('staff', 'wrong-password').expect(401);
    const locked = await attempt('staff', 'demo-password').expect(429);
    expect(errorResponseSchema.parse(locked.body).code).toBe('LOGIN_LOCKED');
    expect(locked.body.retryAfter).toBeGreaterThan(0);
    expect(locked.body.retryAfter).toBeLessThanOrEqual(t.config.auth.failureWindowSeconds);
    await endWindows();
    await attempt('staff', 'demo-password').expect(200);
  });

  it('answers 429 after repeated failures from one address across usernames', async () => {
    await endWindows();
    for (const username of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'])
      await attempt(username, 'wrong-password').expect(401);
    await attempt('leader', 'demo-password').expect(429);
  });
});

describe.each(testDatabaseKinds())('login limits under parallel guesses (%s)', (kind) => {
  let t: TestApp;
  const PER_IP = 10;
  const PER_ACCOUNT = 8;

  beforeAll(async () => {
    t = await createTestApp(kind, {
      LOGIN_MAX_FAILURES_PER_IP: String(PER_IP),
      LOGIN_MAX_FAILURES_PER_ACCOUNT: String(PER_ACCOUNT),
    });
    // One listening server for every request of a burst.
    await new Promise<void>((resolve) => t.http.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => t.close());

  /** A login from `address`, as the trusted local proxy reports it. */
  const attempt = (username: string, password: string, address: string) =>
    request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', address)
      .send({ username, password });

  const statuses = (responses: request.Response[]) => {
    const counts: Record<number, number> = {};
    for (const res of responses) counts[res.status] = (counts[res.status] ?? 0) + 1;
    return counts;
  };

  const alerts = async () => {
    const admin = as(t, await login(t, 'admin'));
    return auditPageSchema.parse(
      (await admin.get('/api/audit?entity=session&action=login_locked&pageSize=50').expect(200))
        .body,
    ).items;
  };

  it('checks no more passwords than the account-and-address limit allows, however many arrive at once', async () => {
    const perUser = t.config.auth.maxFailuresPerUser;
    const burst = await Promise.all(
      Array.from({ length: 300 }, (_, i) => attempt('admin', `wrong guess ${i}`, '198.51.100.7')),
    );
    expect(statuses(burst)).toEqual({ 401: perUser, 429: 300 - perUser });
    const locked = burst.find((res) => res.status === 429)!;
    expect(errorResponseSchema.parse(locked.body).code).toBe('LOGIN_LOCKED');
    expect(locked.headers['retry-after']).toBe(String(locked.body.retryAfter));
    // The right password from that address waits too; the owner elsewhere is not locked out.
    await attempt('admin', 'demo-password', '198.51.100.7').expect(429);
    await attempt('admin', 'demo-password', '203.0.113.20').expect(200);
    // The lock raised one alert in the audit log.
    const raised = (await alerts()).filter((entry) => entry.ip === '198.51.100.7');
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      username: 'admin',
      summary: { scope: 'account_source', failures: perUser },
    });
  });

  it('checks no more passwords than the address limit allows, over many accounts at once', async () => {
    const burst = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        attempt(`guess.${i}`, 'wrong-password', '198.51.100.8'),
      ),
    );
    expect(statuses(burst)).toEqual({ 401: PER_IP, 429: 300 - PER_IP });
    await attempt('leader', 'demo-password', '198.51.100.8').expect(429);
    await attempt('leader', 'demo-password', '203.0.113.21').expect(200);
    const raised = (await alerts()).filter((entry) => entry.ip === '198.51.100.8');
    expect(raised.map((entry) => entry.summary.scope)).toEqual(['address']);
  });

  it('stops guesses spread over many addresses, for a while, except from addresses the owner logs in from', async () => {
    await attempt('staff', 'demo-password', '203.0.113.30').expect(200);
    const spread = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        attempt('staff', `wrong guess ${i}`, `192.0.2.${1 + (i % 20)}`),
      ),
    );
    expect(statuses(spread)[401]).toBe(PER_ACCOUNT);
    expect(statuses(spread)[429]).toBe(40 - PER_ACCOUNT);
    // A new address waits for the window's end, not for ever.
    const waiting = await attempt('staff', 'demo-password', '203.0.113.31').expect(429);
    expect(waiting.body.retryAfter).toBeGreaterThan(0);
    expect(waiting.body.retryAfter).toBeLessThanOrEqual(t.config.auth.failureWindowSeconds);
    // The address the owner logged in from before goes on working.
    await attempt('staff', 'demo-password', '203.0.113.30').expect(200);
    const raised = (await alerts()).filter((entry) => entry.username === 'staff');
    expect(raised.map((entry) => entry.summary.scope)).toEqual(['account']);
    // Once the window ends, the new address may log in.
    await t.app
      .get(DataSource)
      .query(
        `UPDATE login_failure SET window_ends_at = now() - interval '1 second' WHERE key = 'user:staff'`,
      );
    await attempt('staff', 'demo-password', '203.0.113.31').expect(200);
  });
});

describe('bootstrap outside demo mode', () => {
  it('creates the first admin from ADMIN_USERNAME/ADMIN_PASSWORD and no demo user', async () => {
    const t = await createTestApp('embedded', {
      DEMO_SEED: 'false',
      ADMIN_USERNAME: 'quantri',
      ADMIN_PASSWORD: 'a production passphrase',
    });
    try {
      await login(t, 'quantri', 'a production passphrase');
      for (const username of ['admin', 'staff', 'leader', 'coord.farmers']) {
        await request(t.http)
          .post('/api/auth/login')
          .send({ username, password: 'demo-password' })
          .expect(401);
      }
    } finally {
      await t.close();
    }
  });

  it('has no user at all, so no default password, without those variables', async () => {
    const t = await createTestApp('embedded', { DEMO_SEED: 'false' });
    try {
      const res = await request(t.http)
        .post('/api/auth/login')
        .send({ username: 'admin', password: 'demo-password' });
      expect(res.status).toBe(401);
      const [{ count }] = await t.app
        .get(DataSource)
        .query<Array<Record<string, unknown>>>('SELECT count(*)::int AS count FROM app_user');
      expect(count).toBe(0);
    } finally {
      await t.close();
    }
  });
});
