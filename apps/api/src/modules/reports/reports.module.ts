import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ReportExportService } from './report-export.service';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

@Module({
  imports: [CampaignsModule],
  controllers: [ReportsController],
  providers: [ReportsRepository, ReportsService, ReportExportService],
})
export class ReportsModule {}
