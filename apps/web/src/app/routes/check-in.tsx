import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CheckInPage } from '../../features/attendance/components/check-in-page';
import { useDocumentTitle } from '../../lib/use-document-title';

/** "/conferences/:conferenceId/check-in": check-in at the venue, made for a phone. */
export function CheckInRoute() {
  const { t } = useTranslation();
  const { conferenceId = '' } = useParams();
  useDocumentTitle(t('checkIn.title'));
  return <CheckInPage conferenceId={conferenceId} />;
}
