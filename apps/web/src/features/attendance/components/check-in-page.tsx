import { useState } from 'react';
import ArrowBack from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PageLoading } from '../../../components/page-loading';
import { conferencePath } from '../../../lib/paths';
import { useAttended } from '../api/get-attendance';
import { useConferenceSummary } from '../api/get-conference-summary';
import { CheckInFeedback } from './check-in-feedback';
import { CheckInSection, WalkInSection } from './check-in-parts';
import { CheckInSearch } from './check-in-search';
import { CodeCheckIn } from './code-check-in';
import { EarlyCheckInDialog } from './early-check-in-dialog';
import { useCheckInAction } from './use-check-in-action';
import { WalkInDialog } from './walk-in-dialog';
import { DownloadRosterButton } from '../offline/download-roster-button';

/**
 * Check-in at the venue, on a phone: find a registrant and tap "Điểm danh", type or scan the
 * code of the roll-call sheet, or register a walk-in. Every check-in says who and when.
 */
export function CheckInPage({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const conference = useConferenceSummary(conferenceId);
  const attended = useAttended(conferenceId);
  const action = useCheckInAction(conferenceId);
  const [walkIn, setWalkIn] = useState(false);

  if (conference.isPending) return <PageLoading />;
  if (conference.isError) {
    return <ApiErrorAlert error={conference.error} onRetry={() => void conference.refetch()} />;
  }
  const closed = conference.data.status === 'cancelled';

  return (
    <Stack spacing={2} sx={{ maxWidth: 640, mx: 'auto' }}>
      <div>
        <Button component={RouterLink} to={conferencePath(conferenceId)} startIcon={<ArrowBack />}>
          {t('checkIn.back')}
        </Button>
      </div>
      <Box>
        <Typography variant="h1">{t('checkIn.title')}</Typography>
        <Typography sx={{ fontSize: '1.05rem' }}>{conference.data.title}</Typography>
        {attended.data && (
          <Typography sx={{ fontWeight: 600 }}>
            {t('checkIn.attendedCount', { count: attended.data.length })}
          </Typography>
        )}
      </Box>
      {closed ? (
        <Alert severity="warning">{t('checkIn.cancelled')}</Alert>
      ) : (
        <>
          <CheckInFeedback feedback={action.feedback} onEarly={action.openEarly} />
          <CheckInSection title={t('checkIn.searchTitle')}>
            <CheckInSearch
              conferenceId={conferenceId}
              pending={action.pending}
              onCheckIn={(registration) =>
                void action.run(
                  { registrationId: registration.id },
                  registration.checkedInAt !== null,
                )
              }
            />
          </CheckInSection>
          <CheckInSection title={t('checkIn.codeTitle')}>
            <CodeCheckIn pending={action.pending} onCode={(code) => action.run({ code })} />
          </CheckInSection>
          <WalkInSection onOpen={() => setWalkIn(true)} />
          <CheckInSection title={t('offline.sectionTitle')}>
            <DownloadRosterButton conferenceId={conferenceId} />
          </CheckInSection>
        </>
      )}
      {action.early && (
        <EarlyCheckInDialog
          day={action.early.day}
          onClose={action.closeEarly}
          onConfirm={async (reason) => {
            const fromWalkIn = action.early?.walkIn ?? false;
            const error = await action.confirmEarly(reason);
            if (error === null && fromWalkIn) setWalkIn(false);
            return error;
          }}
        />
      )}
      {walkIn && (
        <WalkInDialog
          communeCode={conference.data.communeCode}
          onClose={() => setWalkIn(false)}
          onSubmit={async (person) => {
            const error = await action.walkIn(person);
            if (error === null) setWalkIn(false);
            return error;
          }}
        />
      )}
    </Stack>
  );
}
