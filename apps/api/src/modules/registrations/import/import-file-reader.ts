import { PassThrough } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type * as ExcelJS from 'exceljs';
import { exceljs } from '../../../common/lazy-modules';
import { AppError } from '../../../common/errors/app-error';
import type { UploadedFile } from '../../../common/http/multipart';
import { type CsvDelimiter, CsvProblem, CsvRows } from './csv-rows';
import {
  type CsvEncoding,
  CsvTextDecoder,
  detectDelimiter,
  encodingNames,
  NotText,
} from './csv-text';
import { checkedXlsx, type XlsxLimits } from './xlsx-zip';

export interface FileRow {
  /** As a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: string[];
}

export type ImportFormat = 'csv' | 'xlsx';

export function detectFormat(filename: string, mimeType: string): ImportFormat {
  const name = filename.toLowerCase();
  if (name.endsWith('.xlsx') || mimeType.includes('spreadsheetml')) return 'xlsx';
  if (
    name.endsWith('.csv') ||
    name.endsWith('.txt') ||
    mimeType.includes('csv') ||
    mimeType === 'text/plain'
  )
    return 'csv';
  throw new AppError('VALIDATION_FAILED', 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV', {
    details: [
      {
        path: 'file',
        message: `Không đọc được tệp "${filename}": hãy lưu dưới dạng .xlsx hoặc .csv`,
      },
    ],
  });
}

/** What a cell shows, as text: numbers without exponent, dates as dd/MM/yyyy, formulas by result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    return `${String(value.getUTCDate()).padStart(2, '0')}/${String(value.getUTCMonth() + 1).padStart(2, '0')}/${value.getUTCFullYear()}`;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return '';
  return String(value);
}

/** What the readers allow before refusing a file, so that no file costs more than a member list. */
export interface ReadLimits extends XlsxLimits {
  /** The longest CSV record (a line with its cells), in characters. */
  maxRecordChars: number;
}

/** Excel's own limit on a cell's length. */
const MAX_CELL_CHARS = 32_767;
/** The longest CSV line accepted. */
const MAX_RECORD_CHARS = 65_536;
/** Shared strings an XLSX may hold per allowed row (a row has a handful of text cells). */
const SHARED_STRINGS_PER_ROW = 10;

/** The limits every uploaded list is read under, for a file of at most `maxRows` rows. */
export function readLimits(maxRows: number, maxUnzippedBytes: number): ReadLimits {
  return {
    maxRecordChars: MAX_RECORD_CHARS,
    maxCellChars: MAX_CELL_CHARS,
    maxUnzippedBytes,
    maxSharedStrings: maxRows * SHARED_STRINGS_PER_ROW,
  };
}

const fmt = (n: number) => n.toLocaleString('vi-VN');

const csvProblems: Record<Exclude<CsvProblem['problem'], 'record-too-long'>, string> = {
  'unclosed-quote': 'có dấu ngoặc kép (") mở mà không đóng',
  'text-after-quote': 'có ký tự ngay sau dấu ngoặc kép (") đóng một ô',
};

const notText = (problem: NotText, line: number, encoding: CsvEncoding) =>
  new AppError('VALIDATION_FAILED', 'Không đọc được chữ trong tệp CSV', {
    details: [
      {
        path: 'file',
        message:
          problem.reason === 'binary'
            ? `Dòng ${line} có ký tự không phải chữ: tệp có thể là tệp Excel đổi tên thành .csv. Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx hoặc "CSV UTF-8 (Comma delimited)"`
            : `Dòng ${line} có ký tự không đọc được theo bảng mã ${encodingNames[encoding]}, tuy các dòng trước đọc được: tệp có thể bị ghép từ nhiều bảng mã. Hãy mở tệp bằng Excel và lưu lại dưới dạng "CSV UTF-8 (Comma delimited)"`,
      },
    ],
  });

/** How a CSV was read, for the messages about its header. */
export interface CsvReading {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
}

/** Bytes read and parsed at once: parsing them never holds the event loop for long. */
const CSV_CHUNK_BYTES = 16 * 1024;

const linesIn = (text: string) => {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines;
};

/**
 * Reads a CSV in small chunks, with a turn of the event loop between them, so that other requests
 * are served while a file is read. The encoding (UTF-8 with or without BOM, UTF-16, Windows-1258)
 * is told from the bytes and the delimiter (`,` `;` tab) from the header line; `reading` is told
 * both once known.
 */
async function* readCsv(
  file: UploadedFile,
  limits: ReadLimits,
  reading?: Partial<CsvReading>,
): AsyncGenerator<FileRow[]> {
  const source = file.open({ highWaterMark: CSV_CHUNK_BYTES });
  let parser: CsvRows | undefined;
  let decoder: CsvTextDecoder | undefined;
  /** Text read before the end of the header line is known (the delimiter is chosen from it). */
  let pending = '';
  let line = 1;
  let row = 0;
  const parse = (text: string, final: boolean): FileRow[] => {
    if (!parser) {
      pending += text;
      if (!final && !/[\r\n]/u.test(pending)) return [];
      const delimiter = detectDelimiter(pending);
      if (reading) reading.delimiter = delimiter;
      parser = new CsvRows(limits.maxRecordChars, delimiter);
      text = pending;
      pending = '';
    }
    return parser.write(text, final).map((cells) => ({ row: ++row, cells }));
  };
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      decoder ??= new CsvTextDecoder(chunk);
      let text: string;
      try {
        text = decoder.write(chunk);
      } catch (error) {
        if (!(error instanceof NotText)) throw error;
        throw notText(error, line + linesIn(error.before), decoder.encoding);
      }
      if (reading) reading.encoding = decoder.encoding;
      line += linesIn(text);
      const rows = parse(text, false);
      if (rows.length > 0) yield rows;
      await nextTurn();
    }
    let rest = '';
    try {
      rest = decoder?.end() ?? '';
    } catch (error) {
      if (!(error instanceof NotText)) throw error;
      throw notText(error, line, decoder!.encoding);
    }
    const rows = parse(rest, true);
    if (rows.length > 0) yield rows;
  } catch (error) {
    if (!(error instanceof CsvProblem)) throw error;
    if (error.problem === 'record-too-long') {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `Dòng ${error.line} của tệp CSV dài quá ${fmt(limits.maxRecordChars)} ký tự`,
        {
          details: [
            {
              path: 'file',
              message:
                'Một dòng của danh sách chỉ gồm vài ô ngắn: hãy xóa nội dung quá dài rồi nhập lại',
            },
          ],
        },
      );
    }
    throw new AppError('VALIDATION_FAILED', 'Tệp CSV bị lỗi định dạng', {
      details: [
        {
          path: 'file',
          message: `Không đọc được tệp CSV ở dòng ${error.line}: ${csvProblems[error.problem]}. Hãy mở tệp bằng Excel và lưu lại dưới dạng "CSV UTF-8"`,
        },
      ],
    });
  } finally {
    source.destroy();
  }
}

