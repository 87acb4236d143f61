import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env.schema';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './database.options';
import { MigrationChecksumError, migrateDatabase } from './migration-checksums';

export const DATABASE_KIND = Symbol('DATABASE_KIND');

/**
 * PostgreSQL when DATABASE_URL is set, otherwise the embedded database in DATA_DIR.
 * Migrations run on start, before the app takes requests; the app refuses to start when a
 * migration that already ran has changed (see migration-checksums.ts).
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config.database),
        // A changed migration is not a connection problem: no point in trying again.
        toRetry: (error: unknown) => !(error instanceof MigrationChecksumError),
      }),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        try {
          await migrateDatabase(dataSource);
        } catch (error) {
          await dataSource.destroy();
          throw error;
        }
        return dataSource;
      },
    }),
  ],
  providers: [
    {
      provide: DATABASE_KIND,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => config.database.kind,
    },
  ],
  exports: [DATABASE_KIND],
})
export class DatabaseModule {}
