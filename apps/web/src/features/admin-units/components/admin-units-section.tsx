import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DateField } from '../../../components/date-field';
import { DatePickersProvider } from '../../../components/date-pickers-provider';
import { REORGANIZATION_DAY } from '../../../components/commune-picker';
import { todayInVietnam } from '../../../lib/date-time';
import { useDistricts } from '../api/get-admin-units';
import { CommunesPanel } from './communes-panel';
import { DistrictsGrid } from './districts-grid';

/**
 * The units valid on a chosen day (today by default): before 1/7/2025 the districts with a
 * drill-down into the communes of the one selected; since then the province's communes.
 */
export function AdminUnitsSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const [typedDay, setTypedDay] = useState(todayInVietnam());
  const [day, setDay] = useState(typedDay);
  const former = day < REORGANIZATION_DAY;
  const districts = useDistricts(day);
  const [selectedCode, setSelectedCode] = useState<string | null>(null);
  const selected = districts.data?.find((district) => district.code === selectedCode) ?? null;

  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography id={headingId} variant="h2" sx={{ mb: 0.5 }}>
        {t('adminUnits.sectionTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {former ? `${t('adminUnits.districtsHint')} ` : ''}
        {t('adminUnits.populationNote')}
      </Typography>
      <DatePickersProvider>
        <DateField
          label={t('adminUnits.dateLabel')}
          value={typedDay}
          onChange={(value) => {
            setTypedDay(value);
            if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) {
              setDay(value);
              setSelectedCode(null);
            }
          }}
          helperText={t('adminUnits.dateHelp')}
        />
      </DatePickersProvider>
      <Box sx={{ mb: 2 }} />
      {!former ? (
        <CommunesPanel key={`province-${day}`} district={null} on={day} />
      ) : districts.isError ? (
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
            <CommunesPanel key={`${selected.code}-${day}`} district={selected} on={day} />
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
