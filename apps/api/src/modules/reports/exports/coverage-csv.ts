import type { Writable } from 'node:stream';
import type { CsvDecimal } from '@canhgiac/contracts';
import { stringify } from 'csv-stringify';
import { figureColumns, groupingHeaders, type ReportContext, showsCode } from './coverage-columns';

/**
 * How the cells and the decimals of a CSV are written. `point` is RFC 4180 (`,` between cells,
 * 12.5). `comma` is what Excel opens into columns and numbers under Vietnamese regional settings,
 * whose list separator is `;` and decimal separator `,`: `;` between cells, 12,5. Whole numbers
 * are written without thousands separators either way, so Excel reads them as numbers.
 */
const styles: Record<CsvDecimal, { delimiter: string; decimal: (value: number) => string }> = {
  point: { delimiter: ',', decimal: (value) => String(value) },
  comma: { delimiter: ';', decimal: (value) => String(value).replace('.', ',') },
};

/**
 * CSV in UTF-8 with a byte-order mark, so Excel shows Vietnamese correctly; written row by row.
 * A name that starts like a formula gets a leading `'` so it never runs when Excel opens it.
 */
export function writeCoverageCsv(
  context: ReportContext,
  out: Writable,
  decimal: CsvDecimal = 'point',
): void {
  const { report } = context;
  const style = styles[decimal];
  const code = showsCode(report.groupBy);
  const csv = stringify({
    bom: true,
    delimiter: style.delimiter,
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: { number: style.decimal },
  });
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
