import { useMemo } from 'react';
import type { CoverageGrouping } from '@canhgiac/contracts';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { DataGrid } from '../../../components/data-grid';
import { intlLocales, toLanguage } from '../../../i18n/languages';
import { useNumberFormat } from '../../../lib/format';
import type { DisplayRow } from './use-coverage-rows';

interface CoverageGridProps {
  groupBy: CoverageGrouping;
  rows: DisplayRow[];
  totals: DisplayRow | null;
  loading: boolean;
}

const figures = [
  'conferencesHeld',
  'registrations',
  'attended',
  'uniqueParticipants',
  'leafletsDelivered',
  'population',
] as const;

/** The report as a table, every row then "Tổng cộng"; figures that do not apply show "–". */
export function CoverageGrid({ groupBy, rows, totals, loading }: CoverageGridProps) {
  const { t, i18n } = useTranslation();
  const formatNumber = useNumberFormat();
  const locale = intlLocales[toLanguage(i18n.resolvedLanguage)];

  const columns = useMemo<GridColDef<DisplayRow>[]>(() => {
    const none = t('reports.none');
    const percent = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    return [
      {
        field: 'label',
        headerName: t(`reports.groupings.${groupBy}`),
        flex: 1,
        minWidth: 180,
      },
      ...figures.map((field): GridColDef<DisplayRow> => ({
        field,
        headerName: t(`reports.columns.${field}`),
        type: 'number',
        width: 112,
        valueFormatter: (value: number | null) => (value === null ? none : formatNumber(value)),
      })),
      {
        field: 'coveragePct',
        headerName: t('reports.columns.coveragePct'),
        type: 'number',
        width: 104,
        valueFormatter: (value: number | null) =>
          value === null ? none : t('reports.percent', { value: percent.format(value) }),
      },
    ];
  }, [t, groupBy, formatNumber, locale]);

  return (
    <DataGrid
      aria-label={t('reports.gridLabel')}
      rows={totals ? [...rows, totals] : rows}
      columns={columns}
      loading={loading}
      getRowClassName={({ row }) => (row.totals ? 'coverage-totals' : '')}
      disableColumnSorting
      disableColumnFilter
      disableRowSelectionOnClick
      hideFooter
      autoHeight
      columnHeaderHeight={56}
      sx={{
        // Figures' names are long: headers wrap onto two lines rather than being cut.
        '& .MuiDataGrid-columnHeaderTitle': { whiteSpace: 'normal', lineHeight: 1.25 },
        '& .coverage-totals': { fontWeight: 700, bgcolor: 'action.hover' },
        '& .coverage-totals:hover': { bgcolor: 'action.selected' },
      }}
    />
  );
}
