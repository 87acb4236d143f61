import { useId, useMemo, useState } from 'react';
import type { AdminUnit } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DataGrid } from '../../../components/data-grid';
import { SearchField } from '../../../components/search-field';
import { useCommunes } from '../api/get-admin-units';
import { filterUnits } from '../utils/filter-units';
import { useAdminUnitColumns } from './use-admin-unit-columns';

interface CommunesPanelProps {
  district: AdminUnit;
}

export function CommunesPanel({ district }: CommunesPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const columns = useAdminUnitColumns();
  const communes = useCommunes(district.code);
  const [query, setQuery] = useState('');
  const all = useMemo(() => communes.data ?? [], [communes.data]);
  const rows = useMemo(() => filterUnits(all, query), [all, query]);

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="h3" component="h3" sx={{ mb: 1.5 }}>
        {t('adminUnits.communesTitle', { district: district.name, count: all.length })}
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
          aria-label={t('adminUnits.communesGridLabel', { district: district.name })}
          rows={rows}
          columns={columns}
          getRowId={(row) => row.code}
          loading={communes.isPending}
          autoHeight
          hideFooter
          disableRowSelectionOnClick
        />
      )}
    </Box>
  );
}
