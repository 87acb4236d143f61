import type { ImportRowError } from '@canhgiac/contracts';
import type * as ExcelJS from 'exceljs';
import { exceljs } from '../../../common/lazy-modules';
import type { FileRow } from './import-file-reader';

const BAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const BAD_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } };

/** The cells at fault, by row then column index, each with its reasons. */
export type CellMarks = Map<number, Map<number, string[]>>;

/**
 * Where each error goes: the column it names (the file's header, or the column's label when the
 * file has none such), or the row's first cell when the column is not in the file.
 */
export function cellMarks(
  errors: ImportRowError[],
  columnIndex: Map<string, number>,
  headerRow: number,
): CellMarks {
  const marks: CellMarks = new Map();
  for (const error of errors) {
    if (error.row <= headerRow) continue;
    const index = columnIndex.get(error.column);
    const reason = index === undefined ? `${error.column}: ${error.message}` : error.message;
    const row = marks.get(error.row) ?? new Map<number, string[]>();
    row.set(index ?? 0, [...(row.get(index ?? 0) ?? []), reason]);
    marks.set(error.row, row);
  }
  return marks;
}

/**
 * Writes the file's rows to an XLSX at `target`, streaming (a row is written and let go): the
 * header as the file has it, every row at its own row number, the cells at fault filled red with
 * a note giving the reason. A coordinator opens it in Excel, fixes the red cells and imports it.
 */
export async function writeAnnotatedFile(
  target: string,
  rows: AsyncIterable<FileRow>,
  marks: CellMarks,
  headerRow = 1,
): Promise<void> {
  const workbook = new (exceljs().stream.xlsx.WorkbookWriter)({
    filename: target,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Cảnh Giác';
  const sheet = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  for await (const { row: number, cells } of rows) {
    const row = sheet.getRow(number);
    cells.forEach((cell, index) => {
      row.getCell(index + 1).value = cell;
    });
    if (number === headerRow) row.font = { bold: true };
    for (const [index, reasons] of marks.get(number) ?? []) {
      const cell = row.getCell(index + 1);
      cell.fill = BAD_FILL;
      cell.font = BAD_FONT;
      cell.note = reasons.join('\n');
    }
    row.commit();
  }
  await sheet.commit();
  await workbook.commit();
}
