import type { Campaign } from '@canhgiac/contracts';
import ArrowBack from '@mui/icons-material/ArrowBack';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageLoading } from '../../components/page-loading';
import { UrlTabs, type UrlTab } from '../../components/url-tabs';
import { useCampaign } from '../../features/campaigns/api/get-campaign';
import {
  CampaignHeader,
  CampaignOverview,
} from '../../features/campaigns/components/campaign-overview';
import { CampaignConferences } from '../../features/conferences/components/campaign-conferences';
import { ActivitiesSection } from '../../features/plan-results/components/activities-section';
import { ChannelsSummary } from '../../features/plan-results/components/channels-summary';
import { CoverageMatrix } from '../../features/plan-results/components/coverage-matrix';
import { PlanReportPanel } from '../../features/plan-results/components/plan-report-panel';
import { TargetsEditor } from '../../features/plan-results/components/targets-editor';
import { paths } from '../../lib/paths';
import { usePermission } from '../../lib/permissions';
import { useDocumentTitle } from '../../lib/use-document-title';

function CampaignTabs({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  // Leadership reads the channels; the activities behind them are staff's.
  const canTrackActivities = usePermission('activities.manage');
  const tabs: UrlTab[] = [
    {
      key: 'overview',
      label: t('planResults.tabs.overview'),
      render: () => (
        <>
          <CampaignOverview campaign={campaign} />
          <CampaignConferences campaignId={campaign.id} />
        </>
      ),
    },
    {
      key: 'channels',
      label: t('planResults.tabs.channels'),
      render: () => (
        <>
          <ChannelsSummary campaignId={campaign.id} />
          {canTrackActivities && <ActivitiesSection campaignId={campaign.id} />}
        </>
      ),
    },
    {
      key: 'targets',
      label: t('planResults.tabs.targets'),
      render: () => <TargetsEditor campaignId={campaign.id} startsOn={campaign.startsOn} />,
    },
    {
      key: 'matrix',
      label: t('planResults.tabs.matrix'),
      render: () => <CoverageMatrix campaignId={campaign.id} />,
    },
    {
      key: 'report',
      label: t('planResults.tabs.report'),
      render: () => <PlanReportPanel campaign={campaign} />,
    },
  ];
  return <UrlTabs label={t('planResults.tabs.label')} tabs={tabs} layout="bar" />;
}

/**
 * "/campaigns/:campaignId": the campaign's progress and conferences, its targets, the coverage
 * matrix and the results report, one tab each (`?tab=`).
 */
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
          <CampaignHeader campaign={campaign.data} />
          <CampaignTabs campaign={campaign.data} />
        </>
      )}
    </Stack>
  );
}
