import type { Writable } from 'node:stream';
import { figureColumns, groupingHeaders, type ReportContext, showsCode } from './coverage-columns';

const cell = (value: string | number | null) => {
  if (value === null) return '';
  // A name that starts like a formula must not run as one when the file is opened in Excel.
  const text =
    typeof value === 'string' && /^[=+\-@\t\r]/u.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
};

/** CSV in UTF-8 with a byte-order mark, so Excel shows Vietnamese correctly; written row by row. */
export function writeCoverageCsv(context: ReportContext, out: Writable): void {
  const { report } = context;
  const code = showsCode(report.groupBy);
  const line = (cells: Array<string | number | null>) =>
    out.write(`${cells.map(cell).join(',')}\r\n`);
  out.write('\uFEFF');
  line([
    ...(code ? ['Mã'] : []),
    groupingHeaders[report.groupBy],
    ...figureColumns.map((c) => c.header),
  ]);
  for (const row of report.rows)
    line([...(code ? [row.key] : []), row.label, ...figureColumns.map((c) => row[c.key])]);
  line([...(code ? [''] : []), 'Tổng cộng', ...figureColumns.map((c) => report.totals[c.key])]);
  out.end();
}
