import type ExcelJS from 'exceljs';
import { formatDate } from '../pdf/format';

/** The product's navy, as exceljs writes a colour (ARGB). */
export const XLSX_NAVY = 'FF0B3A82';

/**
 * The top of a report's sheet: its title in navy, the lines that say what it covers (campaign,
 * period…) and the day it was made ("Ngày lập: dd/MM/yyyy", in Vietnam).
 */
export function addReportHeading(
  sheet: ExcelJS.Worksheet,
  title: string,
  lines: string[],
  generatedAt: Date,
): void {
  sheet.addRow([title]).font = { bold: true, size: 14, color: { argb: XLSX_NAVY } };
  for (const line of lines) sheet.addRow([line]).font = { italic: true };
  sheet.addRow([`Ngày lập: ${formatDate(generatedAt)}`]).font = { italic: true };
}

/** A table's header row: white bold words on navy, centred and wrapped. */
export function addHeaderRow(sheet: ExcelJS.Worksheet, headers: string[]): ExcelJS.Row {
  const header = sheet.addRow(headers);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell(
    (c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: XLSX_NAVY } }),
  );
  return header;
}
