import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../src/app.factory';
import { FixedClock } from '../../src/common/clock';
import { todayInVietnam } from '../../src/common/time';
import { type AppConfig, parseEnv } from '../../src/config/env.schema';
import { createTestDatabase, type TestDatabaseKind } from './test-database';

/** The signing secret of test apps, so tests can forge tokens the way an attacker would try to. */
export const TEST_JWT_SECRET = 'test-secret-for-forging-tokens-in-tests-0123456789';

/**
 * The instant a test app's clock stands at unless a test says otherwise. Tests build every
 * "past" and "future" date relative to it, never to the real calendar.
 */
export const TEST_NOW = '2026-05-15T09:00:00+07:00';

/** The day in Vietnam (yyyy-MM-dd) `days` days after TEST_NOW's (before it when negative). */
export function dayFromTestNow(days: number): string {
  return todayInVietnam(new Date(Date.parse(TEST_NOW) + days * 86_400_000));
}

export interface TestApp {
  app: NestExpressApplication;
  /** The app's clock: "today" for every business rule; a test may move it. */
  clock: FixedClock;
  config: AppConfig;
  http: ReturnType<NestExpressApplication['getHttpServer']>;
  close(): Promise<void>;
}

/** The whole application, built as in production, on a fresh test database. */
export async function createTestApp(
  kind: TestDatabaseKind,
  env: Record<string, string> = {},
  options: { now?: string } = {},
): Promise<TestApp> {
  const clock = new FixedClock(options.now ?? TEST_NOW);
  const database = await createTestDatabase(kind);
  const config: AppConfig = {
    // Retention runs on a timer; tests that need it set RETENTION_YEARS themselves.
    ...parseEnv({
      RETENTION_YEARS: '0',
      DEMO_SEED: 'true',
      LOG_LEVEL: process.env.TEST_LOG ? 'error' : 'silent',
      JWT_SECRET: TEST_JWT_SECRET,
      ...env,
    }),
    database: database.target,
  };
  const app = await createApp(config, { quiet: !process.env.TEST_LOG, clock });
  return {
    app,
    clock,
    config,
    http: app.getHttpServer(),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
