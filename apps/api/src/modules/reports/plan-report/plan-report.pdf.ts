import { formatLongDate } from '../../../common/pdf/format';
import { createPdf, nfc, type Pdf, writePageNumbers } from '../../../common/pdf/pdf-document';
import {
  type Block,
  documentNumberLine,
  type PlanReportData,
  planReportBlocks,
  planReportTitle,
  recipientLines,
} from './plan-report.content';

const MM = 72 / 25.4;
/** The decree's margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
const LEFT = 30 * MM;
const RIGHT = 15 * MM;
const TOP = 20 * MM;
const BOTTOM = 20 * MM;

/**
 * The results report as a PDF, in the same layout and with the same blocks as the DOCX. Times New
 * Roman is not shipped with the product; the PDF embeds Be Vietnam Pro, which has every
 * Vietnamese glyph, at the decree's sizes (13–14 pt).
 */
export function planReportPdf(data: PlanReportData): Pdf {
  // Bounded: one row per commune of the province, so the pages can be kept for their numbers.
  const doc = createPdf({
    title: `Báo cáo ${planReportTitle(data)}`,
    margin: TOP,
    bufferPages: true,
  });
  doc.page.margins = { top: TOP, bottom: BOTTOM, left: LEFT, right: RIGHT };
  doc.on('pageAdded', () => {
    doc.page.margins = { top: TOP, bottom: BOTTOM, left: LEFT, right: RIGHT };
    doc.x = LEFT;
    doc.y = TOP + 10;
  });
  const width = doc.page.width - LEFT - RIGHT;
  const bottom = () => doc.page.height - BOTTOM;

  // The heading: agency and number on the left, national title and motto on the right.
  const leftWidth = width * 0.42;
  const rightWidth = width - leftWidth;
  const rightX = LEFT + leftWidth;
  doc
    .font('regular')
    .fontSize(12)
    .text(nfc(data.parentBody.toUpperCase()), LEFT, TOP, { width: leftWidth, align: 'center' });
  doc
    .font('bold')
    .fontSize(12)
    .text(nfc(data.issuer.toUpperCase()), LEFT, doc.y, { width: leftWidth, align: 'center' });
  const leftRule = doc.y + 4;
  doc
    .lineWidth(0.6)
    .moveTo(LEFT + leftWidth / 2 - 35, leftRule)
    .lineTo(LEFT + leftWidth / 2 + 35, leftRule)
    .stroke();
  doc
    .font('regular')
    .fontSize(12.5)
    .text(nfc(documentNumberLine(data)), LEFT, leftRule + 8, { width: leftWidth, align: 'center' });

  doc.font('bold').fontSize(12).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, TOP, {
    width: rightWidth,
    align: 'center',
  });
  doc
    .font('bold')
    .fontSize(13)
    .text('Độc lập - Tự do - Hạnh phúc', rightX, doc.y, { width: rightWidth, align: 'center' });
  const rightRule = doc.y + 4;
  const mottoWidth = doc.widthOfString('Độc lập - Tự do - Hạnh phúc');
  doc
    .moveTo(rightX + (rightWidth - mottoWidth) / 2, rightRule)
    .lineTo(rightX + (rightWidth + mottoWidth) / 2, rightRule)
    .stroke();
  doc
    .font('italic')
    .fontSize(13)
    .text(
      nfc(`${data.place}, ${formatLongDate(`${data.issuedOn}T12:00:00+07:00`)}`),
      rightX,
      rightRule + 8,
      { width: rightWidth, align: 'center' },
    );

  doc.y = Math.max(doc.y, leftRule + 30) + 24;
  doc.font('bold').fontSize(14).text('BÁO CÁO', LEFT, doc.y, { width, align: 'center' });
  doc.text(nfc(planReportTitle(data)), LEFT, doc.y, { width, align: 'center' });
  doc
    .font('italic')
    .fontSize(13)
    .text(
      `(Từ ngày ${data.from.split('-').reverse().join('/')} đến ngày ${data.to.split('-').reverse().join('/')})`,
      LEFT,
      doc.y,
      { width, align: 'center' },
    );
  const titleRule = doc.y + 8;
  doc
    .moveTo(LEFT + width / 2 - 50, titleRule)
    .lineTo(LEFT + width / 2 + 50, titleRule)
    .stroke();
  doc.y = titleRule + 14;

  const indent = 12.7 * MM;
  const paragraph = (text: string, font: 'regular' | 'bold' = 'regular', gap = 4) => {
    doc
      .font(font)
      .fontSize(13)
      .text(nfc(text), LEFT, doc.y, { width, align: 'justify', indent, lineGap: 2 });
    doc.moveDown(gap / 13);
  };
  for (const block of planReportBlocks(data)) {
    if (block.kind === 'table') {
      drawTable(doc, block, width, bottom);
      continue;
    }
    if (doc.y > bottom() - 40) doc.addPage();
    if (block.kind === 'heading') {
      doc.moveDown(0.4);
      paragraph(block.text, 'bold');
    } else if (block.kind === 'subheading') {
      doc.moveDown(0.2);
      paragraph(block.text, 'bold');
    } else if (block.kind === 'bullet') paragraph(`- ${block.text}`, 'regular', 2);
    else paragraph(block.text);
  }

  // Recipients on the left, the signature on the right; kept together on one page.
  const recipients = recipientLines(data);
  if (doc.y + 170 > bottom()) doc.addPage();
  const top = doc.y + 14;
  const half = width / 2;
  doc.font('boldItalic').fontSize(12).text('Nơi nhận:', LEFT, top, { width: half });
  doc.font('regular').fontSize(11);
  for (const r of recipients) doc.text(nfc(r), LEFT, doc.y, { width: half });
  doc
    .font('bold')
    .fontSize(13)
    .text(nfc(data.signerTitle.toUpperCase()), LEFT + half, top, { width: half, align: 'center' });
  if (data.signerName)
    doc
      .font('bold')
      .fontSize(13)
      .text(nfc(data.signerName), LEFT + half, top + 110, { width: half, align: 'center' });

  // Page numbers from the second page, at the top centre (the decree's layout).
  writePageNumbers(doc, LEFT, {
    label: (page) => String(page),
    top: 9 * MM,
    right: RIGHT,
    align: 'center',
    fontSize: 12,
    color: 'black',
    from: 2,
  });
  return doc;
}

