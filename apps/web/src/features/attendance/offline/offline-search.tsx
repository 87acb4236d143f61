import { useMemo, useState } from 'react';
import { foldText } from '@canhgiac/contracts';
import CheckCircle from '@mui/icons-material/CheckCircle';
import HowToReg from '@mui/icons-material/HowToReg';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../../components/search-field';
import { formatTime } from '../../../lib/date-time';
import { SearchResults } from '../components/check-in-parts';
import type { StoredRegistration } from './offline-db';

const MAX_RESULTS = 20;

interface OfflineSearchProps {
  registrations: StoredRegistration[];
  onCheckIn: (registration: StoredRegistration) => void;
}

/**
 * Finds people on the device's list by name, with or without accents ("nguyen van a"), or by
 * the row number of the printed sheet; no network needed.
 */
export function OfflineSearch({ registrations, onCheckIn }: OfflineSearchProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const results = useMemo(() => {
    const query = foldText(text.trim());
    if (query.length < 2 && !/^\d+$/u.test(query)) return [];
    const words = query.split(/\s+/u);
    return registrations
      .filter((r) =>
        /^\d+$/u.test(query)
          ? String(r.row) === query || String(r.birthYear) === query
          : words.every((word) => r.search.includes(word)),
      )
      .slice(0, MAX_RESULTS);
  }, [registrations, text]);

  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <SearchField
        size="medium"
        label={t('offline.searchLabel')}
        helperText={t('offline.searchHelp')}
        value={text}
        onChange={setText}
        autoComplete="off"
      />
      <SearchResults
        searched={text.trim().length >= 2}
        results={results}
        renderResult={(registration) => (
          <Paper
            variant="outlined"
            sx={{ p: 1.5, display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}
          >
            <Box sx={{ flex: '1 1 160px', minWidth: 0 }}>
              <Typography component="p" sx={{ fontSize: '1.15rem', fontWeight: 700 }}>
                {registration.row !== null && `${registration.row}. `}
                {registration.fullName}
              </Typography>
              <Typography component="p" color="text.secondary">
                {[
                  registration.birthYear && t('offline.born', { year: registration.birthYear }),
                  registration.code,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
              {registration.checkedInAt && (
                <Typography
                  component="p"
                  sx={{ color: 'success.dark', fontWeight: 600, display: 'flex', gap: 0.5 }}
                >
                  <CheckCircle fontSize="small" aria-hidden />
                  {t('checkIn.attendedAt', { time: formatTime(registration.checkedInAt) })}
                </Typography>
              )}
            </Box>
            <Button
              variant={registration.checkedInAt ? 'outlined' : 'contained'}
              size="large"
              startIcon={<HowToReg />}
              onClick={() => onCheckIn(registration)}
              aria-label={t('checkIn.checkInAria', { name: registration.fullName })}
              sx={{
                minHeight: 56,
                minWidth: 140,
                fontSize: '1.1rem',
                flex: { xs: '1 1 100%', sm: '0 0 auto' },
              }}
            >
              {t('checkIn.checkIn')}
            </Button>
          </Paper>
        )}
      />
    </Box>
  );
}
