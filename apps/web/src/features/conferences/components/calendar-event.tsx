import type { Conference } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatTime } from '../../../lib/date-time';
import { conferencePath } from '../../../lib/paths';
import { conferenceStatusColors } from '../../../theme/conference-status';

interface CalendarEventProps {
  conference: Conference;
  /** Month cells show the time and commune; the week view also the end time and the title. */
  detailed?: boolean;
}

/**
 * A conference on the calendar, in its status colour: its time and commune (titles are long and
 * alike), the full title in its name and tooltip. Opens the conference page.
 */
export function CalendarEvent({ conference, detailed = false }: CalendarEventProps) {
  const { t } = useTranslation();
  const colors = conferenceStatusColors[conference.status];
  const start = formatTime(conference.startsAt);
  const status = t(`conferences.status.${conference.status}`);
  const label = t('calendar.eventLabel', {
    time: start,
    commune: conference.communeName,
    title: conference.title,
    status,
  });
  return (
    <Link
      component={RouterLink}
      to={conferencePath(conference.id)}
      underline="hover"
      aria-label={label}
      title={label}
      sx={{
        display: 'block',
        px: 0.75,
        py: detailed ? 0.75 : 0.25,
        borderRadius: 1,
        borderLeft: 4,
        borderColor: colors.main,
        bgcolor: colors.light,
        color: colors.main,
        fontSize: detailed ? '0.875rem' : '0.8rem',
        lineHeight: 1.35,
        textDecorationLine: conference.status === 'cancelled' ? 'line-through' : undefined,
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 1 },
      }}
    >
      {detailed ? (
        <>
          <Box component="span" sx={{ display: 'block', fontWeight: 700 }}>
            {start}–{formatTime(conference.endsAt)} {conference.communeName}
          </Box>
          <Box component="span" sx={{ display: 'block' }}>
            {conference.title}
          </Box>
        </>
      ) : (
        // The commune wraps rather than being cut: two conferences never read the same.
        <Box component="span" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
          <Box component="span" sx={{ fontWeight: 700 }}>
            {start}
          </Box>{' '}
          {conference.communeName}
        </Box>
      )}
    </Link>
  );
}
