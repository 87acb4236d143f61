import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useDistricts } from '../../features/admin-units/api/get-admin-units';
import { AdminUnitsSection } from '../../features/admin-units/components/admin-units-section';
import { OrganizationsSection } from '../../features/organizations/components/organizations-section';
import { useDocumentTitle } from '../../lib/use-document-title';

/** "/reference": administrative units and organizations. The route composes both features. */
export function ReferenceRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('referencePage.title'));
  // The last day of the districts, for organizations recorded with one before 1/7/2025.
  const formerDistricts = useDistricts('2025-06-30');
  return (
    <Stack spacing={3}>
      <header>
        <Typography variant="h1" sx={{ mb: 1 }}>
          {t('referencePage.title')}
        </Typography>
        <Typography color="text.secondary">{t('referencePage.intro')}</Typography>
      </header>
      <AdminUnitsSection />
      <OrganizationsSection formerDistricts={formerDistricts.data ?? []} />
    </Stack>
  );
}
