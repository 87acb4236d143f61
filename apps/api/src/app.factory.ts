import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { configureZodLocale } from './common/zod-locale';
import { configureApp } from './common/http/configure-app';
import type { AppConfig } from './config/env.schema';
import type { Clock } from './common/clock';
import { AppModule } from './app.module';

/** Builds the application exactly as it serves requests; used by main.ts and the e2e tests. */
export async function createApp(
  config: AppConfig,
  options: { quiet?: boolean; clock?: Clock } = {},
): Promise<NestExpressApplication> {
  configureZodLocale();
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, options.clock),
    {
      bodyParser: false,
      bufferLogs: true,
      logger: options.quiet ? false : undefined,
    },
  );
  if (!options.quiet) app.useLogger(app.get(Logger));
  configureApp(app, config);
  await app.init();
  return app;
}
