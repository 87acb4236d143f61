import { formatDate } from '../../../common/pdf/format';
import {
  createPdf,
  FOOTER_HEIGHT,
  nfc,
  type Pdf,
  writePageNumbers,
} from '../../../common/pdf/pdf-document';
import {
  figureColumns,
  filterLines,
  groupingHeaders,
  type ReportContext,
  showsCode,
} from './coverage-columns';

const MARGIN = 36;
/** A4 landscape. */
const PAGE_HEIGHT = 595.28;
const ROW = 20;
const HEADER = 34;
/** The first page's title and filter lines have a fixed height, so paging is known in advance. */
const HEADING = 62;

const rowsBelow = (top: number) =>
  Math.floor((PAGE_HEIGHT - MARGIN - FOOTER_HEIGHT - top - HEADER) / ROW);

/** Table rows (the units, then the totals row) on the first page and on each following page. */
export const COVERAGE_ROWS_PER_PAGE = {
  first: rowsBelow(MARGIN + HEADING),
  next: rowsBelow(MARGIN),
} as const;

const number = (value: number | null, percent = false) =>
  value === null
    ? '–'
    : percent
      ? value.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
      : value.toLocaleString('vi-VN');

/** The coverage report on A4 landscape, with the table's header repeated on every page. */
export function renderCoveragePdf(context: ReportContext): Pdf {
  const { report } = context;
  const doc = createPdf({
    title: 'Báo cáo kết quả tuyên truyền phòng, chống lừa đảo',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
  });
  const width = doc.page.width - 2 * MARGIN;
  const code = showsCode(report.groupBy);
  const figureWidth = 78;
  const labelWidth = width - figureWidth * figureColumns.length - (code ? 48 : 0);
  const columns = [
    ...(code ? [{ header: 'Mã', width: 48, align: 'center' as const }] : []),
    { header: groupingHeaders[report.groupBy], width: labelWidth, align: 'left' as const },
    ...figureColumns.map((c) => ({
      header: c.header,
      width: figureWidth,
      align: 'right' as const,
    })),
  ];

  doc
    .font('bold')
    .fontSize(15)
    .fillColor('#0B3A82')
    .text('BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN PHÒNG, CHỐNG LỪA ĐẢO', MARGIN, MARGIN, {
      width,
      align: 'center',
      lineBreak: false,
    });
  doc.fillColor('black').font('regular').fontSize(10);
  const filters = nfc(
    [...filterLines(context), `Ngày lập: ${formatDate(context.generatedAt)}`].join('     '),
  );
  doc.text(filters, MARGIN, MARGIN + 24, { width, align: 'center', height: 28, ellipsis: true });
  let y = MARGIN + HEADING;
  let left = COVERAGE_ROWS_PER_PAGE.first;

  const drawHeader = () => {
    let x = MARGIN;
    doc.font('bold').fontSize(9);
    for (const column of columns) {
      doc.rect(x, y, column.width, HEADER).fillAndStroke('#E8EEF7', '#000000');
      const h = doc.heightOfString(nfc(column.header), { width: column.width - 6 });
      doc.fillColor('black').text(nfc(column.header), x + 3, y + (HEADER - h) / 2, {
        width: column.width - 6,
        align: 'center',
      });
      x += column.width;
    }
    y += HEADER;
  };
  const drawRow = (cells: string[], bold: boolean) => {
    if (left === 0) {
      doc.addPage();
      y = MARGIN;
      left = COVERAGE_ROWS_PER_PAGE.next;
      drawHeader();
    }
    left -= 1;
    let x = MARGIN;
    doc.font(bold ? 'bold' : 'regular').fontSize(9);
    columns.forEach((column, i) => {
      doc.lineWidth(0.5).rect(x, y, column.width, ROW).stroke('#000000');
      doc.fillColor('black').text(nfc(cells[i]), x + 4, y + 6, {
        width: column.width - 8,
        height: ROW - 8,
        align: column.align,
        ellipsis: true,
      });
      x += column.width;
    });
    y += ROW;
  };

  drawHeader();
  for (const row of report.rows) {
    drawRow(
      [
        ...(code ? [row.key ?? ''] : []),
        row.label,
        ...figureColumns.map((c) => number(row[c.key], c.percent)),
      ],
      false,
    );
  }
  drawRow(
    [
      ...(code ? [''] : []),
      'Tổng cộng',
      ...figureColumns.map((c) => number(report.totals[c.key], c.percent)),
    ],
    true,
  );

  writePageNumbers(doc, MARGIN);
  return doc;
}
