import { useTranslation } from 'react-i18next';
import { DashboardSection } from '../../features/dashboard/components/dashboard-section';
import { lazyComponent } from '../../components/lazy-component';
import { useDocumentTitle } from '../../lib/use-document-title';

// Below the dashboard's own figures: they load after them (the chart and grid libraries).
const ChannelsSummary = lazyComponent(
  async () =>
    (await import('../../features/plan-results/components/channels-summary')).ChannelsSummary,
  320,
);
const CoverageMatrix = lazyComponent(
  async () =>
    (await import('../../features/plan-results/components/coverage-matrix')).CoverageMatrix,
  400,
);

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
