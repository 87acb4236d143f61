import { useTranslation } from 'react-i18next';
import { ReportsSection } from '../../features/reports/components/reports-section';
import { useDocumentTitle } from '../../lib/use-document-title';

/** "/reports": coverage by district, commune, organization, group, gender, age or month. */
export function ReportsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.title'));
  return <ReportsSection />;
}
