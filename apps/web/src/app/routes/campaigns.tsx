import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { CampaignsSection } from '../../features/campaigns/components/campaigns-section';
import { useDocumentTitle } from '../../lib/use-document-title';

/** "/campaigns": the plans with their targets. */
export function CampaignsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('campaigns.title'));
  return (
    <Stack spacing={3}>
      <PageHeader title={t('campaigns.title')} intro={t('campaigns.intro')} />
      <CampaignsSection />
    </Stack>
  );
}
