import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../src/app.factory';
import { type AppConfig, parseEnv } from '../../src/config/env.schema';
import { createTestDatabase, type TestDatabaseKind } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  http: ReturnType<NestExpressApplication['getHttpServer']>;
  close(): Promise<void>;
}

/** The whole application, built as in production, on a fresh test database. */
export async function createTestApp(
  kind: TestDatabaseKind,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const config: AppConfig = {
    ...parseEnv({ DEMO_SEED: 'true', LOG_LEVEL: 'silent', ...env }),
    database: database.target,
  };
  const app = await createApp(config, { quiet: !process.env.TEST_LOG });
  return {
    app,
    config,
    http: app.getHttpServer(),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
