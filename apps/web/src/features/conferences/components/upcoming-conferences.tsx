import { useId } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../../lib/date-time';
import { formatDate } from '../../../lib/format';
import { ConferencesList } from './conferences-list';
import type { ConferenceFilters } from './use-conference-filters';

/**
 * The next conferences: those not over before today (today in Vietnam), nearest first, with the
 * page's filters. What a coordinator registers members for, and where they check them in.
 */
export function UpcomingConferences({ filters }: { filters: ConferenceFilters }) {
  const { t } = useTranslation();
  const headingId = useId();
  const today = todayInVietnam();
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="h2">
        {t('conferences.upcoming.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1.5 }}>
        {t('conferences.upcoming.hint', { date: formatDate(today) })}
      </Typography>
      <ConferencesList
        filters={{ ...filters, from: today, to: '' }}
        label={t('conferences.upcoming.title')}
        emptyLabel={t('conferences.upcoming.empty')}
      />
    </Box>
  );
}
