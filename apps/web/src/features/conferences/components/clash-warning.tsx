import { useEffect, useRef } from 'react';
import type { ConferenceConflict } from '@canhgiac/contracts';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTime, vietnamDay } from '../../../lib/date-time';
import { conferencePath } from '../../../lib/paths';

interface ClashWarningProps {
  conflicts: ConferenceConflict[];
  busy: boolean;
  onBookAnyway: () => void;
}

/** The conferences already booked at that time, with what clashes, grouped by conference. */
function groupByConference(conflicts: ConferenceConflict[]) {
  const groups = new Map<string, { conflict: ConferenceConflict; reasons: ConferenceConflict[] }>();
  for (const conflict of conflicts) {
    const group = groups.get(conflict.conferenceId);
    if (group) group.reasons.push(conflict);
    else groups.set(conflict.conferenceId, { conflict, reasons: [conflict] });
  }
  return [...groups.values()];
}

function timeRange(conflict: ConferenceConflict): string {
  const sameDay = vietnamDay(conflict.startsAt) === vietnamDay(conflict.endsAt);
  const end = sameDay ? formatTime(conflict.endsAt) : formatDateTime(conflict.endsAt);
  return `${formatDateTime(conflict.startsAt)}–${end}`;
}

/**
 * 409 CONFERENCE_CLASH: which conference the venue or a trainer is already booked for, and a way
 * to book anyway (`force: true`) when the planner knows better.
 */
export function ClashWarning({ conflicts, busy, onBookAnyway }: ClashWarningProps) {
  const { t } = useTranslation();
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The warning appears at the end of a long form: bring it into view.
    alertRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [conflicts]);
  return (
    <Alert ref={alertRef} severity="warning" role="alert">
      <AlertTitle>{t('conferenceForm.clash.title')}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {groupByConference(conflicts).map(({ conflict, reasons }) => (
          <li key={conflict.conferenceId}>
            <Link
              href={conferencePath(conflict.conferenceId)}
              target="_blank"
              rel="noopener"
              color="inherit"
            >
              {conflict.title}
            </Link>{' '}
            ({timeRange(conflict)}):{' '}
            {reasons
              .map((reason) =>
                reason.reason === 'venue'
                  ? t('conferenceForm.clash.venue', { venue: reason.venue })
                  : t('conferenceForm.clash.trainer', { trainer: reason.trainer ?? '' }),
              )
              .join('; ')}
          </li>
        ))}
      </Box>
      <Box sx={{ mt: 1 }}>{t('conferenceForm.clash.hint')}</Box>
      <Button
        color="inherit"
        variant="outlined"
        size="small"
        onClick={onBookAnyway}
        disabled={busy}
        sx={{ mt: 1.5 }}
      >
        {t('conferenceForm.clash.bookAnyway')}
      </Button>
    </Alert>
  );
}
