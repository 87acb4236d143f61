import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { FixedClock } from '../../src/common/clock';
import { type AppConfig, type DatabaseTarget, parseEnv } from '../../src/config/env.schema';
import { JobQueueService } from '../../src/modules/jobs/job-queue.service';
import { TEST_JWT_SECRET, TEST_NOW } from '../support/test-app';
import { createTestDatabase, testDatabaseKinds } from '../support/test-database';

/**
 * A server's job settings reach the queues a database already holds: an operator who raises
 * JOB_TIMEOUT_SECONDS and restarts gets the new timeout for every kind of job, not only for
 * queues made after the change.
 */
describe.each(testDatabaseKinds())('job queue settings on a restart (%s)', (kind) => {
  let target: DatabaseTarget;
  let drop: () => Promise<void>;
  let dataDir: string | undefined;

  beforeAll(async () => {
    if (kind === 'embedded') {
      // The same folder for both starts, as a server restarted on its data.
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-queue-'));
      target = { kind: 'embedded', dataDir };
      drop = async () => fs.rmSync(dataDir!, { recursive: true, force: true });
    } else {
      const database = await createTestDatabase(kind);
      target = database.target;
      drop = database.drop;
    }
  });
  afterAll(() => drop());

  /** Starts a server with these job settings, starts its queue, and reads the queues back. */
  async function startWith(env: Record<string, string>) {
    const config: AppConfig = {
      ...parseEnv({
        RETENTION_YEARS: '0',
        DEMO_SEED: 'true',
        LOG_LEVEL: 'silent',
        JWT_SECRET: TEST_JWT_SECRET,
        ...env,
      }),
      database: target,
    };
    const app = await createApp(config, { quiet: true, clock: new FixedClock(TEST_NOW) });
    try {
      await app.get(JobQueueService).start();
      return await app
        .get(DataSource)
        .query<Array<{ name: string; expire: number; delay: number; schedules: number }>>(
          `SELECT q.name, q.expire_seconds AS expire, q.retry_delay AS delay, (SELECT count(*)::int FROM pgboss.schedule s WHERE s.name = q.name) AS schedules FROM pgboss.queue q ORDER BY q.name`,
        );
    } finally {
      await app.close();
    }
  }

  it('applies a changed job timeout and retry delay to the queues made by an earlier start', async () => {
    const first = await startWith({ JOB_TIMEOUT_SECONDS: '600', JOB_RETRY_DELAY_SECONDS: '10' });
    const certificates = first.find((q) => q.name === 'certificates_pdf');
    expect(certificates).toMatchObject({ expire: 600, delay: 10 });

    const second = await startWith({ JOB_TIMEOUT_SECONDS: '900', JOB_RETRY_DELAY_SECONDS: '30' });
    expect(second.find((q) => q.name === 'certificates_pdf')).toMatchObject({
      expire: 900,
      delay: 30,
    });
    // The same queues, none made twice; each scheduled task keeps one schedule.
    expect(second.map((q) => q.name)).toEqual(first.map((q) => q.name));
    expect(second.filter((q) => q.schedules > 0).map((q) => q.schedules)).toEqual(
      first.filter((q) => q.schedules > 0).map(() => 1),
    );
    expect(second.some((q) => q.schedules > 0)).toBe(true);
  });
});
