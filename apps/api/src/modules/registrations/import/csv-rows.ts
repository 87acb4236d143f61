/** Why a CSV cannot be read, and on which line of the file (as a text editor counts them). */
export class CsvProblem extends Error {
  constructor(
    readonly problem: 'unclosed-quote' | 'text-after-quote' | 'record-too-long',
    readonly line: number,
  ) {
    super(problem);
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** The characters that may separate a CSV's cells: Excel writes `;` where the decimal mark is `,`, and tabs in "Unicode Text". */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * A CSV parser for member lists (RFC 4180: `,` (or the delimiter given) between cells, `"` around a cell that holds one,
 * `""` for a quote inside it), fed text chunk by chunk. Lines may end in CRLF, LF or CR, even
 * mixed; empty lines are skipped. It never builds more than one record, refuses a record longer
 * than `maxChars` characters as soon as it is, and its cost is the same for every line, well
 * formed or not.
 */
export class CsvRows {
  private cells: string[] = [];
  private cell = '';
  private chars = 0;
  private inQuotes = false;
  /** The current cell was quoted and its closing quote read: only `,` or a line end may follow. */
  private closed = false;
  private quoted = false;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  /** A last character whose meaning depends on the next one (`"` in quotes, CR), kept for the next chunk. */
  private carry = '';

  private readonly delimiter: number;

  constructor(
    private readonly maxChars: number,
    delimiter: CsvDelimiter = ',',
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The records this text completes. */
  write(chunk: string, final = false): string[][] {
    const text = this.carry + chunk;
    this.carry = '';
    const records: string[][] = [];
    const last = text.length - 1;
    // Characters of the current cell are taken as runs (a slice from `run` on), not one by one.
    let run = 0;
    for (let i = 0; i <= last; i += 1) {
      const c = text.charCodeAt(i);
      if (!final && i === last && (c === CR || (c === QUOTE && this.inQuotes))) {
        this.append(text, run, i);
        this.carry = text[i];
        return records;
      }
      if (this.inQuotes) {
        if (c === QUOTE) {
          this.append(text, run, i);
          if (text.charCodeAt(i + 1) === QUOTE) {
            // "" stands for one quote: the second one starts the next run.
            run = i + 1;
            i += 1;
          } else {
            this.inQuotes = false;
            this.closed = true;
            run = i + 1;
          }
          continue;
        }
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) this.line += 1;
        continue;
      }
      if (c === this.delimiter) {
        this.append(text, run, i);
        this.count(1);
        this.endCell();
        run = i + 1;
      } else if (c === LF || c === CR) {
        this.append(text, run, i);
        if (c === CR && text.charCodeAt(i + 1) === LF) i += 1;
        run = i + 1;
        this.endCell();
        const record = this.endRecord();
        if (record) records.push(record);
        this.line += 1;
        this.recordLine = this.line;
      } else if (this.closed) {
        throw new CsvProblem('text-after-quote', this.line);
      } else if (c === QUOTE && run === i && this.cell === '' && !this.quoted) {
        this.inQuotes = true;
        this.quoted = true;
        this.quoteLine = this.line;
        run = i + 1;
      }
    }
    this.append(text, run, last + 1);
    if (final) {
      if (this.inQuotes) throw new CsvProblem('unclosed-quote', this.quoteLine);
      this.endCell();
      const record = this.endRecord();
      if (record) records.push(record);
    }
    return records;
  }

  /** Adds the characters of `text` from `start` to `end` (excluded) to the cell. */
  private append(text: string, start: number, end: number) {
    if (end <= start) return;
    this.cell += text.slice(start, end);
    this.count(end - start);
  }

  private count(chars: number) {
    this.chars += chars;
    if (this.chars > this.maxChars) throw new CsvProblem('record-too-long', this.recordLine);
  }

  private endCell() {
    this.cells.push(this.cell);
    this.cell = '';
    this.closed = false;
    this.quoted = false;
  }

  /** The record read, or nothing for an empty line. */
  private endRecord(): string[] | undefined {
    const cells = this.cells;
    this.cells = [];
    this.chars = 0;
    return cells.length === 1 && cells[0] === '' ? undefined : cells;
  }
}
