import { useTranslation } from 'react-i18next';
import { CertificatesOverview } from '../../features/certificates/components/certificates-overview';
import { useDocumentTitle } from '../../lib/use-document-title';

/** "/certificates": who may hold a certificate, how they are issued, and each held conference's count. */
export function CertificatesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('certificates.title'));
  return <CertificatesOverview />;
}
