import {
  type ErrorDetail,
  headerKey,
  type ImportColumnChoice,
  type ImportField,
  importColumns,
  type ImportRow,
  type ImportRowError,
  importRowSchema,
} from '@canhgiac/contracts';
import { AppError } from '../../../common/errors/app-error';

export interface ColumnMap {
  /** Index of each field's column in the file. */
  indexOf: Partial<Record<ImportField, number>>;
  /** The header text as the file writes it, to name columns in errors. */
  headerOf: Partial<Record<ImportField, string>>;
}

const aliases = new Map<string, ImportField>();
for (const column of importColumns) {
  for (const name of [column.field, column.vi, column.en, ...column.aliases])
    aliases.set(headerKey(name), column.field);
}

/**
 * A header cell names a field by its code, its Vietnamese or English header, a common variant
 * ("Họ tên", "SĐT", "Xã/phường"), or two of them ("Họ và tên / Full name"); accents, case,
 * spaces and punctuation are ignored, and so is a mark of a required column ("Họ tên (*)").
 */
function fieldOf(header: string): ImportField | undefined {
  const text = header.replace(/\*|\((bắt buộc|required)\)/giu, '');
  return (
    aliases.get(headerKey(text)) ??
    text
      .split('/')
      .map((part) => aliases.get(headerKey(part)))
      .find(Boolean)
  );
}

/** The column's label and the headers it is known by, as a coordinator reads them. */
export function columnLabel(field: ImportField): string {
  return importColumns.find((column) => column.field === field)!.vi;
}

const headersOf = (column: (typeof importColumns)[number]) =>
  [column.vi, ...column.aliases.slice(0, 4)].map((name) => `"${name}"`).join(', ');

/** Lists often start with a title ("DANH SÁCH HỘI VIÊN…") above the header: rows looked at for it. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Whether a row that is not a complete header is a title above it (to be skipped) rather than a
 * header missing columns: it names fewer than two columns and comes in the first rows.
 */
export function isTitleRow(row: number, known: number): boolean {
  return known < 2 && row < HEADER_SEARCH_ROWS;
}

export function mapHeader(
  cells: string[],
  row = 1,
): {
  map: ColumnMap;
  errors: ImportRowError[];
  /** How many of the header's cells named a column. */
  known: number;
} {
  const map: ColumnMap = { indexOf: {}, headerOf: {} };
  let known = 0;
  cells.forEach((cell, index) => {
    const field = fieldOf(cell);
    if (field) known += 1;
    if (field && map.indexOf[field] === undefined) {
      map.indexOf[field] = index;
      map.headerOf[field] = cell.trim();
    }
  });
  const errors = importColumns
    .filter((column) => column.required && map.indexOf[column.field] === undefined)
    .map((column) => ({
      row,
      column: column.vi,
      message: `Thiếu cột "${column.vi}": dòng tiêu đề cần một cột có tên như ${headersOf(column)}`,
    }));
  return { map, errors, known };
}

/** The column number (A = 1) of each field a header names. */
export function recognizedColumns(map: ColumnMap): Partial<Record<ImportField, number>> {
  return Object.fromEntries(
    Object.entries(map.indexOf).map(([field, index]) => [field, index + 1]),
  ) as Partial<Record<ImportField, number>>;
}

/** Whether a row may be a header: at least two cells with something in them (a title has one). */
export function isWide(cells: string[]): boolean {
  return cells.filter((cell) => cell.trim() !== '').length >= 2;
}

/**
 * The columns chosen by hand, found in a header row: each header text must be one of the row's
 * cells (accents, case, spaces and punctuation ignored), each number a column of the row.
 * `missing` lists what the row lacks, as details of the request's `columns`.
 */
export function chosenMap(
  cells: string[],
  choice: ImportColumnChoice,
): { map: ColumnMap; missing: ErrorDetail[]; found: number } {
  const map: ColumnMap = { indexOf: {}, headerOf: {} };
  const missing: ErrorDetail[] = [];
  let found = 0;
  const keys = cells.map(headerKey);
  for (const column of importColumns) {
    const ref = choice[column.field];
    if (ref === undefined) continue;
    const index = typeof ref === 'number' ? ref - 1 : keys.indexOf(headerKey(ref));
    if (index < 0 || index >= cells.length) {
      missing.push({
        path: `columns.${column.field}`,
        message:
          typeof ref === 'number'
            ? `Dòng tiêu đề của tệp chỉ có ${cells.length} cột, không có cột số ${ref} đã chọn cho "${column.vi}"`
            : `Dòng tiêu đề của tệp không có cột "${ref}" đã chọn cho "${column.vi}"`,
      });
      continue;
    }
    if (typeof ref === 'string') found += 1;
    map.indexOf[column.field] = index;
    map.headerOf[column.field] = cells[index].trim() || column.vi;
  }
  const fields = Object.keys(map.indexOf) as ImportField[];
  for (const field of fields) {
    const first = fields.find((other) => map.indexOf[other] === map.indexOf[field])!;
    if (first !== field)
      missing.push({
        path: `columns.${field}`,
        message: `Cột "${map.headerOf[field]}" đã được chọn cho "${columnLabel(first)}": mỗi cột chỉ dùng cho một thông tin`,
      });
  }
  return { map, missing, found };
}

const choiceRefused = (details: ErrorDetail[]) =>
  new AppError(
    'VALIDATION_FAILED',
    'Các cột đã chọn không khớp với tệp: hãy chọn lại cột cho từng thông tin',
    { details },
  );

/**
 * Whether a row is the header of columns chosen by hand: the first row that has one of the
 * chosen header texts (or, when only column numbers were chosen, the first with two cells filled).
 * That row must then have every chosen column, or the choice is refused (400); so is a choice that
 * no row among the first ones matches (`noHeader`).
 */
