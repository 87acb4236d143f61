import { useMemo } from 'react';
import type { CoverageReport, CoverageRow } from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';
import { useCodeLabels } from '../../../lib/code-labels';

export type DisplayRow = Omit<CoverageRow, 'key'> & {
  id: string;
  /** The totals row, kept last. */
  totals?: boolean;
};

export const TOTALS_ROW_ID = '__totals';

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
    const rows: DisplayRow[] = report.rows.map((row, index) => ({
      ...row,
      id: row.key ?? `none-${index}`,
      label: labelOf(row),
    }));
    const totals: DisplayRow = {
      ...report.totals,
      id: TOTALS_ROW_ID,
      label: t('reports.totals'),
      totals: true,
    };
    return { rows, totals };
  }, [report, t, labels]);
}
