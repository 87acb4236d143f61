import { useId, useMemo, useState } from 'react';
import type { AdminUnit } from '@canhgiac/contracts';
import History from '@mui/icons-material/History';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DataGrid } from '../../../components/data-grid';
import { SearchField } from '../../../components/search-field';
import { useCommunes } from '../api/get-admin-units';
import { filterUnits } from '../utils/filter-units';
import { UnitHistoryDialog } from './unit-history-dialog';
import { useAdminUnitColumns } from './use-admin-unit-columns';

/** The most rows a page of the grid shows (a province has up to a few hundred communes). */
const PAGE_SIZE = 100;

interface CommunesPanelProps {
  /** The district whose communes are shown; null for the province's (since 1/7/2025). */
  district: AdminUnit | null;
  on?: string;
}

export function CommunesPanel({ district, on }: CommunesPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const unitColumns = useAdminUnitColumns();
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const columns = useMemo<GridColDef<AdminUnit>[]>(
    () => [
      ...unitColumns,
      {
        field: 'history',
        type: 'actions',
        headerName: t('adminUnits.columns.history'),
        width: 80,
        getActions: ({ row }) => [
          <GridActionsCellItem
            key="history"
            icon={<History />}
            label={t('adminUnits.history.open', { name: row.name })}
            onClick={() => setHistoryOf(row.code)}
          />,
        ],
      },
    ],
    [unitColumns, t],
  );
  const communes = useCommunes(district?.code ?? null, on);
  const [query, setQuery] = useState('');
  const all = useMemo(() => communes.data ?? [], [communes.data]);
  const rows = useMemo(() => filterUnits(all, query), [all, query]);

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="h3" component="h3" sx={{ mb: 1.5 }}>
        {district
          ? t('adminUnits.communesTitle', { district: district.name, count: all.length })
          : t('adminUnits.provinceCommunesTitle', { count: all.length })}
      </Typography>
      <SearchField
        label={t('adminUnits.communesFilterLabel')}
        helperText={
          query
            ? t('adminUnits.communesFilterCount', { shown: rows.length, count: all.length })
            : t('adminUnits.communesFilterHelp')
        }
        value={query}
        onChange={setQuery}
        fullWidth
        sx={{ mb: 1.5 }}
      />
      {communes.isError ? (
        <ApiErrorAlert error={communes.error} onRetry={() => void communes.refetch()} />
      ) : (
        <DataGrid
          aria-label={
            district
              ? t('adminUnits.communesGridLabel', { district: district.name })
              : t('adminUnits.provinceCommunesGridLabel')
          }
          rows={rows}
          columns={columns}
          getRowId={(row) => row.code}
          loading={communes.isPending}
          autoHeight
          hideFooter={rows.length <= PAGE_SIZE}
          pageSizeOptions={[PAGE_SIZE]}
          initialState={{ pagination: { paginationModel: { pageSize: PAGE_SIZE } } }}
          disableRowSelectionOnClick
        />
      )}
      {historyOf && <UnitHistoryDialog code={historyOf} onClose={() => setHistoryOf(null)} />}
    </Box>
  );
}
