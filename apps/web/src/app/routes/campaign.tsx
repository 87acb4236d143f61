import ArrowBack from '@mui/icons-material/ArrowBack';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageLoading } from '../../components/page-loading';
import { useCampaign } from '../../features/campaigns/api/get-campaign';
import { CampaignOverview } from '../../features/campaigns/components/campaign-overview';
import { CampaignConferences } from '../../features/conferences/components/campaign-conferences';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';

/** "/campaigns/:campaignId": progress against targets, and the campaign's conferences. */
export function CampaignRoute() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const campaign = useCampaign(campaignId);
  useDocumentTitle(campaign.data?.name ?? t('campaigns.title'));
  return (
    <Stack spacing={3}>
      <div>
        <Button component={RouterLink} to={paths.campaigns} startIcon={<ArrowBack />}>
          {t('campaigns.back')}
        </Button>
      </div>
      {campaign.isPending && <PageLoading />}
      {campaign.isError && (
        <ApiErrorAlert error={campaign.error} onRetry={() => void campaign.refetch()} />
      )}
      {campaign.data && (
        <>
          <CampaignOverview campaign={campaign.data} />
          <CampaignConferences campaignId={campaign.data.id} />
        </>
      )}
    </Stack>
  );
}
