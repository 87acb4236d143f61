import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useDistricts } from '../api/get-admin-units';
import { CommunesPanel } from './communes-panel';
import { DistrictsGrid } from './districts-grid';

/** Districts of the province with a drill-down into the communes of the one selected. */
export function AdminUnitsSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const districts = useDistricts();
  const [selectedCode, setSelectedCode] = useState<string | null>(null);
  const selected = districts.data?.find((district) => district.code === selectedCode) ?? null;

  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography id={headingId} variant="h2" sx={{ mb: 0.5 }}>
        {t('adminUnits.sectionTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('adminUnits.districtsHint')} {t('adminUnits.populationNote')}
      </Typography>
      {districts.isError ? (
        <ApiErrorAlert error={districts.error} onRetry={() => void districts.refetch()} />
      ) : (
        <Box
          sx={{
            display: 'grid',
            gap: 3,
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
            alignItems: 'start',
          }}
        >
          <DistrictsGrid
            districts={districts.data ?? []}
            loading={districts.isPending}
            selectedCode={selectedCode}
            onSelect={setSelectedCode}
          />
          {selected ? (
            <CommunesPanel key={selected.code} district={selected} />
          ) : (
            <Typography color="text.secondary" sx={{ py: 2 }}>
              {t('adminUnits.communesEmpty')}
            </Typography>
          )}
        </Box>
      )}
    </Paper>
  );
}
