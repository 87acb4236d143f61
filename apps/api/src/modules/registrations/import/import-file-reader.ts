import { PassThrough, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../../../common/errors/app-error';
import type { UploadedFile } from '../../../common/http/multipart';
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
  if (name.endsWith('.csv') || name.endsWith('.txt') || mimeType.includes('csv') || mimeType === 'text/plain') return 'csv';
  throw new AppError('VALIDATION_FAILED', 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV', {
    details: [{ path: 'file', message: `Không đọc được tệp "${filename}": hãy lưu dưới dạng .xlsx hoặc .csv (UTF-8)` }],
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

const fmt = (n: number) => n.toLocaleString('vi-VN');

/** Why csv-parse stopped, in words a coordinator understands; never the file's own bytes. */
function csvProblem(code: string | undefined, limits: ReadLimits): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'có dấu ngoặc kép (") mở mà không đóng';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'có ký tự ngay sau dấu ngoặc kép (") đóng một ô';
    case 'CSV_MAX_RECORD_SIZE':
      return `dòng dài quá ${fmt(limits.maxRecordChars)} ký tự`;
    default:
      return 'dòng không đúng định dạng CSV';
  }
}

const notUtf8 = (row: number) =>
  new AppError('VALIDATION_FAILED', 'Tệp CSV không phải bảng mã UTF-8', {
    details: [
      {
        path: 'file',
        message: `Dòng ${row} có ký tự không đọc được: hãy mở tệp bằng Excel và lưu lại dưới dạng "CSV UTF-8 (Comma delimited)"`,
      },
    ],
  });

async function* readCsv(stream: Readable, limits: ReadLimits): AsyncGenerator<FileRow> {
  const parser = stream.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
      encoding: 'utf8',
      max_record_size: limits.maxRecordChars,
    }),
  );
  // pipe() does not pass a source's error on: without this a broken upload would never end.
  stream.once('error', (error) => parser.destroy(error));
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      // Bytes that are not UTF-8 (a file saved as UTF-16 or in a legacy code page, or not text at
      // all) decode to U+FFFD; NUL never belongs in a list.
      if (record.some((cell) => cell.includes('\uFFFD') || cell.includes('\u0000'))) throw notUtf8(row);
      yield { row, cells: record };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ERR_STREAM_PREMATURE_CLOSE') {
      throw new AppError('BAD_REQUEST', 'Tệp tải lên bị ngắt giữa chừng, hãy gửi lại');
    }
    const line = (error as { lines?: number }).lines;
    throw new AppError('VALIDATION_FAILED', 'Tệp CSV bị lỗi định dạng', {
      details: [
        {
          path: 'file',
          message: `Không đọc được tệp CSV ở dòng ${line ?? row + 1}: ${csvProblem(code, limits)}. Hãy mở tệp bằng Excel và lưu lại dưới dạng "CSV UTF-8"`,
        },
      ],
    });
  } finally {
    parser.destroy();
    stream.destroy();
  }
}

async function* readXlsx(file: UploadedFile, limits: ReadLimits): AsyncGenerator<FileRow> {
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
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        // exceljs numbers columns from 1: index 0 is always empty.
        yield { row: row.number, cells: values.slice(1).map(cellText) };
      }
      break; // the first sheet holds the list
    }
    if (failure !== undefined) throw failure;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION_FAILED', 'Tệp Excel bị lỗi hoặc không phải .xlsx', {
      details: [{ path: 'file', message: 'Không đọc được tệp Excel: hãy mở và lưu lại dưới dạng .xlsx' }],
    });
  } finally {
    source.destroy();
    stream.destroy();
  }
}

/**
 * Streams the rows of a CSV or XLSX file, one at a time, never the whole file as objects. Stopping
 * early (leaving the loop) closes the file.
 */
export function readRows(file: UploadedFile, format: ImportFormat, limits: ReadLimits): AsyncGenerator<FileRow> {
  return format === 'csv' ? readCsv(file.open(), limits) : readXlsx(file, limits);
}
