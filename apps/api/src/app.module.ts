import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { ContractsValidationPipe } from './common/validation/contracts-validation.pipe';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { type Clock, ClockModule } from './common/clock';
import { ConfigModule } from './config/config.module';
import { pinoPretty } from './common/lazy-modules';
import type { AppConfig } from './config/env.schema';
import { DatabaseModule } from './database/database.module';
import { DemoSeedService } from './database/seeds/demo-seed.service';
import { AdminUnitsModule } from './modules/admin-units/admin-units.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CampaignsModule } from './modules/campaigns/campaigns.module';
import { CertificatesModule } from './modules/certificates/certificates.module';
import { ConferencesModule } from './modules/conferences/conferences.module';
import { LeafletsModule } from './modules/leaflets/leaflets.module';
import { PeopleModule } from './modules/people/people.module';
import { RegistrationsModule } from './modules/registrations/registrations.module';
import { ReportsModule } from './modules/reports/reports.module';
import { UsersModule } from './modules/users/users.module';
import { HealthModule } from './modules/health/health.module';
import { HousekeepingModule } from './modules/housekeeping/housekeeping.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { ActivitiesModule } from './modules/activities/activities.module';
import { TargetsModule } from './modules/targets/targets.module';
import { SerializeOnceInterceptor } from './common/http/serialize-once.interceptor';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
          pinoHttp: [
            {
              level: config.logLevel,
              redact: [
                'req.headers.authorization',
                'req.headers.cookie',
                'res.headers["set-cookie"]',
              ],
              autoLogging: { ignore: (req) => req.url === '/api/health' },
              customProps: () => ({ service: 'api' }),
            },
            config.logFormat === 'pretty'
              ? pinoPretty()({
                  colorize: true,
                  translateTime: 'SYS:HH:MM:ss',
                  ignore: 'pid,hostname,service,req,res',
                })
              : pino.destination(1),
          ],
        }),
        DatabaseModule,
        HealthModule,
        AdminUnitsModule,
        OrganizationsModule,
        AuditModule,
        UsersModule,
        AuthModule,
        CampaignsModule,
        ConferencesModule,
        PeopleModule,
        RegistrationsModule,
        CertificatesModule,
        LeafletsModule,
        ReportsModule,
        HousekeepingModule,
        ActivitiesModule,
        TargetsModule,
      ],
      providers: [
        DemoSeedService,
        { provide: APP_PIPE, useClass: ContractsValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: SerializeOnceInterceptor },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
