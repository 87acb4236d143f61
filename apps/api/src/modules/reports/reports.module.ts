import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { JobsModule } from '../jobs/jobs.module';
import { TargetsModule } from '../targets/targets.module';
import { PlanReportRepository } from './plan-report/plan-report.repository';
import { PlanReportService } from './plan-report/plan-report.service';
import { PlanResultsController } from './plan-results.controller';
import { PlanResultsExportService } from './plan-results-export.service';
import { PlanResultsRepository } from './plan-results.repository';
import { PlanResultsService } from './plan-results.service';
import { ReportExportService } from './report-export.service';
import { ReportJobs } from './report-jobs';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';
import { RollupsService } from './rollups/rollups.service';

@Module({
  imports: [CampaignsModule, TargetsModule, AuditModule, JobsModule],
  controllers: [ReportsController, PlanResultsController],
  providers: [
    ReportsRepository,
    ReportsService,
    RollupsService,
    ReportExportService,
    PlanResultsRepository,
    PlanResultsService,
    PlanResultsExportService,
    PlanReportRepository,
    PlanReportService,
    ReportJobs,
  ],
  exports: [RollupsService],
})
export class ReportsModule {}
