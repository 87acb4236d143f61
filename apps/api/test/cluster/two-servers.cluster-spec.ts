/**
 * Two API servers on one PostgreSQL database, asked in turn, as behind a load balancer: nothing
 * that decides behaviour may live in one process's memory. A login on one works on the other, a
 * logout on one is honoured by the other, the login limit counts across both, a job asked of one
 * is made and sent by either, and a scheduled task runs once per tick for the pair.
 */
import { crashDbKind, TestDb } from '../crash/support/database';
import { ServerProcess, sleep } from '../crash/support/server';

interface Answer<T = unknown> {
  status: number;
  body: T;
  cookie: string | undefined;
}

async function call<T = unknown>(
  server: ServerProcess,
  method: string,
  url: string,
  options: { token?: string; body?: unknown; cookie?: string } = {},
): Promise<Answer<T>> {
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers: {
      connection: 'close',
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // a file: keep its text
  }
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  return { status: res.status, body: body as T, cookie };
}

const login = (server: ServerProcess, username: string, password = 'demo-password') =>
  call<{ accessToken: string; code?: string }>(server, 'POST', '/api/auth/login', {
    body: { username, password },
  });

describe('two API servers on one PostgreSQL database', () => {
  let db: TestDb;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    expect(crashDbKind()).toBe('postgres');
    db = await TestDb.create('postgres', 'cluster');
    const env = {
      ...db.serverEnv(),
      JOB_POLL_SECONDS: '0.5',
      // Every minute, for the test to see ticks.
      HOUSEKEEPING_CRON: '* * * * *',
      LOGIN_MAX_FAILURES_PER_USER: '5',
    };
    // The first migrates and seeds; the second starts on the database as it finds it.
    a = await ServerProcess.start({ env });
    b = await ServerProcess.start({ env });
  }, 240_000);

  afterAll(async () => {
    await a?.kill();
    await b?.kill();
    await db?.drop();
  }, 120_000);

  it('keeps a session made on one server on the other, and ends it there once logged out on one', async () => {
    const session = await login(a, 'staff');
    expect(session.status).toBe(200);
    const token = session.body.accessToken;
    expect((await call(b, 'GET', '/api/auth/me', { token })).status).toBe(200);

    const renewed = await call<{ accessToken: string }>(b, 'POST', '/api/auth/refresh', {
      cookie: session.cookie,
    });
    expect(renewed.status).toBe(200);
    expect((await call(a, 'GET', '/api/auth/me', { token: renewed.body.accessToken })).status).toBe(
      200,
    );

    expect((await call(a, 'POST', '/api/auth/logout', { cookie: renewed.cookie })).status).toBe(
      204,
    );
    const after = await call<{ code: string }>(b, 'GET', '/api/auth/me', {
      token: renewed.body.accessToken,
    });
    expect(after.status).toBe(401);
  });

  it('counts failed logins across both servers', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const server = attempt % 2 === 0 ? a : b;
      statuses.push((await login(server, 'coord.veterans', 'not-the-password')).status);
    }
    // Five failures, three on one server and two on the other, fill the limit of five.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const locked = await login(a, 'coord.veterans');
    expect(locked.status).toBe(429);
    expect((locked.body as { code: string }).code).toBe('LOGIN_LOCKED');
  });

  it('makes a job asked of one server, and sends its file from the other', async () => {
    const { accessToken: token } = (await login(a, 'staff')).body;
    const created = await call<{ id: string }>(a, 'POST', '/api/jobs', {
      token,
      body: { kind: 'coverage_export', params: { groupBy: 'commune', format: 'csv' } },
    });
    expect(created.status).toBe(202);
    let state = 'queued';
    for (let poll = 0; poll < 240 && state !== 'done' && state !== 'failed'; poll += 1) {
      const server = poll % 2 === 0 ? b : a;
      state = (
        await call<{ state: string }>(server, 'GET', `/api/jobs/${created.body.id}`, { token })
      ).body.state;
      if (state !== 'done') await sleep(250);
    }
    expect(state).toBe('done');
    const file = await call<string>(b, 'GET', `/api/jobs/${created.body.id}/result`, { token });
    expect(file.status).toBe(200);
    expect(file.body).toContain('Xã Hải Hậu');
  });

  it('runs a scheduled task once per tick, whichever server is up', async () => {
    // An expired session for housekeeping to delete.
    await db.sql((query) =>
      query(
        `INSERT INTO refresh_token (user_id, token_hash, expires_at)
         SELECT id, 'cluster-expired', now() - interval '1 hour' FROM app_user WHERE username = 'staff'`,
      ),
    );
    const runs = () =>
      db.sql(async (query) => {
        const rows = await query<{ tick: string; runs: number }>(
          `SELECT date_trunc('minute', created_on)::text AS tick, count(*)::int AS runs
           FROM (SELECT created_on FROM pgboss.job WHERE name = 'housekeeping' AND state = 'completed'
                 UNION ALL
                 SELECT created_on FROM pgboss.archive WHERE name = 'housekeeping' AND state = 'completed') done
           GROUP BY 1 ORDER BY 1`,
        );
        const [left] = await query<{ n: number }>(
          `SELECT count(*)::int AS n FROM refresh_token WHERE token_hash = 'cluster-expired'`,
        );
        return { ticks: rows, expiredLeft: left.n };
      });
    let seen = await runs();
    const deadline = Date.now() + 150_000;
    while (Date.now() < deadline && (seen.ticks.length === 0 || seen.expiredLeft > 0)) {
      await sleep(2_000);
      seen = await runs();
    }
    expect(seen.expiredLeft).toBe(0);
    expect(seen.ticks.length).toBeGreaterThan(0);
    // One run per tick for the pair of servers, never one each.
    expect(seen.ticks.every((tick) => tick.runs === 1)).toBe(true);
  });
});
