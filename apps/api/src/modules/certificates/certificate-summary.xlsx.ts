import type { CertificateSummary } from '@canhgiac/contracts';
import type * as ExcelJS from 'exceljs';
import { exceljs } from '../../common/lazy-modules';
import { formatDate } from '../../common/pdf/format';
import { addHeaderRow, addReportHeading } from '../../common/xlsx/report-sheet';

/** The name of the workbook (its file is named after it). */
export const CERTIFICATE_SUMMARY_TITLE = 'Tình hình cấp giấy chứng nhận';

const columns: Array<{ header: string; width: number }> = [
  { header: 'STT', width: 6 },
  { header: 'Hội nghị', width: 48 },
  { header: 'Ngày tổ chức', width: 13 },
  { header: 'Xã, phường (khi tổ chức)', width: 24 },
  { header: 'Đủ điều kiện (đã điểm danh)', width: 15 },
  { header: 'Đã cấp (còn hiệu lực)', width: 14 },
  { header: 'Còn phải cấp', width: 12 },
  { header: 'Đã thu hồi, chưa cấp lại', width: 14 },
];

/**
 * The held conferences with their certificates counted, one row each, newest first, and a
 * totals row: what the certificates page shows, for the whole list.
 */
export async function certificateSummaryXlsx(
  summary: Pick<CertificateSummary, 'items' | 'totals'>,
  lines: string[],
  generatedAt: Date,
): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  workbook.creator = 'Cảnh Giác';
  const sheet = workbook.addWorksheet('Giấy chứng nhận', {
    views: [{ state: 'frozen', ySplit: lines.length + 3 }],
  });
  sheet.columns = columns.map(({ width }) => ({ width }));
  addReportHeading(sheet, CERTIFICATE_SUMMARY_TITLE.toUpperCase(), lines, generatedAt);
  addHeaderRow(
    sheet,
    columns.map((c) => c.header),
  ).height = 34;
  const numbers = (row: ExcelJS.Row) => row.eachCell((c, i) => i > 4 && (c.numFmt = '#,##0'));
  summary.items.forEach((item, i) =>
    numbers(
      sheet.addRow([
        i + 1,
        item.title,
        formatDate(item.startsAt),
        item.communeName ?? item.communeCode,
        item.eligible,
        item.issued,
        item.toIssue,
        item.revoked,
      ]),
    ),
  );
  const { totals } = summary;
  const total = sheet.addRow([
    '',
    `Tổng cộng (${totals.conferences.toLocaleString('vi-VN')} hội nghị)`,
    '',
    '',
    totals.eligible,
    totals.issued,
    totals.toIssue,
    totals.revoked,
  ]);
  total.font = { bold: true };
  total.eachCell((c) => (c.border = { top: { style: 'thin' } }));
  numbers(total);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
