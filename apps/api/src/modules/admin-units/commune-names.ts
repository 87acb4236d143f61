/** Folding of commune names for matching what people type or what old lists carry. */

/** Lower case, no diacritics (đ → d), single spaces. */
export function foldName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[.,]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The unit types a commune-level name starts with, folded; the longest first. */
const TYPE_PREFIXES = ['thi tran', 'dac khu', 'phuong', 'xa'];

/** A folded name split into its type prefix (if any) and the rest: "xa hai nam" → {type:"xa", rest:"hai nam"}. */
export function splitType(folded: string): { type: string | null; rest: string } {
  for (const prefix of TYPE_PREFIXES) {
    if (folded.startsWith(`${prefix} `))
      return { type: prefix, rest: folded.slice(prefix.length + 1) };
  }
  return { type: null, rest: folded };
}

/** DD/MM/YYYY, the way a date reads in a message. */
export const vietnameseDate = (isoDay: string) => isoDay.split('-').reverse().join('/');
