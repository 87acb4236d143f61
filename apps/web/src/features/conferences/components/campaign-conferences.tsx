import { useId, useState } from 'react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { GridPaginationModel } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useConferences } from '../api/get-conferences';
import { ConferencesGrid } from './conferences-grid';

/** The conferences of one campaign (on the campaign's page). */
export function CampaignConferences({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const conferences = useConferences({
    campaignId,
    page: pagination.page + 1,
    pageSize: pagination.pageSize,
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
          paginationModel={pagination}
          onPaginationModelChange={setPagination}
          compact
        />
      )}
    </Paper>
  );
}
