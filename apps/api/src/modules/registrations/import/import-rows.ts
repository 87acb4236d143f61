import {
  foldText,
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
  for (const name of [column.field, column.vi, column.en, `${column.vi} / ${column.en}`])
    aliases.set(foldText(name), column.field);
}

/** A header cell names a field by its code, its Vietnamese or English header, or both ("Họ và tên / Full name"). */
function fieldOf(header: string): ImportField | undefined {
  const folded = foldText(header.replace(/\*/gu, ''));
  return (
    aliases.get(folded) ??
    folded
      .split('/')
      .map((part) => aliases.get(part.trim()))
      .find(Boolean)
  );
}

export function mapHeader(cells: string[]): { map: ColumnMap; errors: ImportRowError[] } {
  const map: ColumnMap = { indexOf: {}, headerOf: {} };
  cells.forEach((cell, index) => {
    const field = fieldOf(cell);
    if (field && map.indexOf[field] === undefined) {
      map.indexOf[field] = index;
      map.headerOf[field] = cell.trim();
    }
  });
  const errors = importColumns
    .filter((column) => column.required && map.indexOf[column.field] === undefined)
    .map((column) => ({
      row: 1,
      column: column.vi,
      message: `Thiếu cột "${column.vi}" (${column.field})`,
    }));
  return { map, errors };
}

export function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** No field of a member list is anywhere near this long; a longer cell is refused unread. */
export const MAX_FIELD_CHARS = 1_000;

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
    const trimmed = cell?.trim();
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
        column: map.headerOf[field] ?? column?.vi ?? field,
        message: missing ? 'Không được để trống' : issue.message,
      };
    }),
  };
}
