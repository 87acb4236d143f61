import { registrationStatuses, type RegistrationStatus } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../../components/search-field';

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
      <SearchField
        label={t('registrations.filters.search')}
        value={filters.search}
        onChange={(search) => onChange({ ...filters, search })}
        width={280}
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
