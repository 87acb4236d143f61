import { foldText } from './text';

/**
 * The ASCII name of a file: "Danh sách điểm danh – Hội nghị xã Yên Định" →
 * "danh-sach-diem-danh-hoi-nghi-xa-yen-dinh". Cut at a word, so a long title stays usable. The API
 * names its downloads with it (the plain `filename` of `Content-Disposition`), and the web names
 * a file with it when an answer gives no name.
 */
export function fileSlug(text: string, maxLength = 100): string {
  const slug = foldText(text)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug.length <= maxLength) return slug || 'tai-lieu';
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), maxLength / 2)).replace(/-+$/u, '');
}

/** "Biên bản bàn giao 12/BBBG-2026", "pdf" → "bien-ban-ban-giao-12-bbbg-2026.pdf". */
export function slugFileName(title: string, extension: string): string {
  return `${fileSlug(title)}.${extension}`;
}

/**
 * The readable name, with its diacritics (the UTF-8 `filename*`): only the characters that file
 * systems refuse are replaced, and a long title is shortened.
 */
export function readableFileName(text: string, maxLength = 150): string {
  const name = text
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
  return name.length <= maxLength ? name : name.slice(0, maxLength).trimEnd();
}
