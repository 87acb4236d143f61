import { useState } from 'react';
import CloudDownload from '@mui/icons-material/CloudDownload';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { formatDateTime, formatTime } from '../../../lib/date-time';
import { paths } from '../../../lib/paths';
import { CheckInSection, WalkInSection } from '../components/check-in-parts';
import { CodeCheckIn } from '../components/code-check-in';
import { WalkInDialog } from '../components/walk-in-dialog';
import type { StoredRegistration } from './offline-db';
import { OfflineSearch } from './offline-search';
import { OfflineStatus } from './offline-status';
import { useOfflineReferences } from './offline-references';
import { PaperSheetEntry } from './paper-sheet-entry';
import {
  checkInLocally,
  checkInRows,
  dismissRejected,
  walkInLocally,
  type LocalCheckIn,
} from './roster-store';
import { DownloadRosterButton } from './download-roster-button';
import {
  useAutoSync,
  useStoredEvents,
  useStoredRegistrations,
  useStoredRoster,
} from './use-offline';

function LocalFeedback({ feedback }: { feedback: LocalCheckIn | null }) {
  const { t } = useTranslation();
  return (
    <Box
      role="status"
      aria-live="polite"
      aria-atomic="true"
      sx={{ position: 'sticky', top: 8, zIndex: 2, '&:empty': { display: 'none' } }}
    >
      {feedback?.kind === 'checked-in' && (
        <Alert severity="success" variant="filled" sx={{ fontSize: '1.15rem' }}>
          {t('offline.done', { name: feedback.name, time: formatTime(feedback.at) })}
        </Alert>
      )}
      {feedback?.kind === 'already' && (
        <Alert severity="info" variant="filled" sx={{ fontSize: '1.15rem' }}>
          {t('checkIn.alreadyBody', { name: feedback.name, time: formatTime(feedback.at) })}
        </Alert>
      )}
      {feedback?.kind === 'queued-unknown' && (
        <Alert severity="warning" sx={{ fontSize: '1.1rem' }}>
          {t('offline.unknownCode', { code: feedback.code })}
        </Alert>
      )}
    </Box>
  );
}

/**
 * Check-in with no network, on a phone: the conference's list lives on the device, every
 * check-in is recorded there at once and sent to the server whenever it can be reached.
 * Nothing is lost by closing the page, losing the network or the session running out.
 */
export function OfflineCheckInPage({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const roster = useStoredRoster(conferenceId);
  const registrations = useStoredRegistrations(conferenceId);
  const events = useStoredEvents(conferenceId);
  const { syncing, outcome, sync, session, reachable } = useAutoSync(conferenceId, events.pending);
  const [feedback, setFeedback] = useState<LocalCheckIn | null>(null);
  const [walkIn, setWalkIn] = useState(false);
  useOfflineReferences();

  if (roster === undefined) return <PageLoading />;
  if (roster === null) {
    return (
      <Stack spacing={2} sx={{ maxWidth: 640, mx: 'auto', p: 2 }}>
        <Typography variant="h1">{t('offline.title')}</Typography>
        <Alert severity="info">{t('offline.noRoster')}</Alert>
        {session.status === 'authenticated' ? (
          <DownloadRosterButton conferenceId={conferenceId} />
        ) : (
          <Button component={RouterLink} to={paths.login} variant="contained" size="large">
            {t('offline.signIn')}
          </Button>
        )}
      </Stack>
    );
  }

  const checkedIn = registrations.filter((r) => r.checkedInAt !== null).length;
  const total = registrations.length;
  const cancelled = roster.conference.status === 'cancelled';
  const record = async (target: { registrationId: string } | { code: string }) => {
    const result = await checkInLocally(conferenceId, target, new Date());
    setFeedback(result);
    return true;
  };
  // A sheet typed in after the conference carries the conference's end as its time.
  const paperTime = () => {
    const now = Date.now();
    return new Date(Math.min(now, Date.parse(roster.conference.endsAt)));
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 640, mx: 'auto', p: { xs: 1.5, sm: 2 } }} component="main">
      <Box>
        <Typography variant="h1">{t('offline.title')}</Typography>
        <Typography sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
          {roster.conference.title}
        </Typography>
        <Typography color="text.secondary">
          {[formatDateTime(roster.conference.startsAt), roster.conference.venue]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
      </Box>
      <OfflineStatus
        roster={roster}
        checkedIn={checkedIn}
        total={total}
        pending={events.pending}
        online={reachable}
        syncing={syncing}
        needsLogin={session.status === 'anonymous' || outcome?.kind === 'login'}
        otherUser={outcome?.kind === 'other-user'}
        onSync={() => void sync()}
      />
      {events.rejected.length > 0 && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={() => void dismissRejected(conferenceId)}>
              {t('offline.dismiss')}
            </Button>
          }
        >
          <Typography sx={{ fontWeight: 700 }}>
            {t('offline.rejected', { count: events.rejected.length })}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {events.rejected.map((event) => (
              <li key={event.eventId}>
                {event.label}: {event.reason ?? t('offline.rejectedNoReason')}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      {cancelled ? (
        <Alert severity="warning">{t('checkIn.cancelled')}</Alert>
      ) : (
        <>
          <LocalFeedback feedback={feedback} />
          <CheckInSection title={t('checkIn.searchTitle')}>
            <OfflineSearch
              registrations={registrations}
              onCheckIn={(registration: StoredRegistration) =>
                void record({ registrationId: registration.id })
              }
            />
          </CheckInSection>
          <CheckInSection title={t('checkIn.codeTitle')}>
            <CodeCheckIn pending={false} onCode={(code) => record({ code })} />
          </CheckInSection>
          <WalkInSection onOpen={() => setWalkIn(true)} />
          <CheckInSection title={t('offline.paperTitle')}>
            <PaperSheetEntry
              registrations={registrations}
              onCheckIn={(ids) => checkInRows(conferenceId, ids, paperTime())}
            />
          </CheckInSection>
          {session.status === 'authenticated' && (
            <CheckInSection title={t('offline.refreshTitle')}>
              <DownloadRosterButton conferenceId={conferenceId} refresh icon={<CloudDownload />} />
            </CheckInSection>
          )}
        </>
      )}
      {walkIn && (
        <WalkInDialog
          showOrganization={false}
          communeCode={roster.conference.communeCode}
          onClose={() => setWalkIn(false)}
          onSubmit={async (person) => {
            await walkInLocally(conferenceId, person, new Date());
            setFeedback({
              kind: 'checked-in',
              name: person.fullName,
              at: new Date().toISOString(),
            });
            setWalkIn(false);
            return null;
          }}
        />
      )}
    </Stack>
  );
}
