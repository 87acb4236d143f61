import { Injectable, type OnModuleInit } from '@nestjs/common';
import { mediaTypes } from '@canhgiac/contracts';
import { AppError } from '../../common/errors/app-error';
import { CampaignsService } from '../campaigns/campaigns.service';
import { JobsService } from '../jobs/jobs.service';
import { coverageFileTitle } from './exports/coverage-columns';
import { PLAN_REPORT_FILE_TITLE, PlanResultsExportService } from './plan-results-export.service';
import { ReportExportService } from './report-export.service';
import { ReportsService } from './reports.service';

/**
 * The reports that may take a while, as jobs: `coverage_export` (the coverage report as CSV,
 * XLSX or PDF, for the query of `GET /api/reports/coverage`) and `plan_report` (the results
 * report, as `GET /api/reports/plan-report` makes it). Each is one step: 0/1, then 1/1.
 */
@Injectable()
export class ReportJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly reports: ReportsService,
    private readonly exports: ReportExportService,
    private readonly planResultsExports: PlanResultsExportService,
    private readonly campaigns: CampaignsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('coverage_export', {
      check: async (_actor, query) => {
        if (query.campaignId) await this.campaigns.get(query.campaignId);
      },
      run: async (actor, query, output) => {
        await output.progress(0, 1);
        const report = await this.reports.coverage(actor, query);
        await this.exports.write(report, query, output.file);
        await output.progress(1, 1);
        const format = query.format as 'csv' | 'xlsx' | 'pdf';
        return {
          title: coverageFileTitle(query.groupBy),
          extension: format,
          type: mediaTypes[format],
        };
      },
    });
    this.jobs.register('plan_report', {
      check: async (actor, query) => {
        if (actor.role === 'coordinator') throw AppError.forbidden();
        await this.campaigns.get(query.campaignId);
      },
      run: async (actor, query, output) => {
        await output.progress(0, 1);
        output.file.end(await this.planResultsExports.planReport(actor, query));
        await output.progress(1, 1);
        return {
          title: PLAN_REPORT_FILE_TITLE,
          extension: query.format,
          type: query.format === 'pdf' ? mediaTypes.pdf : mediaTypes.docx,
        };
      },
    });
  }
}
