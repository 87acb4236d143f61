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
/** The most rows a page of the grid shows. */
const PAGE_SIZE = 100;

export function CoverageGrid({ groupBy, rows, totals, loading }: CoverageGridProps) {
  const { t, i18n } = useTranslation();
  const formatNumber = useNumberFormat();
  const locale = intlLocales[toLanguage(i18n.resolvedLanguage)];

  const columns = useMemo<GridColDef<DisplayRow>[]>(() => {
    const none = t('reports.none');
    // Places have a population that may be unknown; other groupings have none at all.
    const geographic = groupBy === 'district' || groupBy === 'commune';
    const noPopulation = geographic ? t('reports.noPopulation') : none;
    const unknown = geographic ? t('reports.unknown') : none;
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
        // "chưa có số liệu" (no population figure yet) whole.
        width: field === 'population' ? 136 : 112,
        valueFormatter: (value: number | null) =>
          value === null ? (field === 'population' ? noPopulation : none) : formatNumber(value),
      })),
      {
        field: 'coveragePct',
        headerName: t('reports.columns.coveragePct'),
        type: 'number',
        width: 104,
        valueFormatter: (value: number | null) =>
          value === null ? unknown : t('reports.percent', { value: percent.format(value) }),
      },
    ];
  }, [t, groupBy, formatNumber, locale]);

  return (
    <DataGrid
      aria-label={t('reports.gridLabel')}
      // The totals come first, as in the statistical yearbooks: a province's 129 communes run to
      // two pages (the grid shows at most 100 rows a page), and the totals stay on the first.
      rows={totals ? [totals, ...rows] : rows}
      columns={columns}
      loading={loading}
      getRowClassName={({ row }) => (row.totals ? 'coverage-totals' : '')}
      disableColumnSorting
      disableColumnFilter
      disableRowSelectionOnClick
      hideFooter={rows.length + 1 <= PAGE_SIZE}
      pageSizeOptions={[PAGE_SIZE]}
      initialState={{ pagination: { paginationModel: { pageSize: PAGE_SIZE } } }}
      autoHeight
      columnHeaderHeight={68}
      sx={{
        // Figures' names are long: headers wrap onto three lines rather than being cut.
        '& .MuiDataGrid-columnHeaderTitle': { whiteSpace: 'normal', lineHeight: 1.25 },
        '& .coverage-totals': { fontWeight: 700, bgcolor: 'action.hover' },
        '& .coverage-totals:hover': { bgcolor: 'action.selected' },
      }}
    />
  );
}
