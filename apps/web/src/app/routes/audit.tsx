import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { AuditSection } from '../../features/audit/components/audit-section';
import { useDocumentTitle } from '../../lib/use-document-title';

/** "/audit" (admin): the audit log. */
export function AuditRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.title'));
  return (
    <Stack spacing={3}>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      <AuditSection />
    </Stack>
  );
}
