import { useTranslation } from 'react-i18next';
import { ConferencesSection } from '../../features/conferences/components/conferences-section';
import { useDocumentTitle } from '../../lib/use-document-title';

/** "/conferences": the calendar and the list of training conferences. */
export function ConferencesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('conferences.title'));
  return <ConferencesSection />;
}