function drawTable(
  doc: Pdf,
  block: Extract<Block, { kind: 'table' }>,
  width: number,
  bottom: () => number,
) {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => (width * w) / total);
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(10.5);
    const height =
      Math.max(...cells.map((text, i) => doc.heightOfString(nfc(text), { width: widths[i] - 6 }))) +
      8;
    return {
      height,
      draw: (y: number) => {
        doc.font(bold ? 'bold' : 'regular').fontSize(10.5);
        let x = LEFT;
        cells.forEach((text, i) => {
          doc.rect(x, y, widths[i], height).stroke();
          doc.text(nfc(text), x + 3, y + 4, {
            width: widths[i] - 6,
            align: i === 1 ? 'left' : 'center',
          });
          x += widths[i];
        });
      },
    };
  };
  doc.moveDown(0.3);
  if (doc.y > bottom() - 80) doc.addPage();
  doc
    .font('boldItalic')
    .fontSize(12)
    .text(nfc(block.caption), LEFT, doc.y, { width, align: 'center' });
  doc.moveDown(0.3);
  const header = row(block.headers, true);
  let y = doc.y;
  header.draw(y);
  y += header.height;
  for (const cells of [
    ...block.rows.map((r) => ({ cells: r, bold: false })),
    ...(block.total ? [{ cells: block.total, bold: true }] : []),
  ]) {
    const next = row(cells.cells, cells.bold);
    if (y + next.height > bottom()) {
      doc.addPage();
      y = doc.y;
      header.draw(y);
      y += header.height;
    }
    next.draw(y);
    y += next.height;
  }
  doc.x = LEFT;
  doc.y = y + 10;
}
