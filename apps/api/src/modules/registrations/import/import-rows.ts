import {
  headerKey,
  type ImportField,
  importColumns,
  type ImportRow,
  type ImportRowError,
  importRowSchema,
} from '@canhgiac/contracts';

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

/** The index of each known column by its header in the file and by its label. */
export function columnIndex(cells: string[]): Map<string, number> {
  const { map } = mapHeader(cells);
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

/** Validates one data row with the contracts schema; errors name the file's own column headers. */
export function parseRow(
  row: number,
  cells: string[],
  map: ColumnMap,
): { value?: ImportRow; errors: ImportRowError[] } {
  const raw: Record<string, string | undefined> = {};
  const tooLong: ImportRowError[] = [];
  for (const column of importColumns) {
    const index = map.indexOf[column.field];
    const cell = index === undefined ? undefined : cells[index];
    if (cell !== undefined && cell.length > MAX_FIELD_CHARS) {
      tooLong.push({
        row,
        column: map.headerOf[column.field] ?? column.vi,
        message: `Dài quá ${MAX_FIELD_CHARS.toLocaleString('vi-VN')} ký tự`,
      });
      continue;
    }
    let trimmed = cell?.trim();
    // A date of birth ("05/03/1958") gives its year.
    if (column.field === 'birthYear' && trimmed) trimmed = yearOfDate(trimmed);
    raw[column.field] = trimmed === '' ? undefined : trimmed;
  }
  if (tooLong.length > 0) return { errors: tooLong };
  const result = importRowSchema.safeParse(raw);
  if (result.success) return { value: result.data, errors: [] };
  return {
    errors: result.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '') as ImportField;
      const column = importColumns.find((c) => c.field === field);
      const missing = raw[field] === undefined && column?.required;
      return {
        row,
        column: map.headerOf[field] ?? column?.vi ?? '',
        message: missing ? 'Không được để trống' : issue.message,
      };
    }),
  };
}
