import { foldText } from '@canhgiac/contracts';
import contentDisposition from 'content-disposition';
import type { Response } from 'express';

/**
 * The ASCII name of a file: "Danh sách điểm danh – Hội nghị xã Yên Định" →
 * "danh-sach-diem-danh-hoi-nghi-xa-yen-dinh". Cut at a word, so a long title stays usable.
 */
export function fileSlug(text: string, maxLength = 100): string {
  const slug = foldText(text)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug.length <= maxLength) return slug || 'tai-lieu';
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), maxLength / 2)).replace(/-+$/u, '');
}

/** The readable name, with diacritics: only the characters that file systems refuse are replaced. */
function readableName(text: string, maxLength = 150): string {
  const name = text
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
  return name.length <= maxLength ? name : name.slice(0, maxLength).trimEnd();
}

/**
 * Names a downloaded file after what it is. Browsers take the UTF-8 `filename*` with the
 * Vietnamese name as written; older clients take `filename`, its ASCII slug.
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
  return contentDisposition(`${readableName(title)}.${extension}`, {
    type: disposition,
    fallback: `${fileSlug(title)}.${extension}`,
  });
}

/** A PDF is named after its document title (the one its viewer shows). */
export function pdfTitle(doc: PDFKit.PDFDocument): string {
  return String(doc.info.Title ?? 'Tài liệu');
}
