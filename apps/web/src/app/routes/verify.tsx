import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { VerifyPage } from '../../features/certificates/components/verify-page';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * "/verify/:verifyCode": public, no login, no navigation. Anyone holding a certificate scans its
 * QR code and sees whether it is genuine, in large type for elderly holders.
 */
export function VerifyRoute() {
  const { t } = useTranslation();
  const { verifyCode = '' } = useParams();
  useDocumentTitle(t('verify.title'));
  return <VerifyPage verifyCode={verifyCode} />;
}
