import { Injectable } from '@nestjs/common';
import type { CoverageQuery, CoverageReport } from '@canhgiac/contracts';
import type { Response } from 'express';
import { CampaignsService } from '../campaigns/campaigns.service';
import { type ReportContext } from './exports/coverage-columns';
import { writeCoverageCsv } from './exports/coverage-csv';
import { renderCoveragePdf } from './exports/coverage-pdf';
import { writeCoverageXlsx } from './exports/coverage-xlsx';

/** Writes a coverage report to the response in the format asked for, streaming. */
@Injectable()
export class ReportExportService {
  constructor(private readonly campaigns: CampaignsService) {}

  async write(report: CoverageReport, query: CoverageQuery, res: Response): Promise<void> {
    const campaign = query.campaignId ? await this.campaigns.find(query.campaignId) : undefined;
    const context: ReportContext = {
      report,
      campaignName: campaign?.name ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      generatedAt: new Date(),
    };
    switch (query.format) {
      case 'csv':
        writeCoverageCsv(context, res);
        return;
      case 'xlsx':
        await writeCoverageXlsx(context, res);
        return;
      case 'pdf': {
        const doc = renderCoveragePdf(context);
        doc.pipe(res);
        doc.end();
        return;
      }
      case 'json':
        res.json(report);
    }
  }
}
