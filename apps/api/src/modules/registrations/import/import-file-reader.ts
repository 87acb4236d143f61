import { PassThrough, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../../../common/errors/app-error';

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

async function* readCsv(stream: Readable): AsyncGenerator<FileRow> {
  const parser = stream.pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: false, encoding: 'utf8' }),
  );
  // pipe() does not pass a source's error on: without this a broken upload would never end.
  stream.once('error', (error) => parser.destroy(error));
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells: record };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') {
      throw new AppError('BAD_REQUEST', 'Tệp tải lên bị ngắt giữa chừng, hãy gửi lại');
    }
    throw new AppError('VALIDATION_FAILED', 'Tệp CSV bị lỗi định dạng', {
      details: [{ path: 'file', message: `Không đọc được tệp CSV sau dòng ${row}: ${(error as Error).message}` }],
    });
  }
}

async function* readXlsx(source: Readable): AsyncGenerator<FileRow> {
  const stream = new PassThrough();
  // exceljs does not listen for errors on its input: a broken upload just ends it, and the
  // import refuses it afterwards (UploadedFile.failed()).
  source.once('error', () => stream.end());
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
      return; // the first sheet holds the list
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION_FAILED', 'Tệp Excel bị lỗi hoặc không phải .xlsx', {
      details: [{ path: 'file', message: 'Không đọc được tệp Excel: hãy mở và lưu lại dưới dạng .xlsx' }],
    });
  }
}

/** Streams the rows of a CSV or XLSX file, one at a time, never the whole file as objects. */
export function readRows(stream: Readable, format: ImportFormat): AsyncGenerator<FileRow> {
  return format === 'csv' ? readCsv(stream) : readXlsx(stream);
}
