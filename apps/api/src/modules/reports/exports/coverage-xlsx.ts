import type { Writable } from 'node:stream';
import { exceljs } from '../../../common/lazy-modules';
import { formatDate } from '../../../common/pdf/format';
import {
  figureColumns,
  filterLines,
  groupingHeaders,
  type ReportContext,
  showsCode,
} from './coverage-columns';

const NAVY = 'FF0B3A82';

/**
 * The coverage report as an Excel workbook, streamed: the title and the filters on top, a styled
 * header, number formats, and a totals row.
 */
export async function writeCoverageXlsx(context: ReportContext, out: Writable): Promise<void> {
  const { report } = context;
  const workbook = new (exceljs().stream.xlsx.WorkbookWriter)({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Cảnh Giác';
  const sheet = workbook.addWorksheet('Báo cáo', { views: [{ state: 'frozen', ySplit: 6 }] });
  const code = showsCode(report.groupBy);
  const headers = [
    ...(code ? ['Mã'] : []),
    groupingHeaders[report.groupBy],
    ...figureColumns.map((c) => c.header),
  ];
  sheet.columns = headers.map((_, i) => ({
    width: i === (code ? 1 : 0) ? 36 : code && i === 0 ? 9 : 16,
  }));

  sheet.addRow(['BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN PHÒNG, CHỐNG LỪA ĐẢO']).font = {
    bold: true,
    size: 14,
    color: { argb: NAVY },
  };
  for (const line of filterLines(context)) sheet.addRow([line]).font = { italic: true };
  sheet.addRow([`Ngày lập: ${formatDate(context.generatedAt)}`]).font = { italic: true };
  const header = sheet.addRow(headers);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 34;
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: NAVY } };
    c.border = { bottom: { style: 'thin' } };
  });
  header.commit();

  const formats = [
    ...(code ? ['@', '@'] : ['@']),
    ...figureColumns.map((c) => (c.percent ? '0.00' : '#,##0')),
  ];
  const addRow = (values: Array<string | number | null>, bold = false) => {
    const row = sheet.addRow(values);
    row.eachCell({ includeEmpty: false }, (c, index) => {
      c.numFmt = formats[index - 1];
    });
    if (bold) {
      row.font = { bold: true };
      row.eachCell((c) => (c.border = { top: { style: 'thin' } }));
    }
    row.commit();
  };
  for (const row of report.rows)
    addRow([...(code ? [row.key] : []), row.label, ...figureColumns.map((c) => row[c.key])]);
  addRow(
    [...(code ? [''] : []), 'Tổng cộng', ...figureColumns.map((c) => report.totals[c.key])],
    true,
  );
  sheet.commit();
  await workbook.commit();
}
