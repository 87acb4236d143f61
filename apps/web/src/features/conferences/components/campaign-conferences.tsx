import { useId } from 'react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useServerPaging } from '../../../lib/use-server-paging';
import { useConferences } from '../api/get-conferences';
import { ConferencesGrid } from './conferences-grid';

/** The conferences of one campaign (on the campaign's page). */
export function CampaignConferences({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const paged = useServerPaging(25);
  const conferences = useConferences({
    campaignId,
    page: paged.page,
    pageSize: paged.pageSize,
  });
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography id={headingId} variant="h2" sx={{ mb: 2 }}>
        {t('conferences.ofCampaign', { count: conferences.data?.total ?? 0 })}
      </Typography>
      {conferences.isError ? (
        <ApiErrorAlert error={conferences.error} onRetry={() => void conferences.refetch()} />
      ) : (
        <ConferencesGrid
          page={conferences.data}
          loading={conferences.isFetching}
          paging={paged.paging}
          compact
        />
      )}
    </Paper>
  );
}
