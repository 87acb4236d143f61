import { z } from 'zod';

/** Unicode NFC with runs of whitespace collapsed and the ends trimmed. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Folds Vietnamese text for comparison and search: NFC, lower case, diacritics removed,
 * đ → d, whitespace collapsed. "Nguyễn  Thị Hương" → "nguyen thi huong".
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A required human-readable text: NFC, trimmed, collapsed, between min and max characters. */
export const textSchema = (max: number, min = 1) =>
  z
    .string()
    .transform(normalizeText)
    .pipe(
      z
        .string()
        .min(min, { message: min === 1 ? 'Không được để trống' : `Cần ít nhất ${min} ký tự` })
        .max(max, { message: `Tối đa ${max} ký tự` }),
    );

/**
 * A search box's text: NFC, trimmed and collapsed like stored text, so a query typed with
 * decomposed accents (as some phone keyboards send them) finds the same rows; empty means none.
 */
export const searchTextSchema = (max: number) =>
  z
    .string()
    .max(max, { message: `Tối đa ${max} ký tự` })
    .transform((value) => normalizeText(value) || undefined)
    .optional();
