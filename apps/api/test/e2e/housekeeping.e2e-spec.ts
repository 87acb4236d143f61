import { DataSource } from 'typeorm';
import { HousekeepingService } from '../../src/modules/housekeeping/housekeeping.service';
import { as, loginDemoUsers } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

describe.each(testDatabaseKinds())('housekeeping (%s)', (kind) => {
  let t: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await createTestApp(kind);
    dataSource = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('deletes expired sessions, ended counters and old verification lookups, keeps the rest, and audits the run', async () => {
    const tokens = await loginDemoUsers(t);
    const [{ id: userId }] = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM app_user WHERE username = 'staff'`,
    );
    const live = (
      await dataSource.query<Array<Record<string, unknown>>>(
        `SELECT count(*)::int AS n FROM refresh_token`,
      )
    )[0].n as number;
    await dataSource.query(
      `INSERT INTO refresh_token (user_id, token_hash, expires_at) VALUES ($1, 'expired-1', now() - interval '1 hour'), ($1, 'expired-2', now() - interval '40 days')`,
      [userId],
    );
    await dataSource.query(
      `INSERT INTO login_failure (key, failures, window_ends_at) VALUES ('user:old', 3, now() - interval '1 minute'), ('user:now', 2, now() + interval '10 minutes')`,
    );
    await dataSource.query(
      `INSERT INTO rate_limit (key, hits, window_ends_at) VALUES ('verify:old', 9, now() - interval '1 second'), ('verify:now', 1, now() + interval '1 minute')`,
    );
    await dataSource.query(
      `INSERT INTO certificate_verification (at, code, valid, ip) VALUES (now() - interval '200 days', 'old', false, '10.0.0.1'), (now() - interval '10 days', 'recent', false, '10.0.0.2')`,
    );
    // A job's file kept past its time, and one still within it.
    await dataSource.query(
      `INSERT INTO job (id, kind, params, origin, created_by, state, result_name, result_type, result_bytes, finished_at, expires_at)
       VALUES (gen_random_uuid(), 'certificates_pdf', '{}', 'http://localhost', $1, 'done', 'old.pdf', 'application/pdf', 3, now() - interval '2 days', now() - interval '1 hour'),
              (gen_random_uuid(), 'certificates_pdf', '{}', 'http://localhost', $1, 'done', 'kept.pdf', 'application/pdf', 3, now(), now() + interval '1 hour')`,
      [userId],
    );

    const result = await t.app.get(HousekeepingService).run();
    expect(result).toEqual({
      ran: true,
      refreshTokens: 2,
      loginFailures: 1,
      rateLimits: 1,
      verificationLookups: 1,
      jobs: 1,
    });
    expect(
      (
        await dataSource.query<Array<Record<string, unknown>>>(
          `SELECT count(*)::int AS n FROM refresh_token`,
        )
      )[0].n,
    ).toBe(live);
    expect(
      (await dataSource.query<Array<{ result_name: string }>>(`SELECT result_name FROM job`)).map(
        (r) => r.result_name,
      ),
    ).toEqual(['kept.pdf']);
    expect(
      (await dataSource.query<Array<{ key: string }>>(`SELECT key FROM login_failure`)).map(
        (r) => r.key,
      ),
    ).toEqual(['user:now']);
    expect(
      (await dataSource.query<Array<{ key: string }>>(`SELECT key FROM rate_limit`)).map(
        (r) => r.key,
      ),
    ).toEqual(['verify:now']);
    expect(
      (
        await dataSource.query<Array<{ code: string }>>(`SELECT code FROM certificate_verification`)
      ).map((r) => r.code),
    ).toEqual(['recent']);

    // Live sessions still work after the run.
    await as(t, tokens.staff).get('/api/auth/me').expect(200);
    const audit = await as(t, tokens.admin)
      .get('/api/audit?entity=housekeeping&action=prune')
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({
      username: 'system',
      summary: {
        refreshTokens: 2,
        loginFailures: 1,
        rateLimits: 1,
        verificationLookups: 1,
        jobs: 1,
      },
    });

    // Nothing left to delete: the run does nothing and records nothing.
    expect(await t.app.get(HousekeepingService).run()).toEqual({
      ran: true,
      refreshTokens: 0,
      loginFailures: 0,
      rateLimits: 0,
      verificationLookups: 0,
      jobs: 0,
    });
    expect(
      (await as(t, tokens.admin).get('/api/audit?entity=housekeeping&action=prune').expect(200))
        .body.total,
    ).toBe(1);
  });
});
