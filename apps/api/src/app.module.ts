import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { createZodValidationPipe, ZodSerializerInterceptor } from 'nestjs-zod';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/env.schema';
import { DatabaseModule } from './database/database.module';
import { DemoSeedService } from './database/seeds/demo-seed.service';
import { AdminUnitsModule } from './modules/admin-units/admin-units.module';
import { HealthModule } from './modules/health/health.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';

/** Every body, query and params is validated by its contracts schema; an undeclared one is a bug. */
const ContractsValidationPipe = createZodValidationPipe({ strictSchemaDeclaration: true });

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url === '/api/health' },
            customProps: () => ({ service: 'api' }),
          },
        }),
        DatabaseModule,
        HealthModule,
        AdminUnitsModule,
        OrganizationsModule,
      ],
      providers: [
        DemoSeedService,
        { provide: APP_PIPE, useClass: ContractsValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
