import { useTranslation } from 'react-i18next';
import { DashboardSection } from '../../features/dashboard/components/dashboard-section';
import { ChannelsSummary } from '../../features/plan-results/components/channels-summary';
import { CoverageMatrix } from '../../features/plan-results/components/coverage-matrix';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * "/dashboard": leadership's overview of a campaign against its targets (printable), with the
 * outreach channels and the commune × association matrix of targets against actuals.
 */
export function DashboardRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.title'));
  return (
    <DashboardSection
      campaignExtras={(campaignId) => (
        <>
          <ChannelsSummary campaignId={campaignId} />
          <CoverageMatrix key={campaignId} campaignId={campaignId} />
        </>
      )}
    />
  );
}
