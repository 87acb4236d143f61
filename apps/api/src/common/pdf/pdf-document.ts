import { pdfkit } from '../lazy-modules';
import { fontBuffers, type FontName } from './fonts';

export type Pdf = PDFKit.PDFDocument;

export interface PdfOptions {
  title: string;
  size?: 'A4';
  layout?: 'portrait' | 'landscape';
  margin?: number;
  /** Keep pages until the end, to write "page x of y"; only for documents of bounded size. */
  bufferPages?: boolean;
  /** The document's creation time; now unless given. */
  createdAt?: Date;
}

/** Every text that reaches a PDF is NFC: decomposed input would draw, but not extract or search. */
export const nfc = (text: string) => text.normalize('NFC');

/** A PDF document with the product's Vietnamese fonts registered; "regular" is the default. */
export function createPdf(options: PdfOptions): Pdf {
  const PDFDocument = pdfkit();
  const doc = new PDFDocument({
    size: options.size ?? 'A4',
    layout: options.layout ?? 'portrait',
    margin: options.margin ?? 40,
    bufferPages: options.bufferPages ?? false,
    info: {
      Title: nfc(options.title),
      Author: 'Cảnh Giác',
      Creator: 'Cảnh Giác',
      ...(options.createdAt ? { CreationDate: options.createdAt } : {}),
    },
    lang: 'vi-VN',
    autoFirstPage: true,
  } as PDFKit.PDFDocumentOptions);
  for (const [name, buffer] of Object.entries(fontBuffers()) as Array<[FontName, Buffer]>)
    doc.registerFont(name, buffer);
  doc.font('regular');
  return doc;
}

/**
 * Shrinks the font size until the text fits the width on one line (names and titles vary a lot);
 * returns the size used.
 */
export function fitFontSize(
  doc: Pdf,
  text: string,
  font: FontName,
  maxSize: number,
  minSize: number,
  width: number,
): number {
  doc.font(font);
  let size = maxSize;
  while (size > minSize && doc.fontSize(size).widthOfString(nfc(text)) > width) size -= 0.5;
  return size;
}

/** The height kept for the page-number footer above a page's bottom margin. */
export const FOOTER_HEIGHT = 20;

/** Where and how `writePageNumbers` writes each page's number. */
export interface PageNumberStyle {
  /** The text on page `page` of `total`; "Trang x/y" unless given. */
  label?: (page: number, total: number) => string;
  /** The top of the number's line; at the foot, inside the bottom margin, unless given. */
  top?: number;
  /** The right margin when it differs from the left one. */
  right?: number;
  align?: 'left' | 'center' | 'right';
  fontSize?: number;
  /** Dark grey unless given. */
  color?: string;
  /** The first page that carries a number (1-based); 1 unless given. */
  from?: number;
}

/**
 * Writes each buffered page's number ("Trang x/y" at the foot unless styled otherwise). A number
 * sits in a margin, where pdfkit would start a new page for any text that crosses the bottom
 * margin; so every margin is lifted while it is written, and the text is one line that cannot
 * wrap: page numbers never create a page, wherever the page's own content left the cursor.
 */
export function writePageNumbers(doc: Pdf, margin: number, style: PageNumberStyle = {}): void {
  const range = doc.bufferedPageRange();
  const label = style.label ?? ((page, total) => `Trang ${page}/${total}`);
  const fontSize = style.fontSize ?? 8;
  for (let page = range.start; page < range.start + range.count; page += 1) {
    const number = page - range.start + 1;
    if (number < (style.from ?? 1)) continue;
    doc.switchToPage(page);
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: margins.left, right: margins.right };
    const width = doc.page.width - margin - (style.right ?? margin);
    doc
      .font('regular')
      .fontSize(fontSize)
      .fillColor(style.color ?? '#333333')
      .text(label(number, range.count), margin, style.top ?? doc.page.height - margin, {
        width,
        height: fontSize * 2,
        align: style.align ?? 'right',
        lineBreak: false,
        ellipsis: true,
      });
    doc.page.margins = margins;
  }
  doc.fillColor('black');
}
