import {
  headerKey,
  type ImportColumnChoice,
  importColumns,
  type ImportField,
  type ImportHeader,
} from '@canhgiac/contracts';

/** The column (A = 1) chosen for each field; a field left out is not read. */
export type ColumnNumbers = Partial<Record<ImportField, number>>;

/** "A", "B", … "AA": a column as a spreadsheet names it. */
export function columnLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** Whether the header has a column the importer did not recognize, so choosing by hand can help. */
export function hasUnknownColumns(header: ImportHeader): boolean {
  const known = new Set(Object.values(header.recognized));
  return header.cells.some((cell, index) => cell.trim() !== '' && !known.has(index + 1));
}

/**
 * The choice as the API takes it: each column by its header text when the header has that text
 * once (it finds the header row by them), by its number otherwise.
 */
export function choiceFor(header: ImportHeader, columns: ColumnNumbers): ImportColumnChoice {
  const keys = header.cells.map(headerKey);
  const choice: Record<string, string | number> = {};
  for (const [field, n] of Object.entries(columns)) {
    const key = keys[n - 1];
    choice[field] = key && keys.filter((k) => k === key).length === 1 ? header.cells[n - 1] : n;
  }
  return choice as ImportColumnChoice;
}

/** Whether every required field has a column, and no column serves two fields. */
export function isComplete(columns: ColumnNumbers): boolean {
  const chosen = Object.values(columns);
  return (
    importColumns.every((column) => !column.required || columns[column.field] !== undefined) &&
    new Set(chosen).size === chosen.length
  );
}

const STORAGE_PREFIX = 'canhgiac.import-columns';

/** The header's cells as the importer compares them: two files with this signature share a choice. */
const signature = (header: ImportHeader) => header.cells.map(headerKey).join('|');

const storageKey = (organizationId: string | null, header: ImportHeader) =>
  `${STORAGE_PREFIX}:${organizationId ?? 'none'}:${signature(header)}`;

/** The columns chosen last time for a file with this header, by this organization; none if never. */
export function rememberedColumns(
  organizationId: string | null,
  header: ImportHeader,
): ColumnNumbers | null {
  try {
    const stored = window.localStorage.getItem(storageKey(organizationId, header));
    if (!stored) return null;
    const parsed = JSON.parse(stored) as Record<string, unknown>;
    const columns: ColumnNumbers = {};
    for (const column of importColumns) {
      const n = parsed[column.field];
      if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= header.cells.length)
        columns[column.field] = n;
    }
    return columns;
  } catch {
    return null;
  }
}

/** Remembers the columns that read a file with this header, for the next file of the organization. */
export function rememberColumns(
  organizationId: string | null,
  header: ImportHeader,
  columns: ColumnNumbers,
): void {
  try {
    window.localStorage.setItem(storageKey(organizationId, header), JSON.stringify(columns));
  } catch {
    // Storage full or refused: the choice is simply asked again next time.
  }
}