export function chosenHeader(
  row: number,
  cells: string[],
  choice: ImportColumnChoice,
): ColumnMap | undefined {
  const { map, missing, found } = chosenMap(cells, choice);
  const byText = Object.values(choice).some((ref) => typeof ref === 'string');
  if (isWide(cells) && (byText ? found > 0 : true)) {
    if (missing.length > 0) throw choiceRefused(missing);
    return map;
  }
  if (row >= HEADER_SEARCH_ROWS) noHeader(choice);
  return undefined;
}

/** No row among the first ones has the columns chosen by hand. */
export function noHeader(choice: ImportColumnChoice): never {
  const named = Object.values(choice)
    .filter((ref) => typeof ref === 'string')
    .map((ref) => `"${ref}"`)
    .join(', ');
  throw choiceRefused([
    {
      path: 'columns',
      message: named
        ? `Không tìm thấy dòng tiêu đề có các cột đã chọn (${named}) trong ${HEADER_SEARCH_ROWS - 1} dòng đầu của tệp`
        : 'Không tìm thấy dòng tiêu đề trong các dòng đầu của tệp',
    },
  ]);
}

/** The index of each known column by its header in the file and by its label. */
export function columnIndex(cells: string[], map = mapHeader(cells).map): Map<string, number> {
  const index = new Map<string, number>();
  for (const column of importColumns) {
    const at = map.indexOf[column.field];
    if (at === undefined) continue;
    index.set(map.headerOf[column.field]!, at);
    if (!index.has(column.vi)) index.set(column.vi, at);
  }
  return index;
}

export function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** No field of a member list is anywhere near this long; a longer cell is refused unread. */
export const MAX_FIELD_CHARS = 1_000;

/** The year of a date written dd/MM/yyyy (or with - or .), or the text itself. */
function yearOfDate(text: string): string {
  return /^\d{1,2}[/.-]\d{1,2}[/.-](\d{4})$/u.exec(text)?.[1] ?? text;
}

/** Fields whose few distinct texts repeat row after row (a commune, a gender, a year). */
const REPEATED_FIELDS = new Set<ImportField>([
  'gender',
  'birthYear',
  'communeCode',
  'group',
  'organizationId',
]);
/** Distinct texts remembered per field, at most: a file of all-different texts costs no more. */
const REMEMBERED_TEXTS = 1_000;

type FieldResult = { ok: true; value: unknown } | { ok: false; messages: string[] };

const fieldSchemas = importRowSchema.shape;

function checkField(field: ImportField, text: string | undefined): FieldResult {
  const result = fieldSchemas[field].safeParse(text);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, messages: result.error.issues.map((issue) => issue.message) };
}

/** A column of the import as one file has it. */
interface FileColumn {
  field: ImportField;
  required: boolean;
  /** Its index in the file's rows, if the file has it. */
  index: number | undefined;
  /** How errors name it: the file's own header, or the column's label. */
  header: string;
  /** Each distinct text's result, for a repeated field. */
  remembered: Map<string | undefined, FieldResult> | undefined;
}

const TOO_LONG = `Dài quá ${MAX_FIELD_CHARS.toLocaleString('vi-VN')} ký tự`;

/**
 * Validates the data rows of one file with the contracts schema, field by field; errors name the
 * file's own column headers. The schema has no rule across fields, so each field is checked on
 * its own, and a repeated field's distinct texts once per file.
 */
export class RowParser {
  private readonly columns: FileColumn[];
  private readonly texts: Array<string | undefined>;

  constructor(map: ColumnMap) {
    this.columns = importColumns.map((column) => ({
      field: column.field,
      required: column.required,
      index: map.indexOf[column.field],
      header: map.headerOf[column.field] ?? column.vi,
      remembered: REPEATED_FIELDS.has(column.field) ? new Map() : undefined,
    }));
    this.texts = this.columns.map(() => undefined);
  }

  parse(row: number, cells: string[]): { value?: ImportRow; errors: ImportRowError[] } {
    const { columns, texts } = this;
    let tooLong: ImportRowError[] | undefined;
    for (let i = 0; i < columns.length; i += 1) {
      const column = columns[i];
      const cell = column.index === undefined ? undefined : cells[column.index];
      if (cell !== undefined && cell.length > MAX_FIELD_CHARS) {
        (tooLong ??= []).push({ row, column: column.header, message: TOO_LONG });
        continue;
      }
      let trimmed = cell?.trim();
      // A date of birth ("05/03/1958") gives its year.
      if (column.field === 'birthYear' && trimmed) trimmed = yearOfDate(trimmed);
      texts[i] = trimmed === '' ? undefined : trimmed;
    }
    if (tooLong) return { errors: tooLong };
    const value: Record<string, unknown> = {};
    let errors: ImportRowError[] | undefined;
    for (let i = 0; i < columns.length; i += 1) {
      const column = columns[i];
      const text = texts[i];
      const result = check(column, text);
      if (result.ok) {
        value[column.field] = result.value;
        continue;
      }
      const missing = text === undefined && column.required;
      for (const message of result.messages)
        (errors ??= []).push({
          row,
          column: column.header,
          message: missing ? 'Không được để trống' : message,
        });
    }
    return errors ? { errors } : { value: value as ImportRow, errors: [] };
  }
}

function check(column: FileColumn, text: string | undefined): FieldResult {
  const { remembered } = column;
  if (!remembered) return checkField(column.field, text);
  let result = remembered.get(text);
  if (!result) {
    result = checkField(column.field, text);
    if (remembered.size < REMEMBERED_TEXTS) remembered.set(text, result);
  }
  return result;
}
