import type { ReportFormat } from '@canhgiac/contracts';
import { useFileDownload } from '../../../lib/use-file-download';
import type { CoverageParams } from './get-coverage-report';

export type ExportFormat = Exclude<ReportFormat, 'json'>;

/**
 * `GET /api/reports/coverage?…&format=csv|xlsx|pdf`: the same report as a file (CSV in UTF-8 with
 * a BOM for Excel, a spreadsheet, or a PDF with Vietnamese fonts), streamed by the API.
 */
export function useCoverageExport(format: ExportFormat) {
  const file = useFileDownload();
  return {
    ...file,
    exportReport: (params: CoverageParams) =>
      file.download('/reports/coverage', {
        query: { ...params, format },
        fallbackFileName: `bao-cao-bao-phu-${params.groupBy}.${format}`,
      }),
  };
}
