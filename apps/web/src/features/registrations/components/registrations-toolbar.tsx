import { registrationStatuses, type RegistrationStatus } from '@canhgiac/contracts';
import Search from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

export interface RegistrationFilters {
  search: string;
  status: RegistrationStatus | '';
}

interface RegistrationsToolbarProps {
  filters: RegistrationFilters;
  onChange: (filters: RegistrationFilters) => void;
}

/** Search the registrants (accents ignored, digits for phones) and filter by status. */
export function RegistrationsToolbar({ filters, onChange }: RegistrationsToolbarProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
      <TextField
        type="search"
        label={t('registrations.filters.search')}
        value={filters.search}
        onChange={(event) => onChange({ ...filters, search: event.target.value })}
        sx={{ flex: '1 1 280px' }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <Search />
              </InputAdornment>
            ),
          },
        }}
      />
      <TextField
        select
        label={t('registrations.filters.status')}
        value={filters.status}
        onChange={(event) =>
          onChange({ ...filters, status: event.target.value as RegistrationStatus | '' })
        }
        sx={{ flex: '0 1 220px', minWidth: 180 }}
      >
        <MenuItem value="">{t('registrations.filters.all')}</MenuItem>
        {registrationStatuses.map((status) => (
          <MenuItem key={status} value={status}>
            {t(`registrations.status.${status}`)}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}
