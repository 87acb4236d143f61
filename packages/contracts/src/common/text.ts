import { z } from 'zod';

/** Whitespace that collapsing or trimming would change: two in a row, any but a space, or at an end. */
const UNTIDY_SPACE = / {2}|[^\S ]|^ | $/u;

/** Unicode NFC with runs of whitespace collapsed and the ends trimmed. */
export function normalizeText(value: string): string {
  const text = value.normalize('NFC');
  // Most text is tidy already: testing for that costs a seventh of rewriting it.
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/gu, ' ').trim() : text;
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

/**
 * Characters a name never contains: direction overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which make a name display other than it is stored, and zero-width characters
 * (U+200B–U+200D, U+2060, U+FEFF), which make two names that look the same differ.
 */
const HIDDEN_CHARACTERS = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/u;

/** What is wrong with a person's name, if anything: hidden characters, or no letter at all. */
export function nameProblem(value: string, what = 'Tên'): string | undefined {
  if (normalizeText(value) === '') return undefined; // empty: said by the length rule
  if (HIDDEN_CHARACTERS.test(value))
    return `${what} có ký tự ẩn hoặc ký tự đảo chiều chữ, hãy gõ lại`;
  // Combining marks alone (accents with no letter under them) are not a name.
  if (!/\p{L}/u.test(value)) return `${what} phải có ít nhất một chữ cái`;
  return undefined;
}

/** A person's name: the checks of `nameProblem` on the text as typed, then `textSchema`'s. */
export const nameSchema = (max: number, what = 'Tên') =>
  z
    .string()
    .superRefine((value, ctx) => {
      const problem = nameProblem(value, what);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
    })
    .pipe(textSchema(max));

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
