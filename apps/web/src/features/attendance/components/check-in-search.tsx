import { useState } from 'react';
import type { Registration } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../../components/number-field';
import { SearchField } from '../../../components/search-field';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useFindRegistrants } from '../api/get-attendance';
import { SearchResults } from './check-in-parts';
import { RegistrantCard } from './registrant-card';

interface CheckInSearchProps {
  conferenceId: string;
  pending: boolean;
  onCheckIn: (registration: Registration) => void;
}

/** Finds a registrant by name and birth year, or phone, with one "Điểm danh" per person. */
export function CheckInSearch({ conferenceId, pending, onCheckIn }: CheckInSearchProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [year, setYear] = useState<number | null>(null);
  const q = useDebouncedValue(text.trim());
  const birthYear = useDebouncedValue(
    year !== null && year >= 1900 && year <= 2100 ? year : undefined,
  );
  const found = useFindRegistrants(conferenceId, q, birthYear);
  const searching = q.length >= 2 || birthYear !== undefined;
  const results = searching ? (found.data ?? []) : [];

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr 110px', sm: '1fr 160px' } }}
      >
        <SearchField
          size="medium"
          label={t('checkIn.searchLabel')}
          value={text}
          onChange={setText}
          autoComplete="off"
        />
        <NumberField
          size="medium"
          label={t('checkIn.birthYear')}
          value={year}
          min={1900}
          onChange={setYear}
        />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {t('checkIn.searchHelp')}
      </Typography>
      <SearchResults
        searched={searching && found.isSuccess}
        results={results}
        renderResult={(registration) => (
          <RegistrantCard registration={registration} disabled={pending} onCheckIn={onCheckIn} />
        )}
      />
    </Box>
  );
}
