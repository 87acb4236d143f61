import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  IMPORT_SAMPLE_ROWS,
  type ImportColumnChoice,
  type ImportHeader,
  type ImportRowError,
  type TranslatedCommune,
} from '@canhgiac/contracts';
import { AppError } from '../../../common/errors/app-error';
import type { UploadedFile } from '../../../common/http/multipart';
import type { CopyValue } from '../../../database/bulk-load';
import type { CommuneResolver, ResolvedCommune } from '../../admin-units/admin-units.service';
import { delimiterNames, encodingNames } from './csv-text';
import {
  type CsvReading,
  type FileRow,
  type ImportFormat,
  type ReadLimits,
  readRowBatches,
} from './import-file-reader';
import {
  chosenHeader,
  type ColumnMap,
  columnLabel,
  HEADER_SEARCH_ROWS,
  isBlank,
  isTitleRow,
  isWide,
  mapHeader,
  noHeader,
  RowParser,
  recognizedColumns,
} from './import-rows';
import { RowErrors } from './row-errors';

/**
 * Reading an import's file: every row checked with the contracts, the valid ones handed on as the
 * staging table's columns, and what the file showed (its header, its former communes) noted.
 */

/** Reading a file gives the event loop back this often, so other requests go on meanwhile. */
const YIELD_EVERY_MS = 10;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** The organization of a row: its id (given, or the list's), or the name to look up. */
function organizationOf(
  given: string | null,
  listOrganization: string | null,
): { id: string | null; name: string | null } {
  if (given === null) return { id: listOrganization, name: null };
  return UUID.test(given) ? { id: given.toLowerCase(), name: null } : { id: null, name: given };
}

const count = (n: number) => n.toLocaleString('vi-VN');

/** What reading a file found, filled in as its rows stream into the staging table. */
export interface CheckedFile {
  rows: number;
  /** No organization for the rows: neither a column of the file nor the one the request named. */
  organizationMissing: boolean;
  map?: ColumnMap;
  /** Rows whose commune was a former code or name: the first ones, and how many in all. */
  translated: TranslatedCommune[];
  translatedTotal: number;
}

/** How many translated rows an import lists (it counts them all). */
const TRANSLATIONS_LISTED = 1_000;

export const nothingChecked = (): CheckedFile => ({
  rows: 0,
  organizationMissing: false,
  translated: [],
  translatedTotal: 0,
});

/** Distinct commune texts whose reading one import remembers, at most. */
const REMEMBERED_COMMUNES = 5_000;

/** `resolve`, with the answer (or refusal) for each distinct text remembered for one file's rows. */
function remembering(resolve: CommuneResolver): CommuneResolver {
  const answers = new Map<string, ResolvedCommune | AppError>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      try {
        answer = resolve(text);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        answer = error;
      }
      if (answers.size < REMEMBERED_COMMUNES) answers.set(text, answer);
    }
    if (answer instanceof AppError) throw answer;
    return answer;
  };
}

/** A file read to its end: its rows all staged, its header found. */
export function readWhole(checked: CheckedFile, staged: number): CheckedFile & { map: ColumnMap } {
  if (staged !== checked.rows || !checked.map)
    throw new Error(`${staged} rows were staged, ${checked.rows} were checked`);
  return { ...checked, map: checked.map };
}

/** What to read of an upload, and whose rows they are. */
export interface Reading {
  file: UploadedFile;
  format: ImportFormat;
  /** A coordinator's organization: every row is theirs. */
  forcedOrganization: string | null;
  /** The organization of rows that name none. */
  listOrganization: string | null;
  choice: ImportColumnChoice | undefined;
}

/** Batches of checked rows spooled beside the upload, one JSON array of rows a line. */
export async function* spooledBatches(spool: string): AsyncGenerator<CopyValue[][]> {
  const lines = readline.createInterface({
    input: fs.createReadStream(spool),
    crlfDelay: Infinity,
  });
  for await (const line of lines) if (line) yield JSON.parse(line) as CopyValue[][];
}

/** Rows read for the preview of a header that could not be read: the header's search, then a sample. */
const PREVIEW_ROWS_READ = HEADER_SEARCH_ROWS + IMPORT_SAMPLE_ROWS;
/** Lines (blank ones too) read past a header that could not be read, at most. */
const PREVIEW_LINES_READ = 100;
/** A cell shown in the preview, at most this many characters; and this many columns. */
const PREVIEW_CELL_CHARS = 100;
const PREVIEW_COLUMNS = 60;

