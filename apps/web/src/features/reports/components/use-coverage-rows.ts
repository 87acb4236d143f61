import { useMemo } from 'react';
import type { CoverageReport, CoverageRow } from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';
import { useCodeLabels } from '../../../lib/code-labels';

export type DisplayRow = Omit<CoverageRow, 'key' | 'validFrom' | 'validTo'> & {
  id: string;
  /** The totals row. */
  totals?: boolean;
};

export const TOTALS_ROW_ID = '__totals';

/** "2025-06-30" → "30/06/2025". */
const dayMonthYear = (day: string) => day.slice(0, 10).split('-').reverse().join('/');

/**
 * The report's rows with labels in the UI language (months, groups, genders, age bands are
 * codes the API also labels in Vietnamese), then the totals row.
 */
export function useCoverageRows(report: CoverageReport | undefined) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  return useMemo(() => {
    if (!report) return { rows: [] as DisplayRow[], totals: null };
    const labelOf = (row: CoverageRow): string => {
      const { key } = row;
      if (key === null)
        return report.groupBy === 'organization' ? t('reports.noOrganization') : row.label;
      if (report.groupBy === 'month') {
        const [year, month] = key.split('-');
        return t('reports.month', { month, year });
      }
      if (report.groupBy === 'group') return labels.group(key);
      if (report.groupBy === 'gender') return labels.gender(key);
      if (report.groupBy === 'age_band') return labels.ageBand(key);
      return row.label;
    };
    // As held, one code may head two rows (a unit renamed on 1/7/2025): each row shows its period.
    const keyCounts = new Map<string, number>();
    for (const row of report.rows)
      if (row.key !== null) keyCounts.set(row.key, (keyCounts.get(row.key) ?? 0) + 1);
    const periodOf = (row: CoverageRow, label: string): string => {
      if (report.units !== 'as-held') return label;
      if (row.validTo) return t('reports.validTo', { label, date: dayMonthYear(row.validTo) });
      if (row.validFrom && row.key !== null && (keyCounts.get(row.key) ?? 0) > 1)
        return t('reports.validFrom', { label, date: dayMonthYear(row.validFrom) });
      return label;
    };
    const rows: DisplayRow[] = report.rows.map((row, index) => {
      const { key, validFrom, validTo: _validTo, ...figures } = row;
      return {
        ...figures,
        id: key === null ? `none-${index}` : validFrom ? `${key}@${validFrom}` : key,
        label: periodOf(row, labelOf(row)),
      };
    });
    const totals: DisplayRow = {
      ...report.totals,
      id: TOTALS_ROW_ID,
      label: t('reports.totals'),
      totals: true,
    };
    return { rows, totals };
  }, [report, t, labels]);
}