/** Rows of a spreadsheet handed on at once. */
const XLSX_BATCH_ROWS = 256;

async function* readXlsx(file: UploadedFile, limits: ReadLimits): AsyncGenerator<FileRow[]> {
  // Checked against the limits before any XML is parsed (zip bombs, huge cells): 413.
  const source = await checkedXlsx(file.path, file.size, limits);
  const stream = new PassThrough();
  // exceljs does not listen for errors on its input: a failed read just ends it, and is raised
  // once the reader stops, so that a file read halfway is never taken for a shorter list.
  let failure: unknown;
  source.once('error', (error) => {
    failure = error;
    stream.end();
  });
  source.pipe(stream);
  const workbook = new (exceljs().stream.xlsx.WorkbookReader)(stream, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  try {
    let batch: FileRow[] = [];
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        // exceljs numbers columns from 1: index 0 is always empty.
        batch.push({ row: row.number, cells: values.slice(1).map(cellText) });
        if (batch.length >= XLSX_BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      break; // the first sheet holds the list
    }
    if (failure !== undefined) throw failure;
    if (batch.length > 0) yield batch;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION_FAILED', 'Tệp Excel bị lỗi hoặc không phải .xlsx', {
      details: [
        { path: 'file', message: 'Không đọc được tệp Excel: hãy mở và lưu lại dưới dạng .xlsx' },
      ],
    });
  } finally {
    source.destroy();
    stream.destroy();
  }
}

/**
 * Streams the rows of a CSV or XLSX file a batch at a time (a few hundred rows: those of one piece
 * of a CSV), never the whole file as objects. Stopping early (leaving the loop) closes the file.
 */
export function readRowBatches(
  file: UploadedFile,
  format: ImportFormat,
  limits: ReadLimits,
  reading?: Partial<CsvReading>,
): AsyncGenerator<FileRow[]> {
  return format === 'csv' ? readCsv(file, limits, reading) : readXlsx(file, limits);
}

/** The rows of `readRowBatches`, one at a time. */
export async function* readRows(
  file: UploadedFile,
  format: ImportFormat,
  limits: ReadLimits,
  reading?: Partial<CsvReading>,
): AsyncGenerator<FileRow> {
  for await (const batch of readRowBatches(file, format, limits, reading)) yield* batch;
}