/**
 * The header that could not be read, as the web shows it to choose the columns by hand: the row
 * that failed when it named two columns or more, otherwise the first row with two cells filled
 * (a title above has one), and the rows below it.
 */
function headerPreview(early: FileRow[], failed: { at: number; known: number }): ImportHeader {
  let at =
    failed.at >= 0 && failed.known >= 2 ? failed.at : early.findIndex((r) => isWide(r.cells));
  if (at < 0) at = 0;
  const shown = (cells: string[]) =>
    // Array.from: a spreadsheet's row may have holes where its cells are empty.
    Array.from(cells.slice(0, PREVIEW_COLUMNS), (cell) =>
      (cell ?? '').trim().slice(0, PREVIEW_CELL_CHARS),
    );
  const header = early[at];
  return {
    row: header.row,
    cells: shown(header.cells),
    recognized: recognizedColumns(mapHeader(header.cells, header.row).map),
    sample: early.slice(at + 1, at + 1 + IMPORT_SAMPLE_ROWS).map((r) => shown(r.cells)),
  };
}

/**
 * What to look at when a CSV's header names too few columns: how the file was read (encoding and
 * delimiter) and what its header then says, so that mangled letters show an encoding problem.
 */
function readingHint(
  reading: Partial<CsvReading>,
  known: number,
  cells: string[],
  row: number,
): ImportRowError {
  const shown = cells
    .slice(0, 4)
    .map((cell) => `"${cell.trim().slice(0, 30)}"`)
    .join(', ');
  const how = `Tệp được đọc theo bảng mã ${encodingNames[reading.encoding ?? 'utf-8']}, các ô cách nhau bằng ${delimiterNames[reading.delimiter ?? ',']}, và dòng tiêu đề đọc được là: ${shown}.`;
  const advice =
    known === 0
      ? ' Không nhận ra cột nào: nếu chữ tiếng Việt ở trên bị lỗi (dấu hỏi, ký tự lạ), tệp được lưu bằng bảng mã khác (ví dụ TCVN3, VNI). Hãy mở tệp bằng Excel và lưu lại dưới dạng "CSV UTF-8 (Comma delimited)" hoặc Excel (.xlsx).'
      : ' Nếu tên cột bị lỗi chữ, hãy mở tệp bằng Excel và lưu lại dưới dạng "CSV UTF-8 (Comma delimited)" hoặc Excel (.xlsx).';
  return { row, column: 'Dòng tiêu đề', message: how + advice };
}

/**
 * Reads and validates the whole file, yielding its valid rows as the staging table's columns a
 * batch at a time (those of one piece of the file), and filling in `checked`; none is yielded
 * after the first error, and any problem is thrown once reading has stopped.
 */
