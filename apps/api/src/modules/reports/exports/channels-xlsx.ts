import { activityMetricKeys, channelFigureLabels, type ChannelsReport } from '@canhgiac/contracts';
import type * as ExcelJS from 'exceljs';
import { exceljs } from '../../../common/lazy-modules';
import { addHeaderRow, addReportHeading } from '../../../common/xlsx/report-sheet';

/** The channels report as a workbook: one row per channel, a totals row. */
export async function channelsXlsx(
  report: ChannelsReport,
  lines: string[],
  generatedAt: Date,
): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  workbook.creator = 'Cảnh Giác';
  const sheet = workbook.addWorksheet('Kênh truyền thông');
  sheet.columns = [{ width: 30 }, { width: 14 }, ...activityMetricKeys.map(() => ({ width: 16 }))];
  addReportHeading(sheet, 'KẾT QUẢ TUYÊN TRUYỀN THEO KÊNH', lines, generatedAt);
  addHeaderRow(sheet, [
    'Kênh',
    channelFigureLabels.activities,
    ...activityMetricKeys.map((key) => channelFigureLabels[key]),
  ]);
  const numbers = (row: ExcelJS.Row) => row.eachCell((c, i) => i > 1 && (c.numFmt = '#,##0'));
  for (const row of report.rows)
    numbers(
      sheet.addRow([row.label, row.activities, ...activityMetricKeys.map((key) => row[key])]),
    );
  const totals = sheet.addRow([
    'Tổng cộng',
    report.totals.activities,
    ...activityMetricKeys.map((key) => report.totals[key]),
  ]);
  totals.font = { bold: true };
  numbers(totals);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
