import { Injectable } from '@nestjs/common';
import type {
  ChannelsQuery,
  ChannelsReport,
  Matrix,
  MatrixQuery,
  PlanReportQuery,
} from '@canhgiac/contracts';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { onFirstUse } from '../../common/lazy-modules';
import { CampaignsService } from '../campaigns/campaigns.service';
import { channelsXlsx } from './exports/channels-xlsx';
import { matrixXlsx, measureLabels } from './exports/matrix-xlsx';
import { day } from './plan-report/plan-report.content';
import { planReportPdf } from './plan-report/plan-report.pdf';
import { PlanReportService } from './plan-report/plan-report.service';

/** The Word writer and its docx library load on the first Word report, not at start. */
type WordWriter = typeof import('./plan-report/plan-report.docx');
const wordWriter = onFirstUse(
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use
  () => require('./plan-report/plan-report.docx') as WordWriter,
);

const dimensionNames = {
  commune: 'xã',
  organization: 'tổ chức',
  group: 'nhóm đối tượng',
  month: 'tháng',
} as const;

const measureNames = {
  uniqueParticipants: 'số người tham gia',
  attended: 'lượt người tham dự',
  conferencesHeld: 'số hội nghị',
} as const;

/** The name of the channels workbook. */
export const CHANNELS_FILE_TITLE = 'Kết quả tuyên truyền theo kênh';
/** The name of the results report, made at once or as a job. */
export const PLAN_REPORT_FILE_TITLE = 'Báo cáo kết quả kế hoạch';

/** "Ma trận số người tham gia theo xã và tổ chức": the name of the matrix workbook. */
export const matrixFileTitle = (query: Pick<MatrixQuery, 'measure' | 'rows' | 'cols'>) =>
  `Ma trận ${measureNames[query.measure]} theo ${dimensionNames[query.rows]} và ${dimensionNames[query.cols]}`;

/** Files of the plan's results: the channels and matrix workbooks and the results report. */
@Injectable()
export class PlanResultsExportService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly planReports: PlanReportService,
    private readonly clock: Clock,
  ) {}

  private async filterLines(query: {
    campaignId?: string;
    from?: string;
    to?: string;
  }): Promise<string[]> {
    const lines: string[] = [];
    if (query.campaignId)
      lines.push(`Chiến dịch: ${(await this.campaigns.get(query.campaignId)).name}`);
    if (query.from || query.to)
      lines.push(
        `Thời gian: ${query.from ? `từ ${day(query.from)} ` : ''}${query.to ? `đến ${day(query.to)}` : ''}`.trim(),
      );
    return lines;
  }

  async channelsXlsx(report: ChannelsReport, query: ChannelsQuery): Promise<Buffer> {
    return channelsXlsx(report, await this.filterLines(query), this.clock.now());
  }

  async matrixXlsx(matrix: Matrix, query: MatrixQuery): Promise<Buffer> {
    return matrixXlsx({
      matrix,
      title: `${measureLabels[matrix.measure].toUpperCase()} THEO ${dimensionNames[query.rows].toUpperCase()} VÀ ${dimensionNames[query.cols].toUpperCase()}`,
      lines: await this.filterLines(query),
      generatedAt: this.clock.now(),
    });
  }

  async planReport(actor: Actor, query: PlanReportQuery): Promise<Buffer> {
    const data = await this.planReports.data(actor, query);
    if (query.format === 'docx') return wordWriter().planReportDocx(data);
    const doc = planReportPdf(data);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve, reject) => {
      doc.on('end', resolve);
      doc.on('error', reject);
    });
    doc.end();
    await done;
    return Buffer.concat(chunks);
  }
}