export async function* checkedRows(
  { file, format, forcedOrganization, listOrganization, choice }: Reading,
  { read: limits, maxRows }: { read: ReadLimits; maxRows: number },
  resolveCommune: CommuneResolver,
  checked: CheckedFile,
): AsyncGenerator<CopyValue[][]> {
  const errors = new RowErrors();
  let map: ColumnMap | undefined;
  let parser: RowParser | undefined;
  let rows = 0;
  const { translated } = checked;
  const communeOf = remembering(resolveCommune);
  /** Rows after the header, blank ones too: a file of blank lines costs time to read as well. */
  let lines = 0;
  let lastTurn = performance.now();
  const reading: Partial<CsvReading> = {};
  /** The first row, kept while the header may still come below a title. */
  let firstRow: { mapped: ReturnType<typeof mapHeader>; cells: string[] } | undefined;
  /** Non-blank rows read before a header was found, to show a header that could not be read. */
  const early: FileRow[] = [];
  /** The header could not be read: rows go on being read only for its preview. */
  let failed: { at: number; known: number } | undefined;
  let readAfterFailure = 0;
  const headerErrors = (mapped: ReturnType<typeof mapHeader>, cells: string[]) => {
    errors.add(mapped.errors, true);
    if (format === 'csv')
      errors.add([readingHint(reading, mapped.known, cells, mapped.errors[0].row)], true);
  };
  let valid: CopyValue[][] = [];
  scan: for await (const batch of readRowBatches(file, format, limits, reading)) {
    if (performance.now() - lastTurn > YIELD_EVERY_MS) {
      await nextTurn();
      lastTurn = performance.now();
    }
    for (const { row, cells } of batch) {
      if (!map) {
        if (failed) {
          readAfterFailure += 1;
          if (!isBlank(cells)) early.push({ row, cells });
          if (early.length >= PREVIEW_ROWS_READ || readAfterFailure > PREVIEW_LINES_READ)
            break scan;
          continue;
        }
        if (isBlank(cells)) continue;
        if (early.length < PREVIEW_ROWS_READ) early.push({ row, cells });
        if (choice) {
          map = chosenHeader(row, cells, choice);
        } else {
          const mapped = mapHeader(cells, row);
          if (mapped.errors.length > 0 && isTitleRow(row, mapped.known)) {
            firstRow ??= { mapped, cells };
            continue;
          }
          if (mapped.errors.length > 0) {
            headerErrors(mapped, cells);
            failed = { at: early.length - 1, known: mapped.known };
            continue;
          }
          map = mapped.map;
        }
        if (!map) continue;
        // The department's list names no organization: API.md files such rows under none, and
        // the answer says so, for the web to ask whose list it is before importing it.
        checked.organizationMissing =
          listOrganization === null && map.indexOf.organizationId === undefined;
        continue;
      }
      lines += 1;
      if (lines > maxRows * 2) {
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `Tệp có hơn ${count(maxRows * 2)} dòng, kể cả dòng trống`,
          {
            details: [
              {
                path: 'file',
                message:
                  'Hãy xóa các dòng trống ở cuối danh sách, hoặc chia danh sách thành nhiều tệp',
              },
            ],
          },
        );
      }
      if (isBlank(cells)) continue;
      rows += 1;
      if (rows > maxRows) {
        throw new AppError('PAYLOAD_TOO_LARGE', `Tệp có hơn ${count(maxRows)} dòng dữ liệu`, {
          details: [
            {
              path: 'file',
              message: `Mỗi lần nhập tối đa ${count(maxRows)} dòng: hãy chia danh sách thành nhiều tệp`,
            },
          ],
        });
      }
      parser ??= new RowParser(map);
      const parsed = parser.parse(row, cells);
      const organization = organizationOf(parsed.value?.organizationId ?? null, listOrganization);
      const organizationColumn = map.headerOf.organizationId ?? columnLabel('organizationId');
      if (parsed.value && forcedOrganization && organization.id !== forcedOrganization) {
        if (organization.id !== null) {
          parsed.errors.push({
            row,
            column: organizationColumn,
            message: 'Điều phối viên chỉ nhập thành viên của tổ chức mình',
          });
          parsed.value = undefined;
        }
      }
      errors.add(parsed.errors);
      if (errors.full) {
        errors.stoppedAt = row;
        break scan;
      }
      let communeCode = '';
      if (parsed.value) {
        // A former code or name ("Thị trấn Yên Định", "14224") is read as today's unit.
        try {
          const resolved = communeOf(parsed.value.communeCode);
          if (resolved.translated) {
            checked.translatedTotal += 1;
            if (translated.length < TRANSLATIONS_LISTED)
              translated.push({
                row,
                given: parsed.value.communeCode,
                code: resolved.unit.code,
                name: resolved.unit.name,
              });
          }
          communeCode = resolved.unit.code;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          errors.add([
            {
              row,
              column: map.headerOf.communeCode ?? columnLabel('communeCode'),
              message: error.options.details?.[0]?.message ?? error.message,
            },
          ]);
          parsed.value = undefined;
        }
      }
      if (!parsed.value || errors.total > 0) continue;
      const v = parsed.value;
      // A coordinator's rows are theirs: a name in the file is only checked to be theirs.
      const id = forcedOrganization ?? organization.id;
      valid.push([
        row,
        v.fullName,
        v.gender,
        v.birthYear,
        v.phone,
        communeCode,
        v.group,
        id,
        organization.name,
      ]);
    }
    if (valid.length > 0) yield valid;
    valid = [];
  }
  if (valid.length > 0) yield valid;
  if (!map && choice && errors.total === 0) noHeader(choice);
  if (!map && errors.total === 0) {
    if (firstRow) {
      headerErrors(firstRow.mapped, firstRow.cells);
      failed = { at: -1, known: firstRow.mapped.known };
    } else
      errors.add([{ row: 1, column: 'Dòng tiêu đề', message: 'Tệp không có dòng tiêu đề' }], true);
  }
  if (!map && failed) errors.header = headerPreview(early, failed);
  if (errors.total > 0) throw errors.toAppError();
  if (rows === 0) {
    throw new AppError('VALIDATION_FAILED', 'Tệp không có dòng dữ liệu nào', {
      details: [{ path: 'file', message: 'Tệp trống' }],
    });
  }
  checked.rows = rows;
  checked.map = map;
}
