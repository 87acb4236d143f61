import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../../components/number-field';
import { CommunePicker } from '../../../components/commune-picker';
import { SearchField } from '../../../components/search-field';

export interface PeopleFilters {
  search: string;
  communeCode: string;
  birthYear: number | null;
}

interface PeopleToolbarProps {
  filters: PeopleFilters;
  onChange: (filters: PeopleFilters) => void;
  onAdd: () => void;
}

/** Search (accents ignored, digits for phones), commune and birth year, and "Thêm". */
export function PeopleToolbar({ filters, onChange, onAdd }: PeopleToolbarProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'grid', gap: 2, mb: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
        <SearchField
          label={t('people.searchLabel')}
          helperText={t('people.searchHelp')}
          value={filters.search}
          onChange={(search) => onChange({ ...filters, search })}
          width={320}
        />
        <NumberField
          label={t('people.birthYearFilter')}
          value={filters.birthYear}
          min={1900}
          onChange={(birthYear) => onChange({ ...filters, birthYear })}
          sx={{ flex: '0 1 140px' }}
        />
        <Button variant="contained" startIcon={<Add />} onClick={onAdd} sx={{ ml: { md: 'auto' } }}>
          {t('people.add')}
        </Button>
      </Box>
      <Box sx={{ maxWidth: 640 }}>
        <CommunePicker
          allowAll
          size="small"
          label={t('personForm.commune')}
          value={filters.communeCode}
          onChange={(communeCode) => onChange({ ...filters, communeCode: communeCode ?? '' })}
        />
      </Box>
    </Box>
  );
}
