import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { figureColumns, groupingHeaders, type ReportContext, showsCode } from './coverage-columns';

/**
 * CSV in UTF-8 with a byte-order mark, so Excel shows Vietnamese correctly; written row by row.
 * A name that starts like a formula gets a leading `'` so it never runs when Excel opens it.
 */
export function writeCoverageCsv(context: ReportContext, out: Writable): void {
  const { report } = context;
  const code = showsCode(report.groupBy);
  const csv = stringify({ bom: true, record_delimiter: 'windows', escape_formulas: true });
  csv.pipe(out);
  csv.write([
    ...(code ? ['Mã'] : []),
    groupingHeaders[report.groupBy],
    ...figureColumns.map((c) => c.header),
  ]);
  for (const row of report.rows)
    csv.write([...(code ? [row.key] : []), row.label, ...figureColumns.map((c) => row[c.key])]);
  csv.write([
    ...(code ? [''] : []),
    'Tổng cộng',
    ...figureColumns.map((c) => report.totals[c.key]),
  ]);
  csv.end();
}
