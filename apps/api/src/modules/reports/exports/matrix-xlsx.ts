import {
  type Matrix,
  matrixMeasureLabels,
  noTargetBand,
  targetBand,
  targetBands,
} from '@canhgiac/contracts';
import type * as ExcelJS from 'exceljs';
import { exceljs } from '../../../common/lazy-modules';
import { formatDate } from '../../../common/pdf/format';

const NAVY = 'FF0B3A82';
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const fill = (hex: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: argb(hex) },
});

/** What the cells count, in the words of the web's matrix. */
export const measureLabels = matrixMeasureLabels;

export interface MatrixContext {
  matrix: Matrix;
  title: string;
  lines: string[];
  generatedAt: Date;
}

/**
 * The matrix as a workbook: each cell shows actual and target ("12 / 20") on the colour of its
 * band (the same bands and colours as the web's heat map, from the contracts), row and column
 * totals against their targets, and a legend of the colours below.
 */
export async function matrixXlsx(context: MatrixContext): Promise<Buffer> {
  const { matrix } = context;
  const workbook = new (exceljs().Workbook)();
  workbook.creator = 'Cảnh Giác';
  const sheet = workbook.addWorksheet('Ma trận', {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 4 + context.lines.length }],
  });
  sheet.getColumn(1).width = 34;
  for (let j = 0; j <= matrix.cols.length; j += 1) sheet.getColumn(j + 2).width = 16;

  sheet.addRow([context.title]).font = { bold: true, size: 14, color: { argb: NAVY } };
  for (const line of context.lines) sheet.addRow([line]).font = { italic: true };
  sheet.addRow([`Ngày lập: ${formatDate(context.generatedAt)}`]).font = { italic: true };
  sheet.addRow([`Mỗi ô: thực hiện / chỉ tiêu (${measureLabels[matrix.measure]})`]).font = {
    italic: true,
  };
  const header = sheet.addRow(['', ...matrix.cols.map((c) => c.label), 'Tổng cộng']);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 34;
  header.eachCell((c) => (c.fill = fill('#0B3A82')));

  const show = (actual: number, target: number | null) =>
    target === null
      ? actual
      : `${actual.toLocaleString('vi-VN')} / ${target.toLocaleString('vi-VN')}`;
  const paint = (cell: ExcelJS.Cell, actual: number, target: number | null) => {
    cell.fill = fill(targetBand(actual, target).colour);
    cell.alignment = { horizontal: 'right' };
    if (typeof cell.value === 'number') cell.numFmt = '#,##0';
  };
  matrix.rows.forEach((row, i) => {
    const line = sheet.addRow([
      row.label,
      ...matrix.cells[i].map((n, j) => show(n, matrix.targets[i][j])),
      show(matrix.rowTotals[i], matrix.rowTargets[i]),
    ]);
    matrix.cells[i].forEach((n, j) => paint(line.getCell(j + 2), n, matrix.targets[i][j]));
    paint(line.getCell(matrix.cols.length + 2), matrix.rowTotals[i], matrix.rowTargets[i]);
    line.getCell(matrix.cols.length + 2).font = { bold: true };
  });
  const totals = sheet.addRow([
    'Tổng cộng',
    ...matrix.colTotals.map((n, j) => show(n, matrix.colTargets[j])),
    matrix.total,
  ]);
  totals.font = { bold: true };
  matrix.colTotals.forEach((n, j) => paint(totals.getCell(j + 2), n, matrix.colTargets[j]));
  totals.getCell(matrix.cols.length + 2).numFmt = '#,##0';
  totals.eachCell((c) => (c.border = { top: { style: 'thin' } }));

  sheet.addRow([]);
  sheet.addRow(['Chú giải màu']).font = { bold: true };
  for (const band of [...targetBands, noTargetBand]) {
    const legend = sheet.addRow(['', band.label]);
    legend.getCell(1).fill = fill(band.colour);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
