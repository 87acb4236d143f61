import { activityMetricKeys, channelFigureLabels, type ChannelsReport } from '@canhgiac/contracts';
import ExcelJS from 'exceljs';
import { formatDate } from '../../../common/pdf/format';

const NAVY = 'FF0B3A82';

/** The channels report as a workbook: one row per channel, a totals row. */
export async function channelsXlsx(
  report: ChannelsReport,
  lines: string[],
  generatedAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cảnh Giác';
  const sheet = workbook.addWorksheet('Kênh truyền thông');
  sheet.columns = [{ width: 30 }, { width: 14 }, ...activityMetricKeys.map(() => ({ width: 16 }))];
  sheet.addRow(['KẾT QUẢ TUYÊN TRUYỀN THEO KÊNH']).font = {
    bold: true,
    size: 14,
    color: { argb: NAVY },
  };
  for (const line of lines) sheet.addRow([line]).font = { italic: true };
  sheet.addRow([`Ngày lập: ${formatDate(generatedAt)}`]).font = { italic: true };
  const header = sheet.addRow([
    'Kênh',
    channelFigureLabels.activities,
    ...activityMetricKeys.map((key) => channelFigureLabels[key]),
  ]);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: NAVY } }));
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
