import { useTranslation } from 'react-i18next';
import { LeafletsOverview } from '../../features/leaflets/components/leaflets-overview';
import { useDocumentTitle } from '../../lib/use-document-title';

/** "/leaflets": leaflet stock, allocations and deliveries (staff write, leadership reads). */
export function LeafletsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('leaflets.title'));
  return <LeafletsOverview />;
}
