import { Injectable } from '@nestjs/common';
import type { CoverageQuery, CoverageReport } from '@canhgiac/contracts';
import type { Writable } from 'node:stream';
import { CampaignsService } from '../campaigns/campaigns.service';
import { type ReportContext } from './exports/coverage-columns';
import { writeCoverageCsv } from './exports/coverage-csv';
import { renderCoveragePdf } from './exports/coverage-pdf';
import { writeCoverageXlsx } from './exports/coverage-xlsx';

/** Writes a coverage report as a file in the format asked for, streaming into `out`. */
@Injectable()
export class ReportExportService {
  constructor(private readonly campaigns: CampaignsService) {}

  async write(report: CoverageReport, query: CoverageQuery, out: Writable): Promise<void> {
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
        writeCoverageCsv(context, out, query.decimal);
        return;
      case 'xlsx':
        await writeCoverageXlsx(context, out);
        return;
      case 'pdf': {
        const doc = renderCoveragePdf(context);
        doc.pipe(out);
        doc.end();
        return;
      }
      case 'json':
        out.end(JSON.stringify(report));
    }
  }
}
