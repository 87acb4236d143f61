import { useTranslation } from 'react-i18next';
import { DashboardSection } from '../../features/dashboard/components/dashboard-section';
import { useDocumentTitle } from '../../lib/use-document-title';

/** "/dashboard": leadership's overview of a campaign against its targets (printable). */
export function DashboardRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.title'));
  return <DashboardSection />;
}
