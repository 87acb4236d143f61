import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { OfflineCheckInPage } from '../../features/attendance/offline/offline-check-in-page';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * "/conferences/:conferenceId/check-in/offline": check-in from the list on the device. It opens
 * without the network and without a live session (the page restores one when it can), so it
 * sits outside the login requirement; what it shows was downloaded by a signed-in user.
 */
export function OfflineCheckInRoute() {
  const { t } = useTranslation();
  const { conferenceId = '' } = useParams();
  useDocumentTitle(t('offline.title'));
  return <OfflineCheckInPage conferenceId={conferenceId} />;
}
