import ArrowBack from '@mui/icons-material/ArrowBack';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageLoading } from '../../components/page-loading';
import { useConference } from '../../features/conferences/api/get-conference';
import { ConferenceOverview } from '../../features/conferences/components/conference-overview';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ConferenceTabs } from '../conference-tabs/conference-tabs';

/** "/conferences/:conferenceId": the conference, then the tabs the later features fill. */
export function ConferenceRoute() {
  const { t } = useTranslation();
  const { conferenceId = '' } = useParams();
  const conference = useConference(conferenceId);
  useDocumentTitle(conference.data?.title ?? t('conferences.title'));
  return (
    <Stack spacing={3}>
      <div>
        <Button component={RouterLink} to={paths.conferences} startIcon={<ArrowBack />}>
          {t('conference.back')}
        </Button>
      </div>
      {conference.isPending && <PageLoading />}
      {conference.isError && (
        <ApiErrorAlert error={conference.error} onRetry={() => void conference.refetch()} />
      )}
      {conference.data && (
        <>
          <ConferenceOverview conference={conference.data} />
          <ConferenceTabs conference={conference.data} />
        </>
      )}
    </Stack>
  );
}
