import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { JobsModule } from '../jobs/jobs.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { HousekeepingService } from './housekeeping.service';

@Module({
  imports: [AuditModule, AuthModule, RateLimitModule, CertificatesModule, JobsModule],
  providers: [HousekeepingService],
})
export class HousekeepingModule {}
