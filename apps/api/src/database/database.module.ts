import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env.schema';
import { buildDataSourceOptions } from './database.options';

export const DATABASE_KIND = Symbol('DATABASE_KIND');

/**
 * PostgreSQL when DATABASE_URL is set, otherwise the embedded database in DATA_DIR.
 * Migrations run on start, before the app takes requests.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config.database),
        migrationsRun: true,
        migrationsTransactionMode: 'all',
      }),
    }),
  ],
  providers: [
    { provide: DATABASE_KIND, inject: [APP_CONFIG], useFactory: (config: AppConfig) => config.database.kind },
  ],
  exports: [DATABASE_KIND],
})
export class DatabaseModule {}
