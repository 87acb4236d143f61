import iconv from 'iconv-lite';
import { CSV_DELIMITERS, type CsvDelimiter } from './csv-rows';

/** The encodings a member list saved by Excel comes in. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/** How a coordinator knows each encoding (Excel's words for them). */
export const encodingNames: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 ("Unicode Text" của Excel)',
  'utf-16be': 'UTF-16',
  'windows-1258':
    'Windows-1258 (bảng mã tiếng Việt của Windows, "CSV (Comma delimited)" của Excel cũ)',
};

export const delimiterNames: Record<CsvDelimiter, string> = {
  ',': 'dấu phẩy (,)',
  ';': 'dấu chấm phẩy (;)',
  '\t': 'dấu tab',
};

/** The bytes are not text in the encoding the file was read with. */
export class NotText extends Error {
  constructor(
    readonly reason: 'mixed-encoding' | 'binary',
    /** The chunk's text before the first bad character, to tell its line. */
    readonly before: string,
  ) {
    super(reason);
  }
}

/** UTF-16 without a byte order mark: one byte of nearly every pair is zero (Latin text). */
function sniffUtf16(head: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(head.length, 1024) / 2);
  if (pairs < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (head[2 * i] === 0) evenZeros += 1;
    if (head[2 * i + 1] === 0) oddZeros += 1;
  }
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

const isAscii = (text: string) => {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
};

/** A combining mark (Windows-1258 writes tone marks as separate characters after the letter). */
const COMBINING = /\p{M}/u;

/**
 * Decodes a CSV chunk by chunk, telling its encoding from its first bytes: a byte order mark
 * (UTF-8, UTF-16 LE or BE), UTF-16 without one, otherwise UTF-8 as long as the bytes are UTF-8.
 * A file whose first non-ASCII bytes are not UTF-8 is read as Windows-1258, the code page
 * Vietnamese Windows saves "CSV" in. The text comes out NFC: Windows-1258 writes "ộ" as "ô" and a
 * combining dot, so the last letter of a chunk waits for the marks the next chunk may bring.
 */
export class CsvTextDecoder {
  encoding: CsvEncoding;
  /** The encoding is known for sure (a byte order mark, or non-ASCII UTF-8 already read). */
  private settled: boolean;
  private utf8?: TextDecoder;
  private legacy?: ReturnType<typeof iconv.getDecoder>;
  private tail = '';
  /** Bytes the UTF-8 decoder holds while the encoding is not settled (the start of a character). */
  private unsettled = Buffer.alloc(0);

  constructor(head: Buffer) {
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
      this.encoding = 'utf-8';
      this.settled = true;
    } else if (head[0] === 0xff && head[1] === 0xfe) {
      this.encoding = 'utf-16le';
      this.settled = true;
    } else if (head[0] === 0xfe && head[1] === 0xff) {
      this.encoding = 'utf-16be';
      this.settled = true;
    } else {
      const utf16 = sniffUtf16(head);
      this.encoding = utf16 ?? 'utf-8';
      this.settled = utf16 !== undefined;
    }
    if (this.encoding === 'utf-8') this.utf8 = new TextDecoder('utf-8', { fatal: true });
    else this.legacy = iconv.getDecoder(this.encoding);
  }

  write(chunk: Buffer): string {
    return this.nfc(this.decode(chunk), false);
  }

  end(): string {
    let rest: string;
    if (this.utf8) {
      try {
        rest = this.utf8.decode();
      } catch {
        if (this.settled) throw new NotText('mixed-encoding', '');
        this.encoding = 'windows-1258';
        rest = iconv.decode(this.unsettled, this.encoding);
      }
    } else rest = this.legacy!.end() ?? '';
    return this.nfc(rest, true);
  }

  private decode(chunk: Buffer): string {
    let text: string;
    if (this.utf8) {
      try {
        text = this.utf8.decode(chunk, { stream: true });
      } catch {
        if (this.settled) throw notUtf8(textBeforeBadUtf8(chunk));
        // UTF-8 letters before the first bad byte of this chunk: the file is UTF-8 that a
        // line in another encoding was pasted into, not a Windows-1258 file.
        const before = textBeforeBadUtf8(Buffer.concat([this.unsettled, chunk]));
        if (!isAscii(before) || before.includes('\u0000')) throw notUtf8(before);
        // Only ASCII so far, which reads the same in Windows-1258: read the file in it from here,
        // with the bytes the UTF-8 decoder held back for the next chunk.
        this.utf8 = undefined;
        this.encoding = 'windows-1258';
        this.settled = true;
        this.legacy = iconv.getDecoder(this.encoding);
        text = this.legacy.write(Buffer.concat([this.unsettled, chunk]));
      }
      if (!this.settled) {
        // Every character read so far is ASCII, one byte each: the rest is held by the decoder.
        if (isAscii(text)) {
          const read = Buffer.concat([this.unsettled, chunk]);
          this.unsettled = Buffer.from(read.subarray(text.length));
        } else this.settled = true;
      }
    } else {
      text = this.legacy!.write(chunk);
    }
    const nul = text.indexOf('\u0000');
    if (nul !== -1) throw new NotText('binary', text.slice(0, nul));
    return text;
  }

  /** NFC, keeping the last letter (with its marks) until the next chunk or the end. */
  private nfc(text: string, final: boolean): string {
    const all = this.tail + text;
    if (final) {
      this.tail = '';
      return all.normalize('NFC');
    }
    let keep = all.length - 1;
    while (keep > 0 && COMBINING.test(all[keep])) keep -= 1;
    if (keep > 0 && /[\uDC00-\uDFFF]/u.test(all[keep])) keep -= 1;
    if (keep < 0) keep = 0;
    this.tail = all.slice(keep);
    return all.slice(0, keep).normalize('NFC');
  }
}

/**
 * What the bytes before a bad UTF-8 byte say: a NUL among them makes them no text at all (a
 * workbook or a picture renamed .csv, whose header may hold a few bytes that happen to read as
 * UTF-8), otherwise the file is UTF-8 with a part in another encoding.
 */
function notUtf8(before: string): NotText {
  const nul = before.indexOf('\u0000');
  return nul === -1
    ? new NotText('mixed-encoding', before)
    : new NotText('binary', before.slice(0, nul));
}

/** A chunk's text up to where it stops being UTF-8 (it decodes to U+FFFD there when not fatal). */
function textBeforeBadUtf8(chunk: Buffer): string {
  const text = new TextDecoder('utf-8').decode(chunk);
  const bad = text.indexOf('\uFFFD');
  return bad === -1 ? text : text.slice(0, bad);
}

/**
 * The delimiter of a CSV from its header line: the one among `,` `;` and tab that occurs most
 * outside quotes (a comma when none occurs: a list of one column).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lineEnd = text.search(/[\r\n]/u);
  const header = (lineEnd === -1 ? text : text.slice(0, lineEnd)).replace(/"[^"]*"/gu, '');
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const count = header.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}
