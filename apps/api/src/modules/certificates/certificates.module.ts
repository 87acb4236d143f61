import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { JobsModule } from '../jobs/jobs.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { CertificatesPdfJob } from './certificates-pdf.job';
import { CertificatesController } from './certificates.controller';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesService } from './certificates.service';

@Module({
  imports: [AuditModule, CampaignsModule, RateLimitModule, JobsModule],
  controllers: [CertificatesController],
  providers: [CertificatesRepository, CertificatesService, CertificatesPdfJob],
  exports: [CertificatesService],
})
export class CertificatesModule {}
