import { readableFileName, slugFileName } from '@canhgiac/contracts';
import contentDisposition from 'content-disposition';
import type { Response } from 'express';

/**
 * Names a downloaded file after what it is. Browsers take the UTF-8 `filename*` with the
 * Vietnamese name as written; older clients take `filename`, its ASCII slug (`fileSlug` of the
 * contracts, the one slug of the product).
 */
export function setDownloadName(
  res: Response,
  title: string,
  extension: string,
  disposition: 'inline' | 'attachment' = 'attachment',
): void {
  res.setHeader('Content-Disposition', downloadDisposition(title, extension, disposition));
}

/** The `Content-Disposition` of a file named after `title`, e.g. a job's file. */
export function downloadDisposition(
  title: string,
  extension: string,
  disposition: 'inline' | 'attachment' = 'attachment',
): string {
  return contentDisposition(`${readableFileName(title)}.${extension}`, {
    type: disposition,
    fallback: slugFileName(title, extension),
  });
}

/** A PDF is named after its document title (the one its viewer shows). */
export function pdfTitle(doc: PDFKit.PDFDocument): string {
  return String(doc.info.Title ?? 'Tài liệu');
}
