import PDFDocument from 'pdfkit';
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

/**
 * Writes "Trang x/y" at the foot of every buffered page. The footer sits inside the bottom
 * margin, where pdfkit would start a new page for any text; the margin is lifted while it is
 * written, so page numbers never create a page.
 */
export function writePageNumbers(doc: Pdf, margin: number): void {
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page += 1) {
    doc.switchToPage(page);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#333333')
      .text(`Trang ${page - range.start + 1}/${range.count}`, margin, doc.page.height - margin, {
        width: doc.page.width - 2 * margin,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottomMargin;
  }
}
