import { conferenceStatuses } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ConferenceStatusChip } from './conference-status-chip';

/** What each colour of the calendar means. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <Box
      component="ul"
      aria-label={t('calendar.legend')}
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 1,
        alignItems: 'center',
        listStyle: 'none',
        m: 0,
        p: 0,
      }}
    >
      <Typography component="li" variant="body2" color="text.secondary" aria-hidden>
        {t('calendar.legend')}:
      </Typography>
      {conferenceStatuses.map((status) => (
        <li key={status}>
          <ConferenceStatusChip status={status} />
        </li>
      ))}
    </Box>
  );
}
